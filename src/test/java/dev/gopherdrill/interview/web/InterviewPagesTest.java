package dev.gopherdrill.interview.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The interview pages render in both languages, with their empty states, and answer a form like the API. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class InterviewPagesTest {

    @Test
    void aNewLearnerSeesTheSetUpAndAnEmptyHistory() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).get("/interview").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("id=\"interview-setup\"")).body(containsString("value=\"alpha\""))
                .body(not(containsString("id=\"resume-banner\"")));
        given().cookies(me.cookies()).get("/interview/history").then().statusCode(200)
                .body(containsString("id=\"no-history\"")).body(not(containsString("id=\"trends\"")));
        given().cookies(me.cookies()).cookie("lang", "zh").get("/interview").then().statusCode(200)
                .body(containsString("模拟面试")).body(containsString("开始面试"));
    }

    @Test
    void theQuestionPageCountsDownFromTheServersEndAndTheReportDrawsTheTopics() {
        Api.Learner me = Api.newLearner();
        long id = me.post("/api/interviews", InterviewApiTest.settings(4, false)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String endsAt = me.get("/api/interviews/" + id).then().extract().path("endsAt");
        long endsAtMillis = java.time.Instant.parse(endsAt).toEpochMilli();
        String csrf = given().cookies(me.cookies()).get("/interview/" + id).then().statusCode(200)
                .body(containsString("id=\"countdown\"")).body(containsString("data-ends-at=\"" + endsAtMillis + "\""))
                .body(containsString("data-turn=\"0\"")).body(not(containsString("Exception")))
                .extract().cookie("csrf-token");
        given().cookies(me.cookies()).get("/interview").then().body(containsString("id=\"resume-banner\""));

        // an answer through the page's form: htmx swaps in the next question
        given().cookies(me.cookies()).header("X-CSRF-TOKEN", csrf).cookie("csrf-token", csrf)
                .header("HX-Request", "true").contentType(ContentType.URLENC)
                .formParam("turn", 0).formParam("answer", "6").post("/interview/" + id + "/answer").then()
                .statusCode(200).body(containsString("data-turn=\"1\""));
        me.post("/api/interviews/" + id + "/finish").then().statusCode(200);

        // over: the question page sends the learner to the report
        given().cookies(me.cookies()).redirects().follow(false).get("/interview/" + id).then().statusCode(303)
                .header("Location", containsString("/interview/" + id + "/report"));
        given().cookies(me.cookies()).get("/interview/" + id + "/report").then().statusCode(200)
                .body(containsString("id=\"topic-chart\"")).body(containsString("<svg"))
                .body(containsString("class=\"bar\"")).body(not(containsString("Exception")));
        given().cookies(me.cookies()).get("/interview/history").then().statusCode(200)
                .body(containsString("data-interview-id=\"" + id + "\"")).body(containsString("id=\"trends\""))
                .body(containsString("<polyline"));
        given().cookies(Api.newLearner().cookies()).get("/interview/" + id + "/report").then().statusCode(404);
    }

    @Test
    void aWrongTypedAnswerIsComparedWithTheExpectedOneAsPracticeShowsIt() {
        Api.Learner me = Api.newLearner();
        long id = me.post("/api/interviews", InterviewApiTest.settings(7, true)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String csrf = given().cookies(me.cookies()).get("/interview/" + id).then().statusCode(200)
                .extract().cookie("csrf-token");
        boolean compared = false;
        for (int n = 0; n < 12 && !compared; n++) {
            var current = me.get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath();
            if (current.get("current") == null) {
                break;
            }
            String kind = current.getString("current.kind");
            var form = given().cookies(me.cookies()).header("X-CSRF-TOKEN", csrf).cookie("csrf-token", csrf)
                    .header("HX-Request", "true").contentType(ContentType.URLENC)
                    .formParam("turn", current.getInt("current.turn"));
            if (kind.equals("choice")) {
                form.formParam("choice", 0);
            } else {
                form.formParam("answer", "xyz");
            }
            String swapped = form.post("/interview/" + id + "/answer").then().statusCode(200).extract().asString();
            if (kind.equals("exact") || kind.equals("predict")) {
                compared = true;
                assertTrue(swapped.contains("id=\"type-compare\""), swapped);
                assertTrue(swapped.contains("<span class=\"d-WRONG\">xyz</span>"), "the typed answer, marked wrong");
                assertTrue(swapped.contains("<span class=\"d-MISSING\">"), "the expected answer, marked missing");
            } else {
                assertTrue(!swapped.contains("id=\"type-compare\""), kind + " has no type-in comparison");
            }
        }
        assertTrue(compared, "the interview asked a typed card");
    }

    @Test
    void theReportsTicksAndRequeueFormsCorrectTheScoreAndPutTheMissedCardsBack() {
        Api.Learner me = Api.newLearner();
        long id = 0;
        for (long seed = 1; seed <= 20; seed++) {
            var started = me.post("/api/interviews", InterviewApiTest.settings(seed, false)).then().statusCode(201)
                    .extract().jsonPath();
            id = started.getLong("id");
            if ("alpha-recall-1".equals(started.getString("current.cardId"))) {
                break;
            }
            me.post("/api/interviews/" + id + "/finish").then().statusCode(200);
        }
        InterviewApiTest.answer(me, id, 0, "the sum is 2");
        me.post("/api/interviews/" + id + "/finish").then().statusCode(200);
        String csrf = given().cookies(me.cookies()).get("/interview/" + id + "/report").then().statusCode(200)
                .body(containsString("id=\"overall-score\">100%")).body(containsString("id=\"no-weak\""))
                .extract().cookie("csrf-token");

        // the candidate unticks the one key point: the fragment comes back with the score corrected
        given().cookies(me.cookies()).header("X-CSRF-TOKEN", csrf).cookie("csrf-token", csrf)
                .header("HX-Request", "true").contentType(ContentType.URLENC).formParam("points", 1)
                .post("/interview/" + id + "/turns/0/ticks").then().statusCode(200)
                .body(containsString("id=\"overall-score\">0%")).body(containsString("id=\"requeue\" checked"))
                .body(not(containsString("<html")));

        given().cookies(me.cookies()).cookie("csrf-token", csrf).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf).formParam("requeue", "on")
                .post("/interview/" + id + "/requeue").then().statusCode(303);
        given().cookies(me.cookies()).get("/interview/" + id + "/report").then()
                .body(containsString("id=\"requeued\"")).body(not(containsString("id=\"requeue-form\"")));
        me.get("/api/practice/next").then().statusCode(200).body("card.id", equalTo("alpha-recall-1"))
                .body("queue", equalTo("review"));
    }
}
