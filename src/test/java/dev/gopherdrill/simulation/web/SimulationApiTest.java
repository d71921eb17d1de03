package dev.gopherdrill.simulation.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.slices.GrowSlice;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The public simulation API: no session, the documented shapes, and a 4xx naming the field for bad input. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SimulationApiTest {

    private static Response post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void theListNamesEverySimulationWithItsReleasesAndParameters() {
        given().get("/api/simulations").then().statusCode(200)
                .body("id", hasItems("slice.append", "map.grow"))
                .body("find { it.id == 'slice.append' }.oldest", equalTo("1.17"))
                .body("find { it.id == 'slice.append' }.verifiedOn", equalTo(List.of("1.19")))
                .body("find { it.id == 'slice.append' }.parameters.name", hasItems("elem", "startLen", "startCap", "add"));
    }

    @Test
    void theSameSeedGivesTheSameQuestionAndAnotherSeedAnother() {
        String body = "{\"seed\": 42, \"goVersion\": \"1.19\"}";
        String a = post("/api/simulations/slice.append/questions", body).then().statusCode(200)
                .body("answer", equalTo(post("/api/simulations/slice.append/questions", body).path("answer")))
                .body("verification.exitCode", equalTo(0))
                .body("verification.program", containsString("package main"))
                .extract().asString();
        assertEquals(a, post("/api/simulations/slice.append/questions", body).asString());
        assertNotEquals(a, post("/api/simulations/slice.append/questions", "{\"seed\": 43}").asString());
    }

    @Test
    void paramsNarrowTheQuestionInAnyOfTheirJsonForms() {
        post("/api/simulations/slice.append/questions", """
                {"seed": 7, "params": {"elem": ["int64"], "startLen": 4, "startCap": {"min": 4, "max": 4}, "add": "5..5"}}
                """).then().statusCode(200)
                .body("params.elem", equalTo("int64"))
                .body("answer", equalTo("10"))
                .body("trace.text", hasItems(containsString("9×8 B = 72 B → size class 7 = 80 B → cap 80/8 = 10")));
    }

    @Test
    void checkSaysWhetherTheAnswerIsRightAndExplains() {
        String q = "\"seed\": 5, \"params\": {\"elem\": [\"int64\"], \"startLen\": 4, \"startCap\": 4, \"add\": 5}";
        post("/api/simulations/slice.append/check", "{" + q + ", \"answer\": \" 10 \"}").then().statusCode(200)
                .body("correct", equalTo(true)).body("expected", equalTo("10"))
                .body("explanation", containsString("growslice"));
        post("/api/simulations/slice.append/check", "{" + q + ", \"answer\": \"9\"}").then().statusCode(200)
                .body("correct", equalTo(false));
    }

    @Test
    void appendInBatchAnswersInInputOrder() {
        SplittableRandom r = new SplittableRandom(1);
        StringBuilder cases = new StringBuilder();
        long[][] inputs = new long[1000][];
        for (int i = 0; i < inputs.length; i++) {
            long len = r.nextLong(5000);
            inputs[i] = new long[] {r.nextLong(200), len, len + r.nextLong(100), r.nextLong(9000)};
            cases.append(i == 0 ? "" : ",").append("{\"elemSize\":").append(inputs[i][0]).append(",\"len\":")
                    .append(inputs[i][1]).append(",\"cap\":").append(inputs[i][2]).append(",\"add\":")
                    .append(inputs[i][3]).append('}');
        }
        List<Map<String, Number>> results = post("/api/simulations/slice/append",
                "{\"goVersion\":\"1.19\",\"cases\":[" + cases + "]}").then().statusCode(200).extract().path("results");
        assertEquals(inputs.length, results.size());
        for (int i = 0; i < inputs.length; i++) {
            GrowSlice.Result expected = GrowSlice.append(new GoVersion(1, 19), inputs[i][0], inputs[i][1], inputs[i][2],
                    inputs[i][3]);
            assertEquals(expected.cap(), results.get(i).get("cap").longValue(), "case " + i);
            assertEquals(expected.len(), results.get(i).get("len").longValue(), "case " + i);
        }
    }

    @Test
    void theDocumentedExamplesGiveTheDocumentedAnswers() {
        post("/api/simulations/slice/append", "{\"goVersion\":\"1.19\",\"cases\":[{\"elemSize\":8,\"len\":0,\"cap\":0,\"add\":1}]}")
                .then().statusCode(200).body("results[0].len", equalTo(1)).body("results[0].cap", equalTo(1));
        post("/api/simulations/map/make", "{\"goVersion\":\"1.19\",\"cases\":[{\"hint\":100,\"keySize\":8,\"valueSize\":8}]}")
                .then().statusCode(200).body("results[0].B", equalTo(4))
                .body("results[0].bucketsAllocated", equalTo(true));
        post("/api/simulations/map/insert",
                "{\"goVersion\":\"1.19\",\"hint\":0,\"keySize\":8,\"valueSize\":8,\"inserts\":20000}")
                .then().statusCode(200)
                .body("grows[0].atInsert", equalTo(9)).body("grows[0].fromB", equalTo(0))
                .body("grows[0].toB", equalTo(1)).body("grows[0].sameSize", equalTo(false))
                .body("finalB", equalTo(12));
    }

    @Test
    void swissTableShapesComeFromTheirOwnEndpointMarkedAsUnverified() {
        given().get("/api/simulations").then()
                .body("find { it.id == 'map.swiss' }.verifiedOn", equalTo(List.of()))
                .body("find { it.id == 'map.swiss' }.oldest", equalTo("1.24"));
        // hint 100 → 100·8/7 = 114 slots wanted → one table of 128 slots (16 groups)
        post("/api/simulations/map/swiss/make", "{\"goVersion\":\"1.24\",\"cases\":[{\"hint\":100},{\"hint\":8}]}")
                .then().statusCode(200)
                .body("results[0].small", equalTo(false)).body("results[0].tables[0].capacity", equalTo(128))
                .body("results[0].tables[0].groups", equalTo(16)).body("results[1].small", equalTo(true));
        post("/api/simulations/map/make", "{\"goVersion\":\"1.24\",\"cases\":[{\"hint\":1}]}").then()
                .statusCode(400).body("detail", containsString("map/swiss/make"));
        // from hint 0: a group at insert 1, a 16-slot table at 9, 32 slots at 15 (16·7/8 = 14 fill it)
        post("/api/simulations/map.swiss/questions",
                "{\"seed\":1,\"params\":{\"hint\":0,\"inserts\":20,\"ask\":[\"slots\"]}}").then().statusCode(200)
                .body("answer", equalTo("32")).body("question", containsString("not verified"));
        post("/api/simulations/map.swiss/questions",
                "{\"seed\":1,\"params\":{\"hint\":0,\"inserts\":20,\"ask\":[\"grows\"]}}").then()
                .body("answer", equalTo("2"));
    }

    @Test
    void tenGoroutinesOnOnePRunLastFirstThenInOrder() {
        post("/api/simulations/scheduler/run",
                "{\"goVersion\":\"1.19\",\"gomaxprocs\":1,\"goroutines\":10,\"mainWaits\":\"waitgroup\"}")
                .then().statusCode(200)
                .body("order", equalTo(List.of(9, 0, 1, 2, 3, 4, 5, 6, 7, 8))).body("ran", equalTo(10))
                .body("deterministic", equalTo(true)).body("trace.size()", org.hamcrest.Matchers.greaterThan(10));
        post("/api/simulations/scheduler/run",
                "{\"goVersion\":\"1.19\",\"gomaxprocs\":2,\"goroutines\":10,\"mainWaits\":\"waitgroup\"}")
                .then().statusCode(200).body("deterministic", equalTo(false));
        post("/api/simulations/scheduler/run",
                "{\"goVersion\":\"1.19\",\"gomaxprocs\":9,\"goroutines\":10,\"mainWaits\":\"waitgroup\"}")
                .then().statusCode(400).body("detail", containsString("gomaxprocs"));
        post("/api/simulations/scheduler/run", "{\"goVersion\":\"1.19\",\"gomaxprocs\":1,\"goroutines\":10}")
                .then().statusCode(400).body("detail", containsString("mainWaits"));
    }

    @Test
    void theHeapGoalOfTheIssuesExampleIsThe118Formula() {
        // 33,741,152 + (33,741,152 + 7,672 + 227,184) × 50/100 = 50,729,156
        post("/api/simulations/gc/goal", "{\"goVersion\":\"1.19\",\"heapMarked\":33741152,\"stackScan\":7672,"
                + "\"globalsScan\":227184,\"gogc\":50,\"memoryLimit\":null}").then().statusCode(200)
                .body("goal", equalTo(50729156)).body("regime", equalTo("GOGC"));
        post("/api/simulations/gc/goal", "{\"goVersion\":\"1.19\",\"heapMarked\":-1,\"stackScan\":0,"
                + "\"globalsScan\":0,\"gogc\":100}").then().statusCode(400).body("detail", containsString("heapMarked"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} naming {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        /api/simulations/slice/append | {"goVersion":"1.19","cases":[{"elemSize":-8,"len":0,"cap":0,"add":1}]} | 400 | cases[0].elemSize
        /api/simulations/slice/append | {"goVersion":"1.19","cases":[{"elemSize":8,"len":5,"cap":4,"add":1}]}  | 400 | cases[0].cap
        /api/simulations/slice/append | {"goVersion":"1.19","cases":[{"elemSize":8,"len":0,"cap":0}]}          | 400 | cases[0].add
        /api/simulations/slice/append | {"goVersion":"1.99","cases":[{"elemSize":8,"len":0,"cap":0,"add":1}]}  | 400 | goVersion
        /api/simulations/slice/append | {"goVersion":"go one","cases":[]}                                     | 400 | goVersion
        /api/simulations/slice/append | {"goVersion":"1.19","cases":[]}                                       | 400 | cases
        /api/simulations/map/make     | {"goVersion":"1.19","cases":[{"hint":-1}]}                            | 400 | cases[0].hint
        /api/simulations/map/make     | {"goVersion":"1.24","cases":[{"hint":1}]}                             | 400 | goVersion
        /api/simulations/map/insert   | {"goVersion":"1.19","hint":0,"inserts":99999999999}                   | 400 | inserts
        /api/simulations/map/insert   | {"goVersion":"1.19","hint":0,"keySize":-1,"inserts":3}                | 400 | keySize
        /api/simulations/nope/questions | {"seed":1}                                                          | 404 | nope
        /api/simulations/slice.append/questions | {}                                                          | 400 | seed
        /api/simulations/slice.append/questions | {"seed":1,"params":{"colour":3}}                            | 400 | params.colour
        /api/simulations/slice.append/questions | {"seed":1,"params":{"add":"1..999999999"}}                  | 400 | params.add
        /api/simulations/slice.append/questions | {"seed":1,"params":{"elem":["rope"]}}                       | 400 | params.elem
        /api/simulations/slice.append/check | {"seed":1}                                                      | 400 | answer
        /api/simulations/slice.append/check | {"seed":"x","answer":"1"}                                       | 400 | seed
        """)
    void badInputGetsAProblemNamingTheField(String path, String body, int status, String field) {
        post(path, body).then().statusCode(status).contentType(containsString("problem+json"))
                .body("status", equalTo(status)).body("detail", containsString(field))
                .body(not(containsString("at dev.gopherdrill")));
    }

    @Test
    void aBatchOverTheLimitIsRefusedBeforeAnyWork() {
        String one = "{\"elemSize\":8,\"len\":0,\"cap\":0,\"add\":1}";
        String body = "{\"goVersion\":\"1.19\",\"cases\":[" + String.join(",",
                java.util.Collections.nCopies(SimulationApi.MAX_CASES + 1, one)) + "]}";
        post("/api/simulations/slice/append", body).then().statusCode(400)
                .body("detail", containsString("at most " + SimulationApi.MAX_CASES));
    }
}
