package dev.gopherdrill.simulation.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.escape.EscapeAnalyzer;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The escape analyzer over HTTP and in its playground page: the compiler's diagnostics for a
 * pasted file, each with its flow; code outside the subset is a 422 naming line and column,
 * never an answer.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EscapePlaygroundTest {

    private static final String RETURNS_ADDRESS = """
            package p

            func f() *int {
            \tx := 1
            \treturn &x
            }
            """;

    @Test
    void theApiAnswersWithTheCompilersLinesAndWhy() {
        given().contentType(ContentType.JSON)
                .body(Map.of("goVersion", "1.19", "source", RETURNS_ADDRESS))
                .post("/api/simulations/escape/analyze").then().statusCode(200)
                .body("diagnostics", contains("4:2: moved to heap: x"))
                .body("explanations[0].diagnostic", startsWith("4:2: moved to heap: x"))
                .body("explanations[0].path", hasItem(containsString("~r0")));
    }

    @Test
    void codeOutsideTheSubsetIsA422NamingLineAndColumn() {
        String generic = "package p\n\nfunc id[T any](v T) T {\n\treturn v\n}\n";
        given().contentType(ContentType.JSON).body(Map.of("source", generic))
                .post("/api/simulations/escape/analyze").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", startsWith("3:"), "detail", containsString("unsupported"));
    }

    @Test
    void codeGoWouldRejectIsA422WithTheError() {
        given().contentType(ContentType.JSON).body(Map.of("source", "package p\n\nfunc f() {\n\tx := 1\n}\n"))
                .post("/api/simulations/escape/analyze").then().statusCode(422)
                .body("detail", startsWith("4:2: "), "detail", containsString("x declared but not used"));
    }

    @Test
    void aMissingSourceOrAnotherGoVersionIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"goVersion\":\"1.19\"}")
                .post("/api/simulations/escape/analyze").then().statusCode(400).body("detail", startsWith("source"));
        given().contentType(ContentType.JSON).body(Map.of("goVersion", "1.21", "source", RETURNS_ADDRESS))
                .post("/api/simulations/escape/analyze").then().statusCode(400).body("detail", startsWith("goVersion"));
        given().contentType(ContentType.JSON).body(Map.of("source", "x".repeat(EscapeAnalyzer.MAX_SOURCE_CHARS + 1)))
                .post("/api/simulations/escape/analyze").then().statusCode(400).body("detail", startsWith("source"));
    }

    @Test
    void thePageShowsAnExampleAnalysedWithEachDiagnosticBesideItsLine() {
        given().get("/playground/escape?example=sizes").then().statusCode(200)
                .body(containsString("id=\"source\""), containsString("make([]byte, 65537) escapes to heap"),
                        containsString("<a class=\"diag stack\" href=\"#D1\">make([]byte, 65536) does not escape</a>"),
                        containsString("id=\"L6\" class=\" noted\""), containsString("id=\"diagnostics\""));
        given().get("/playground").then().statusCode(200).body(containsString("/playground/escape"));
    }

    @Test
    void underHtmxAnAnalysisIsOnlyTheResult() {
        String token = csrfToken();
        given().cookie("csrf-token", token).formParam("csrf-token", token)
                .header("HX-Request", "true").formParam("source", RETURNS_ADDRESS)
                .post("/playground/escape").then().statusCode(200)
                .body(startsWith("<section id=\"escape-result\""), not(containsString("<html")),
                        containsString("moved to heap: x"));
    }

    @Test
    void anUnsupportedConstructIsShownInThePageWithItsLineMarked() {
        String token = csrfToken();
        given().cookie("csrf-token", token).formParam("csrf-token", token)
                .formParam("source", "package p\n\nfunc f(ch chan int) {\n\tselect {\n\tcase <-ch:\n\t}\n}\n")
                .post("/playground/escape").then().statusCode(200)
                .body(containsString("id=\"escape-error\""), containsString("unsupported"),
                        containsString("id=\"L4\" class=\"error-line\""));
    }

    @Test
    void aFileOfMoreThanTwentyThousandCharactersIsAnalysedThroughTheApiAndThePageForm() {
        String big = manyFunctions(550);
        assertTrue(big.length() > 30_000 && big.length() <= EscapeAnalyzer.MAX_SOURCE_CHARS,
                "size " + big.length());
        given().contentType(ContentType.JSON).body(Map.of("goVersion", "1.19", "source", big))
                .post("/api/simulations/escape/analyze").then().statusCode(200)
                .body("diagnostics.size()", equalTo(550))
                .body("diagnostics[0]", equalTo("4:2: moved to heap: x0"))
                .body("diagnostics[549]", equalTo((549 * 5 + 4) + ":2: moved to heap: x549"));
        String token = csrfToken();
        given().cookie("csrf-token", token).formParam("csrf-token", token)
                .header("HX-Request", "true").formParam("source", big)
                .post("/playground/escape").then().statusCode(200)
                .body(not(containsString("id=\"escape-error\"")), containsString("moved to heap: x0"),
                        containsString("moved to heap: x549"));
    }

    /** {@code n} functions, each returning the address of its own local, one per five lines. */
    private static String manyFunctions(int n) {
        StringBuilder b = new StringBuilder("package p\n");
        for (int i = 0; i < n; i++) {
            b.append("\nfunc returnsAddressOfLocal").append(i).append("() *int {\n\tx").append(i).append(" := ")
                    .append(i).append("\n\treturn &x").append(i).append("\n}\n");
        }
        return b.toString();
    }

    /** The page's form carries the CSRF token of the cookie the page set. */
    private static String csrfToken() {
        return given().get("/playground/escape").then().statusCode(200).extract().cookie("csrf-token");
    }
}
