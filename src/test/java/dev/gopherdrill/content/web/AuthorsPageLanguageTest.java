package dev.gopherdrill.content.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The authors' page lists the content's problems in the UI's language, while the API keeps
 * the English {@code file:line: message} that bin/lint-content prints, whatever the caller's
 * language.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuthorsPageLanguageTest {

    @Test
    void theAuthorsPageInChineseWordsTheProblemInChineseAtTheSameFileAndLine() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).cookie("lang", "zh").get("/authors").then().statusCode(200)
                .body(containsString("<code>src/test/content/decks/alpha.en.md:90</code> 未知的 kind &quot;essay&quot;；"
                        + "应为 recall、choice、exact、predict 或 sim"))
                .body(not(containsString("unknown kind")));
        given().cookies(me.cookies()).cookie("lang", "en").get("/authors").then().statusCode(200)
                .body(containsString("<code>src/test/content/decks/alpha.en.md:90</code> unknown kind &quot;essay&quot;;"
                        + " expected recall, choice, exact, predict or sim"));
    }

    @Test
    void theApiKeepsTheEnglishLintLineForAChineseCaller() {
        given().cookie("lang", "zh").header("Accept-Language", "zh-CN").get("/api/content/problems").then()
                .statusCode(200).body("", hasItem("src/test/content/decks/alpha.en.md:90: unknown kind \"essay\"; "
                        + "expected recall, choice, exact, predict or sim"));
    }
}
