package dev.gopherdrill.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The two settings a production deployment differs in: Swagger UI off (the packaged
 * app's default) and, behind TLS, secure cookies.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(ProductionSettingsTest.BehindTls.class)
class ProductionSettingsTest {

    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.swagger-ui.enabled", "false", "gopherdrill.http.secure-cookies", "true");
        }
    }

    @Test
    void swaggerUiIsNotServedAndNotLinkedButTheOpenApiDocumentIs() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/practice/answers"));
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).get("/").then().statusCode(200).body(not(containsString("/q/swagger-ui")));
    }

    @Test
    void everyCookieIsSecure() {
        List<String> cookies = new java.util.ArrayList<>(given().get("/signup").then().statusCode(200).extract()
                .headers().getValues("Set-Cookie"));
        String name = "u" + java.util.UUID.randomUUID().toString().substring(0, 10);
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + name + "\",\"password\":\"" + Api.PASSWORD + "\"}").post("/api/users");
        cookies.addAll(given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().headers().getValues("Set-Cookie"));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("csrf-token=")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("quarkus-credential=")), cookies.toString());
        for (String c : cookies) {
            assertTrue(c.contains("Secure"), c);
        }
        assertFalse(cookies.isEmpty());
    }
}
