package dev.gopherdrill.interview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the report says of an answer: choices as their text, the follow-up path as titles. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class InterviewReportTest {

    @Test
    void theReportShowsAChoiceAnswerAsItsOptionsAndTheFollowUpPathAsCardTitles() {
        Api.Learner me = Api.newLearner();
        // alpha-recall-1 is followed up by alpha-recall-2 after a strong answer; find a seed that opens with it
        JsonPath started = null;
        for (long seed = 1; seed <= 20; seed++) {
            started = InterviewApiTest.start(me, InterviewApiTest.settings(seed, false));
            if ("alpha-recall-1".equals(started.getString("current.cardId"))) {
                break;
            }
            me.post("/api/interviews/" + started.getLong("id") + "/finish").then().statusCode(200);
        }
        long id = started.getLong("id");
        InterviewApiTest.answerAll(me, id, started);
        JsonPath report = me.get("/api/interviews/" + id + "/report").then().statusCode(200).extract().jsonPath();

        assertEquals("0,2", report.getString("turns.find { it.cardId == 'alpha-choice' }.answer"));
        List<String> picked = report.getList("turns.find { it.cardId == 'alpha-choice' }.givenChoices");
        assertEquals(List.of("2", "4"), picked.stream().map(h -> h.replaceAll("<[^>]+>", "").strip()).toList());
        assertNull(report.get("turns.find { it.cardId == 'alpha-exact' }.givenChoices"));

        assertEquals(List.of("alpha-recall-1", "alpha-recall-2"),
                report.getList("turns.find { it.cardId == 'alpha-recall-2' }.path"));
        assertEquals(List.of("First recall card", "Second recall card"),
                report.getList("turns.find { it.cardId == 'alpha-recall-2' }.pathTitles"));

        String page = io.restassured.RestAssured.given().cookies(me.cookies()).get("/interview/" + id + "/report")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("class=\"given given-choices\""), "the page lists the picked options");
        assertTrue(page.contains("<span class=\"path-step\">First recall card</span> → "
                + "<span class=\"path-step\">Second recall card</span>"), "the path shows titles");
    }
}
