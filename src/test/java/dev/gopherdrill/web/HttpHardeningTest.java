package dev.gopherdrill.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Security headers, cookies and the refusal of forged state-changing requests. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HttpHardeningTest {

    /** A page write route, with every path parameter filled in. */
    record Route(String method, String path) {
    }

    /**
     * Every state-changing page route, read off the resource classes: a route added later
     * is covered without touching this test.
     */
    static List<Route> pageWriteRoutes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gopherdrill")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = c.getAnnotationOfType(Path.class).value();
            for (JavaMethod m : c.getMethods()) {
                String verb = m.isAnnotatedWith(POST.class) ? "POST" : m.isAnnotatedWith(PUT.class) ? "PUT"
                        : m.isAnnotatedWith(DELETE.class) ? "DELETE" : m.isAnnotatedWith(PATCH.class) ? "PATCH" : null;
                if (verb == null) {
                    continue;
                }
                String sub = m.isAnnotatedWith(Path.class) ? m.getAnnotationOfType(Path.class).value() : "";
                String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("/$", "")
                        .replaceAll("\\{[^}]+}", "1");
                if (!path.startsWith("/api/")) {
                    routes.add(new Route(verb, path.isEmpty() ? "/" : path));
                }
            }
        }
        return routes;
    }

    @Test
    void everyPageWriteRouteRefusesARequestWithoutTheTokenWhateverItsContentType() {
        List<Route> routes = pageWriteRoutes();
        assertTrue(routes.size() >= 10, "page write routes found: " + routes);
        assertTrue(routes.contains(new Route("POST", "/practice/undo")), routes.toString());
        Api.Learner me = Api.newLearner();
        for (Route r : routes) {
            for (String type : List.of("text/plain", "application/json", "application/octet-stream")) {
                given().cookies(me.cookies()).redirects().follow(false).contentType(type).body("x=1".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .request(r.method(), r.path()).then().statusCode(403)
                        .contentType(containsString("problem+json")).body("detail", containsString("CSRF token"));
            }
            // a form without its token is the CSRF filter's to refuse
            int status = given().cookies(me.cookies()).redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("x", "1").request(r.method(), r.path()).then().extract().statusCode();
            assertTrue(status >= 400 && status < 500, r + " without a token in a form answered " + status);
        }
    }

    @Test
    void aPlainTextUndoWithoutTokenLeavesTheGradeInPlace() {
        Api.Learner me = Api.newLearner();
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":3}").then()
                .statusCode(200);
        given().cookies(me.cookies()).contentType("text/plain").body("").post("/practice/undo").then().statusCode(403);
        me.get("/api/practice/cards/alpha-recall-1").then().statusCode(200)
                .body("history", org.hamcrest.Matchers.hasSize(1)).body("history[0].undoneAt", nullValue());
    }

    @Test
    void requestsFromAnotherSiteAreRefusedOnTheApiAndAtLogin() {
        Api.Learner me = Api.newLearner();
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":3}").then()
                .statusCode(200);
        me.req().header("Origin", "http://evil.example").post("/api/practice/undo").then().statusCode(403)
                .body("detail", containsString("another site"));
        me.req().header("Sec-Fetch-Site", "cross-site").post("/api/practice/undo").then().statusCode(403);
        me.req().header("Sec-Fetch-Site", "same-site").post("/api/practice/undo").then().statusCode(403);
        me.req().header("Origin", "null").post("/api/practice/undo").then().statusCode(403);
        me.get("/api/practice/cards/alpha-recall-1").then().body("history[0].undoneAt", nullValue());

        // login CSRF: another site cannot sign the victim's browser into its own account
        given().redirects().follow(false).header("Origin", "http://evil.example").contentType(ContentType.URLENC)
                .formParam("j_username", me.username()).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check").then().statusCode(403).header("Set-Cookie", nullValue());

        // the same request from this site's own pages goes through
        me.req().header("Origin", "http://localhost:" + io.restassured.RestAssured.port).header("Sec-Fetch-Site", "same-origin")
                .post("/api/practice/undo").then().statusCode(200);
    }

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() {
        Api.Learner me = Api.newLearner();
        for (String path : List.of("/login", "/playground", "/api/practice/overview", "/practice")) {
            var headers = given().cookies(me.cookies()).get(path).then().statusCode(200).extract().headers();
            assertEquals(HttpHardening.CONTENT_SECURITY_POLICY, headers.getValue("Content-Security-Policy"), path);
            assertTrue(headers.getValue("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertFalse(headers.getValue("Content-Security-Policy").contains("script-src 'self' 'unsafe-inline'"));
            assertEquals("DENY", headers.getValue("X-Frame-Options"), path);
            assertEquals("nosniff", headers.getValue("X-Content-Type-Options"), path);
            assertEquals("same-origin", headers.getValue("Referrer-Policy"), path);
        }
    }

    @Test
    void theCsrfCookieIsSameSiteStrictAndNoPageUsesAnInlineHandler() {
        var signup = given().get("/signup").then().statusCode(200).extract();
        String setCookie = signup.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), setCookie);
        assertFalse(setCookie.contains("Secure"), "secure cookies are off unless configured: " + setCookie);
        Api.Learner me = Api.newLearner();
        for (String page : List.of("/", "/practice", "/interview", "/settings", "/browse", "/playground")) {
            given().cookies(me.cookies()).get(page).then().statusCode(200)
                    .body(not(org.hamcrest.Matchers.matchesPattern("(?s).*\\son[a-z]+=\".*")))
                    .body(not(containsString("<script>")));
        }
    }
}
