package dev.gopherdrill.web.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A browser's navigation (Accept: text/html) gets each error as a page in the layout and the
 * UI language; an API client, an htmx request or a client asking for JSON gets the same
 * problem+json as before.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ErrorPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void anUnknownCardIsAPageForABrowserAndAProblemForEveryoneElse() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).accept(BROWSER).get("/cards/nope").then().statusCode(404)
                .contentType(ContentType.HTML).body(containsString("<header class=\"top\">"))
                .body(containsString("data-status=\"404\"")).body(containsString("Page not found"))
                .body(containsString("no card with id &quot;nope&quot;")).body(containsString("href=\"/browse\""))
                .body(containsString("</html>"));
        given().cookies(me.cookies()).get("/cards/nope").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("no card with id \"nope\""))
                .body("instance", equalTo("/cards/nope"));
        given().cookies(me.cookies()).accept(BROWSER).get("/api/practice/cards/nope").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().cookies(me.cookies()).accept(BROWSER).header("HX-Request", "true").get("/cards/nope").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theErrorPageSpeaksTheLearnersLanguage() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).cookie("lang", "zh").accept(BROWSER).get("/cards/nope").then().statusCode(404)
                .body(containsString("<html lang=\"zh\">")).body(containsString("找不到页面"))
                .body(containsString("首页")).body(not(containsString("Page not found")));
    }

    @Test
    void anAddressNoRouteAnswersIsAPageForABrowserOnly() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).accept(BROWSER).get("/no-such-page").then().statusCode(404)
                .contentType(ContentType.HTML).body(containsString("data-status=\"404\""))
                .body(containsString("Page not found")).body(containsString(me.username()));
        given().cookies(me.cookies()).get("/no-such-page").then().statusCode(404)
                .body(not(containsString("data-status")));
        given().accept(BROWSER).get("/static/no-such.css").then().statusCode(404)
                .body(not(containsString("data-status")));
        given().accept(BROWSER).get("/error").then().statusCode(404).body(containsString("data-status=\"404\""));
    }

    @Test
    void aFormValueThatIsNotANumberIsA400Page() {
        Api.Learner me = Api.newLearner();
        String csrf = given().cookies(me.cookies()).get("/settings").then().statusCode(200).extract().cookie("csrf-token");
        given().cookies(me.cookies()).cookie("csrf-token", csrf).accept(BROWSER).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf).formParam("locale", "en").formParam("timeZone", "UTC")
                .formParam("dayStartHour", "four").formParam("newCardsPerDay", "10")
                .post("/settings").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("data-status=\"400\"")).body(containsString("This request is not valid"));
        given().cookies(me.cookies()).cookie("csrf-token", csrf).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf).formParam("locale", "en").formParam("timeZone", "UTC")
                .formParam("dayStartHour", "four").formParam("newCardsPerDay", "10")
                .post("/settings").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aFormPostWithoutItsTokenIsA400PageAndAWriteFromAnotherSiteA403Page() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).accept(BROWSER).contentType(ContentType.URLENC).formParam("locale", "en")
                .post("/settings").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("data-status=\"400\""));
        given().cookies(me.cookies()).accept(BROWSER).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC).formParam("locale", "en").post("/settings").then().statusCode(403)
                .contentType(ContentType.HTML).body(containsString("data-status=\"403\""))
                .body(containsString("This request was refused"))
                .body(containsString("a state-changing request from another site is refused"));
        given().cookies(me.cookies()).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC).formParam("locale", "en").post("/settings").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Forbidden"));
        given().cookies(me.cookies()).accept(BROWSER).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON).body("{}").post("/api/practice/answers").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBugIsA500PageOrProblemThatNamesNoClassAndNoMessage() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).accept(BROWSER).get("/test-only/fail").then().statusCode(500)
                .contentType(ContentType.HTML).body(containsString("<header class=\"top\">"))
                .body(containsString("data-status=\"500\"")).body(containsString("Something went wrong on our side"))
                .body(not(containsString(FailingPage.SECRET))).body(not(containsString("IllegalStateException")))
                .body(not(containsString("at dev.gopherdrill")));
        given().cookies(me.cookies()).cookie("lang", "zh").accept(BROWSER).get("/test-only/fail").then()
                .statusCode(500).body(containsString("<html lang=\"zh\">"))
                .body(not(containsString("Something went wrong on our side")));
        given().cookies(me.cookies()).get("/test-only/fail").then().statusCode(500)
                .contentType("application/problem+json").body("title", equalTo("Server error"))
                .body("detail", equalTo("the server failed; the error is logged"))
                .body(not(containsString(FailingPage.SECRET))).body(not(containsString("IllegalStateException")));
    }

    @Test
    void aConflictIsA409PageSayingWhatChanged() {
        Api.Learner me = Api.newLearner();
        long id = me.post("/api/interviews",
                "{\"minutes\":15,\"decks\":[\"alpha\"],\"level\":\"junior\",\"language\":\"en\",\"revealEach\":false}").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String csrf = given().cookies(me.cookies()).get("/interview/" + id).then().statusCode(200)
                .extract().cookie("csrf-token");
        given().cookies(me.cookies()).cookie("csrf-token", csrf).accept(BROWSER).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf).formParam("requeue", "on").post("/interview/" + id + "/requeue").then()
                .statusCode(409).contentType(ContentType.HTML).body(containsString("data-status=\"409\""))
                .body(containsString("is still running: finish it first"));
    }
}
