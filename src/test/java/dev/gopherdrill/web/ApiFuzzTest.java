package dev.gopherdrill.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Malformed input over every operation of the app's own OpenAPI document, so that an
 * endpoint added later is fuzzed without touching this test: wrong JSON, wrong types,
 * NUL characters, huge and negative numbers, duplicate keys, deep nesting, odd path
 * parameters and content types, signed in and not. Seeded: a failure names the request
 * and reproduces. Not one may be a 5xx, and every 4xx must be problem+json.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ApiFuzzTest {

    private static final long SEED = 20261206L;
    private static final int REQUESTS_PER_OPERATION = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Operation(String method, String path, JsonNode body) {
    }

    record Sent(Operation op, String path, String contentType, String body, boolean signedIn) {
        @Override
        public String toString() {
            return op.method() + " " + path + " [" + contentType + (signedIn ? ", signed in" : "") + "] "
                    + (body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    @Test
    void noMalformedRequestToAnyApiOperationGetsA5xxOrABodyThatIsNotAProblem() throws Exception {
        JsonNode doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        List<Operation> ops = operations(doc);
        assertTrue(ops.size() >= 30, "operations found: " + ops.size());
        Api.Learner me = Api.newLearner();
        Random random = new Random(SEED);
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String cookie = me.cookies().asList().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newHttpClient();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : ops) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                Sent s = mutate(op, doc, random, i);
                HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + s.path()))
                        .method(op.method(), s.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(s.body()));
                if (s.signedIn()) {
                    req.header("Cookie", cookie);
                }
                if (s.contentType() != null) {
                    req.header("Content-Type", s.contentType());
                }
                HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
                sent++;
                statuses.merge(r.statusCode(), 1, Integer::sum);
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (r.statusCode() >= 500) {
                    failures.add(r.statusCode() + " for " + s + ": " + r.body());
                } else if (r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                    failures.add(r.statusCode() + " without problem+json (" + type + ") for " + s + ": " + r.body());
                }
            }
        }
        System.out.printf("ApiFuzzTest: %d requests over %d operations (seed %d), statuses %s%n", sent, ops.size(),
                SEED, statuses);
        assertTrue(sent >= 1000, "sent " + sent);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + sent + " requests answered wrongly");
    }

    private static List<Operation> operations(JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!p.getKey().startsWith("/api")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                JsonNode schema = m.getValue().path("requestBody").path("content").path("application/json").path("schema");
                ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey(),
                        schema.isMissingNode() ? null : schema));
            }
        }
        return ops;
    }

    private static final String[] PATH_VALUES = {"%00", "x%00y", "..", "%2e%2e%2f", "-1", "0", "99999999999999999999",
        "a".repeat(3000), "%C3%A9", "%E2%80%AE", "alpha-recall-1", "1", "%20", "null", "%7B%7D", "1e309"};

    private static final String[] BROKEN_BODIES = {"", "{", "}", "[]", "null", "true", "\"x\"", "not json",
        "{\"a\":1,\"a\":2}", "{\"x\":\"\\u0000\"}", "[".repeat(5000), "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
        "\u0000", "{\"x\":1e99999}", "{'single':'quotes'}", "\uFEFF{}"};

    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream", null};

    private static Sent mutate(Operation op, JsonNode doc, Random random, int i) throws Exception {
        String path = op.path();
        while (path.contains("{")) {
            int a = path.indexOf('{'), b = path.indexOf('}', a);
            path = path.substring(0, a) + PATH_VALUES[random.nextInt(PATH_VALUES.length)] + path.substring(b + 1);
        }
        boolean signedIn = random.nextInt(4) != 0;
        String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        String body;
        if (op.body() != null && i % 3 != 0) {
            body = JSON.writeValueAsString(wrongObject(resolve(op.body(), doc), doc, random));
            if (random.nextInt(5) == 0) {
                // a key given twice, which JSON objects may not hold
                body = body.startsWith("{\"") ? "{\"dup\":1,\"dup\":2," + body.substring(1) : body;
            }
        } else {
            body = BROKEN_BODIES[random.nextInt(BROKEN_BODIES.length)];
        }
        return new Sent(op, path, contentType, op.method().equals("GET") && random.nextBoolean() ? null : body,
                signedIn);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode doc) {
        JsonNode s = schema;
        for (int depth = 0; s.has("$ref") && depth < 10; depth++) {
            String[] ref = s.get("$ref").asText().replace("#/", "").split("/");
            JsonNode target = doc;
            for (String part : ref) {
                target = target.path(part);
            }
            s = target;
        }
        return s;
    }

    /** An object of the declared fields, each a value of a type chosen to be wrong, extreme or empty. */
    private static JsonNode wrongObject(JsonNode schema, JsonNode doc, Random random) {
        var object = JSON.createObjectNode();
        JsonNode props = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> f = props.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> field = f.next();
            if (random.nextInt(4) == 0) {
                continue;
            }
            JsonNode fieldSchema = resolve(field.getValue(), doc);
            switch (random.nextInt(12)) {
                case 0 -> object.put(field.getKey(), "x\u0000y");
                case 1 -> object.put(field.getKey(), Long.MAX_VALUE);
                case 2 -> object.put(field.getKey(), -1);
                case 3 -> object.put(field.getKey(), "z".repeat(100_001));
                case 4 -> object.putNull(field.getKey());
                case 5 -> object.put(field.getKey(), true);
                case 6 -> object.putArray(field.getKey()).add("a").add(1).addNull();
                case 7 -> object.putObject(field.getKey()).put("nested", 1);
                case 8 -> object.put(field.getKey(), 1.5e300);
                case 9 -> object.put(field.getKey(), "");
                case 10 -> object.put(field.getKey(), Integer.MIN_VALUE);
                default -> object.set(field.getKey(), plausible(fieldSchema, random));
            }
        }
        return object;
    }

    /** A value of the declared type, so that the mutations around it reach deeper than the parser. */
    private static JsonNode plausible(JsonNode schema, Random random) {
        String type = schema.path("type").asText("string");
        return switch (type) {
            case "integer" -> JSON.getNodeFactory().numberNode(random.nextInt(5));
            case "number" -> JSON.getNodeFactory().numberNode(random.nextDouble());
            case "boolean" -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case "array" -> JSON.createArrayNode().add(random.nextInt(3)).add("alpha-recall-1");
            case "object" -> JSON.createObjectNode();
            default -> JSON.getNodeFactory().textNode(random.nextBoolean() ? "alpha-recall-1" : "1.19");
        };
    }
}
