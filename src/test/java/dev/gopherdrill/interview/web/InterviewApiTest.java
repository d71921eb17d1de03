package dev.gopherdrill.interview.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.interview.Scoring;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Mock interviews over HTTP on the embedded PostgreSQL, on the fixture deck "alpha"
 * (src/test/content): recall cards alpha-recall-1 (one key point, "the sum is 2"; its
 * follow-up is alpha-recall-2) and alpha-recall-2 (no key points), a choice, an exact, a
 * predict and a sim card. The interview's time is moved with the test clock.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class InterviewApiTest {

    /** What a candidate who knows the fixture deck answers, except the sim card (a wrong cap). */
    private static final Map<String, String> ANSWERS = Map.of(
            "alpha-recall-1", "One plus one: the sum is 2.",
            "alpha-recall-2", "no idea",
            "alpha-choice", "0,2",
            "alpha-exact", "6",
            "alpha-predict", "hi",
            "alpha-sim", "0");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String settings(long seed, boolean revealEach) {
        return "{\"minutes\":15,\"decks\":[\"alpha\"],\"level\":\"junior\",\"language\":\"en\",\"revealEach\":"
                + revealEach + ",\"seed\":" + seed + "}";
    }

    static JsonPath start(Api.Learner me, String body) {
        return me.post("/api/interviews", body).then().statusCode(201).extract().jsonPath();
    }

    static JsonPath answer(Api.Learner me, long id, int turn, String answer) {
        return me.post("/api/interviews/" + id + "/answers",
                "{\"turn\":" + turn + ",\"answer\":\"" + answer + "\"}").then().statusCode(200).extract().jsonPath();
    }

    /** Answers every question the interviewer asks until it has nothing left; each answer's response by card. */
    static Map<String, JsonPath> answerAll(Api.Learner me, long id, JsonPath started) {
        Map<String, JsonPath> scored = new HashMap<>();
        Map<String, Object> current = started.getMap("current");
        for (int n = 0; current != null; n++) {
            assertEquals(n, current.get("turn"));
            String card = (String) current.get("cardId");
            JsonPath s = answer(me, id, n, ANSWERS.get(card));
            assertFalse(scored.containsKey(card), card + " asked twice");
            scored.put(card, s);
            current = s.getMap("next");
        }
        return scored;
    }

    @Test
    void aFullInterviewIsAnsweredFinishedAndReportedWithTopicScoresKeyPointsAndTheFollowUpPath() {
        Api.Learner me = Api.newLearner();
        // The interviewer follows alpha-recall-1 up with alpha-recall-2 after a strong answer; try seeds
        // until it opens with alpha-recall-1 (each seed is its own interview, finished before the next).
        long id = 0;
        JsonPath started = null;
        for (long seed = 1; seed <= 20; seed++) {
            started = start(me, settings(seed, true));
            id = started.getLong("id");
            if ("alpha-recall-1".equals(started.getString("current.cardId"))) {
                break;
            }
            me.post("/api/interviews/" + id + "/finish").then().statusCode(200).body("status", equalTo("finished"));
        }
        assertEquals("alpha-recall-1", started.getString("current.cardId"));
        assertEquals("running", started.getString("status"));
        assertEquals(15 * 60, started.getInt("remainingSeconds"), 5);
        assertEquals(List.of("alpha"), started.getList("settings.decks"));
        assertTrue(started.getString("current.prompt").contains("one plus one"), started.getString("current.prompt"));

        Map<String, JsonPath> scored = answerAll(me, id, started);

        // all six loadable cards were asked once, and scored by their kind
        assertEquals(6, scored.size(), scored.keySet().toString());
        JsonPath recall = scored.get("alpha-recall-1");
        assertEquals(1.0, recall.getDouble("score"));
        assertEquals(List.of(true), recall.getList("keyPoints.covered"));
        assertEquals("the sum is 2", recall.getString("keyPoints[0].text"));
        assertNull(recall.get("correct"));
        assertEquals(true, scored.get("alpha-choice").getBoolean("correct"));
        assertEquals(true, scored.get("alpha-exact").getBoolean("correct"));
        assertEquals(true, scored.get("alpha-predict").getBoolean("correct"));
        JsonPath sim = scored.get("alpha-sim");
        assertEquals(false, sim.getBoolean("correct"));
        assertEquals(0.0, sim.getDouble("score"));
        assertNotNull(sim.getString("reference.expected"), "revealEach: the sim card's right cap is shown");
        assertFalse(sim.getList("reference.trace").isEmpty());
        assertEquals(0.0, scored.get("alpha-recall-2").getDouble("score"), "no key points: nothing to cover");
        long lastFinished = scored.values().stream().filter(s -> s.getBoolean("finished")).count();
        assertEquals(1, lastFinished, "only the last answer ends the interview");

        me.get("/api/interviews/" + id).then().statusCode(200).body("status", equalTo("finished"))
                .body("current", nullValue()).body("remainingSeconds", equalTo(0));

        JsonPath report = me.get("/api/interviews/" + id + "/report").then().statusCode(200).extract().jsonPath();
        double mean = scored.values().stream().mapToDouble(s -> s.getDouble("score")).average().orElseThrow();
        assertEquals(mean, report.getDouble("overallScore"), 1e-6);
        assertEquals(6, report.getInt("answered"));
        assertEquals(List.of("alpha"), report.getList("topics.deck"));
        assertEquals("Alpha", report.getString("topics[0].title"));
        assertEquals(6, report.getInt("topics[0].questions"));
        assertEquals(mean, report.getDouble("topics[0].score"), 1e-6);

        List<Map<String, Object>> turns = report.getList("turns");
        assertEquals(6, turns.size());
        Map<String, Map<String, Object>> byCard = new HashMap<>();
        turns.forEach(t -> byCard.put((String) t.get("cardId"), t));
        Map<String, Object> opener = byCard.get("alpha-recall-1");
        assertEquals("opener", opener.get("reason"));
        assertEquals(List.of("alpha-recall-1"), opener.get("path"));
        assertEquals(ANSWERS.get("alpha-recall-1"), opener.get("answer"));
        assertEquals("<p>Two.</p>", ((String) ((Map<?, ?>) opener.get("reference")).get("answer")).strip());
        Map<?, ?> point = (Map<?, ?>) ((List<?>) opener.get("keyPoints")).get(0);
        assertEquals(true, point.get("covered"));
        assertEquals(true, point.get("suggested"));
        assertFalse(((List<?>) point.get("evidence")).isEmpty(), "the words that matched are shown");
        assertTrue(((Number) opener.get("timeTakenMs")).longValue() >= 0);
        Map<String, Object> followUp = byCard.get("alpha-recall-2");
        assertEquals("follow_up", followUp.get("reason"));
        assertEquals("alpha-recall-1", followUp.get("parentCardId"));
        assertEquals(1, followUp.get("depth"));
        assertEquals(List.of("alpha-recall-1", "alpha-recall-2"), followUp.get("path"));
        // every path is consistent with the parents the interviewer gave
        for (Map<String, Object> t : turns) {
            List<?> path = (List<?>) t.get("path");
            assertEquals(t.get("cardId"), path.get(path.size() - 1));
            if (t.get("parentCardId") != null) {
                assertEquals(t.get("parentCardId"), path.get(path.size() - 2));
            }
        }
        assertEquals(List.of("alpha-recall-2", "alpha-sim").stream().sorted().toList(),
                report.getList("weakCards.cardId", String.class).stream().sorted().toList());

        // the candidate corrects a tick after the end: the turn's score and the report follow
        int recallTurn = (Integer) opener.get("turn");
        me.put("/api/interviews/" + id + "/turns/" + recallTurn + "/ticks", "{\"covered\":[false]}").then()
                .statusCode(200).body("score", equalTo(0.0f)).body("keyPoints[0].covered", equalTo(false))
                .body("keyPoints[0].suggested", equalTo(true));
        me.get("/api/interviews/" + id + "/report").then()
                .body("weakCards.cardId", org.hamcrest.Matchers.hasItem("alpha-recall-1"));
        me.put("/api/interviews/" + id + "/turns/" + recallTurn + "/ticks", "{\"covered\":[true,false]}").then()
                .statusCode(400).body("detail", containsString("covered"));

        // the history lists it with its topic scores
        me.get("/api/interviews").then().statusCode(200)
                .body("find { it.id == " + id + " }.answered", equalTo(6))
                .body("find { it.id == " + id + " }.topics[0].deck", equalTo("alpha"));
    }

    @Test
    void answersAfterTheServersEndTimeAreRefusedWith409() {
        Api.Learner me = Api.newLearner();
        JsonPath started = start(me, settings(7, false));
        long id = started.getLong("id");

        clock.advance(Duration.ofMinutes(14));
        JsonPath first = answer(me, id, 0, "something");
        assertNull(first.get("reference"), "answers are revealed at the end");
        JsonPath state = me.get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath();
        assertTrue(state.getLong("remainingSeconds") <= 60 && state.getLong("remainingSeconds") > 0,
                "one minute left on the server's clock: " + state.getLong("remainingSeconds"));
        int waiting = state.getInt("current.turn");

        clock.advance(Duration.ofMinutes(1));
        me.post("/api/interviews/" + id + "/answers", "{\"turn\":" + waiting + ",\"answer\":\"late\"}").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("time is up"));
        me.get("/api/interviews/" + id).then().body("status", equalTo("timed_out"))
                .body("remainingSeconds", equalTo(0)).body("current", nullValue())
                .body("finishedAt", equalTo(started.getString("endsAt")));
        // the report counts the answered question only; the one left waiting is listed unanswered
        me.get("/api/interviews/" + id + "/report").then().statusCode(200)
                .body("answered", equalTo(1)).body("asked", equalTo(2))
                .body("turns[1].answered", equalTo(false));
    }

    @Test
    void aFinishedInterviewTakesNoMoreAnswers() {
        Api.Learner me = Api.newLearner();
        JsonPath started = start(me, settings(3, false));
        long id = started.getLong("id");
        me.post("/api/interviews/" + id + "/finish").then().statusCode(200).body("status", equalTo("finished"));
        me.post("/api/interviews/" + id + "/answers", "{\"turn\":0,\"answer\":\"x\"}").then().statusCode(409)
                .body("detail", containsString("finished"));
    }

    @Test
    void aClosedTabResumesAtTheSameQuestionWithTheTimeThatIsLeft() {
        Api.Learner me = Api.newLearner();
        JsonPath started = start(me, settings(11, false));
        long id = started.getLong("id");
        answer(me, id, 0, "first answer");
        JsonPath before = me.get("/api/interviews/" + id).then().extract().jsonPath();

        clock.advance(Duration.ofMinutes(5));
        // a new session (the tab was closed, the learner signs in again): the same question, five minutes less
        Api.Learner again = Api.as(me.username());
        JsonPath after = again.get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("running", after.getString("status"));
        assertEquals(1, after.getInt("current.turn"));
        assertEquals(before.getString("current.cardId"), after.getString("current.cardId"));
        assertEquals(before.getString("current.prompt"), after.getString("current.prompt"));
        assertEquals(started.getString("endsAt"), after.getString("endsAt"));
        assertTrue(after.getLong("remainingSeconds") <= before.getLong("remainingSeconds") - 300,
                before.getLong("remainingSeconds") + " then " + after.getLong("remainingSeconds"));
        // starting another one meanwhile is refused, naming the running one
        again.post("/api/interviews", settings(12, false)).then().statusCode(409)
                .body("detail", containsString("interview " + id + " is still running"));
        answer(again, id, 1, "second answer");
    }

    @Test
    void anotherLearnersInterviewDoesNotExistForThem() {
        Api.Learner owner = Api.newLearner();
        Api.Learner other = Api.newLearner();
        long id = start(owner, settings(5, false)).getLong("id");

        other.get("/api/interviews/" + id).then().statusCode(404).contentType("application/problem+json");
        other.post("/api/interviews/" + id + "/answers", "{\"turn\":0,\"answer\":\"x\"}").then().statusCode(404);
        other.post("/api/interviews/" + id + "/finish").then().statusCode(404);
        other.get("/api/interviews/" + id + "/report").then().statusCode(404);
        other.put("/api/interviews/" + id + "/turns/0/ticks", "{\"covered\":[]}").then().statusCode(404);
        other.post("/api/interviews/" + id + "/requeue").then().statusCode(404);
        other.get("/api/interviews").then().statusCode(200).body("$", hasSize(0));
        // and the owner's interview is untouched
        owner.get("/api/interviews/" + id).then().statusCode(200).body("status", equalTo("running"))
                .body("answered", equalTo(0));
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"minutes":20,"decks":[],"level":"mid","language":"en"}                  | minutes
            {"decks":[],"level":"mid","language":"en"}                               | minutes
            {"minutes":"soon","decks":[],"level":"mid","language":"en"}              | minutes
            {"minutes":15,"decks":["nope"],"level":"mid","language":"en"}            | decks[0]
            {"minutes":15,"decks":["alpha","alpha"],"level":"mid","language":"en"}   | decks
            {"minutes":15,"decks":[],"level":"guru","language":"en"}                 | level
            {"minutes":15,"decks":[],"language":"en"}                                | level
            {"minutes":15,"decks":[],"level":"mid","language":"fr"}                  | language
            """)
    void badSettingsAreA400NamingTheField(String body, String field) {
        Api.Learner me = Api.newLearner();
        me.post("/api/interviews", body).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(field));
        me.get("/api/interviews").then().body("$", hasSize(0));
    }

    @Test
    void theRequeueActionMakesEveryMissedCardDueTodayLoggedWithTheInterview() {
        Api.Learner me = Api.newLearner();
        JsonPath started = start(me, settings(21, false));
        long id = started.getLong("id");
        me.post("/api/interviews/" + id + "/requeue").then().statusCode(409).body("detail", containsString("running"));
        Map<String, JsonPath> scored = answerAll(me, id, started);
        List<String> missed = new ArrayList<>();
        scored.forEach((card, s) -> {
            if (s.getDouble("score") < Scoring.STRONG) {
                missed.add(card);
            }
        });
        assertTrue(missed.containsAll(List.of("alpha-recall-2", "alpha-sim")), missed.toString());
        me.get("/api/practice/overview").then().body("dueToday", equalTo(0));

        me.post("/api/interviews/" + id + "/requeue").then().statusCode(200)
                .body("cardId", org.hamcrest.Matchers.containsInAnyOrder(missed.toArray()))
                .body("requeued", org.hamcrest.Matchers.everyItem(equalTo(true)));

        // due today in the review queue, not in the new-card pool, and the new-card limit is untouched
        me.get("/api/practice/overview").then().body("dueToday", equalTo(missed.size()))
                .body("newAvailable", equalTo(6 - missed.size())).body("doneToday", equalTo(0));
        JsonPath next = me.get("/api/practice/next").then().statusCode(200).extract().jsonPath();
        assertEquals("review", next.getString("queue"));
        assertTrue(missed.contains(next.getString("card.id")), next.getString("card.id"));
        for (String card : missed) {
            me.get("/api/practice/cards/" + card).then().statusCode(200)
                    .body("history", hasSize(1))
                    .body("history[0].kind", equalTo("interview"))
                    .body("history[0].rating", equalTo(1))
                    .body("history[0].interviewId", equalTo((int) id))
                    .body("history[0].answer", equalTo(ANSWERS.get(card)))
                    .body("state.due", equalTo(next.getString("state.due")));
        }
        me.get("/api/interviews/" + id + "/report").then().body("requeuedAt", org.hamcrest.Matchers.notNullValue());
        // practice's undo takes back the learner's own last grade, not the report's batch action
        me.post("/api/practice/undo").then().statusCode(409);
        // once per interview: the history is only ever added to
        me.post("/api/interviews/" + id + "/requeue").then().statusCode(409);
        me.get("/api/practice/cards/" + missed.get(0)).then().body("history", hasSize(1));
        assertEquals(missed.size(), me.get("/api/practice/overview").then().extract().jsonPath().getInt("dueToday"));
    }

    @Test
    void aWrongAnswerScoresZeroAndComesWithTheReferenceWhenEachAnswerIsRevealed() {
        Api.Learner me = Api.newLearner();
        JsonPath started = start(me, settings(2, true));
        long id = started.getLong("id");
        String card = started.getString("current.cardId");
        JsonPath wrong = answer(me, id, 0, "wrong wrong wrong");
        assertEquals(0.0, wrong.getDouble("score"), card);
        assertNotNull(wrong.get("reference"), "revealEach: the reference answer comes with the score");
        me.get("/api/interviews/" + id + "/report").then().body("overallScore", equalTo(0.0f))
                .body("turns[0].score", lessThanOrEqualTo(0.0f)).body("asked", greaterThan(1));
    }
}
