package dev.gopherdrill.quiz.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Quizzes over HTTP on the embedded PostgreSQL, with the fixture deck (six active cards: two
 * recall cards tagged {@code arithmetic}, a choice, an exact, a predict and a sim card).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class QuizApiTest {

    private static final List<String> ACTIVE = List.of("alpha-recall-1", "alpha-recall-2", "alpha-choice",
            "alpha-exact", "alpha-predict", "alpha-sim");

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonPath start(Api.Learner me, String body) {
        return me.post("/api/quizzes", body).then().statusCode(201).extract().jsonPath();
    }

    static JsonPath answer(Api.Learner me, long quiz, int position, int rating) {
        return me.post("/api/quizzes/" + quiz + "/answers", "{\"position\":" + position + ",\"rating\":" + rating + "}")
                .then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private long userId(Api.Learner me) {
        return me.get("/api/me").then().extract().jsonPath().getLong("id");
    }

    /** Every column of the learner's review states, as text, to compare before and after. */
    @SuppressWarnings("unchecked")
    private List<String> states(long userId) {
        return em.createNativeQuery("select rs::text from review_state rs where user_id = ?1 order by card_id")
                .setParameter(1, userId).getResultList();
    }

    @Test
    void aQuizOfAllCardsAsksEachActiveCardOnceAndLeavesTheScheduleAlone() {
        Api.Learner me = Api.newLearner();
        long uid = userId(me);
        me.grade("alpha-recall-1", 0, 3, null);
        List<String> before = states(uid);
        long logBefore = count("select count(*) from review_log where user_id = ?1", uid);

        JsonPath q = start(me, "{\"size\":10}");
        long id = q.getLong("id");
        assertEquals(6, q.getInt("total"), "the fixture has six active cards, fewer than the ten asked");
        assertEquals("all", q.getString("selection"));
        assertFalse(q.getBoolean("reschedule"));
        Set<String> asked = new HashSet<>();
        int[] ratings = {1, 2, 3, 4, 1, 3};
        for (int i = 0; i < 6; i++) {
            JsonPath now = me.get("/api/quizzes/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(i, now.getInt("current.position"));
            asked.add(now.getString("current.card.id"));
            JsonPath after = answer(me, id, i, ratings[i]);
            assertEquals(i + 1, after.getInt("summary.answered"));
        }
        assertEquals(Set.copyOf(ACTIVE), asked);
        JsonPath done = me.get("/api/quizzes/" + id).then().extract().jsonPath();
        assertNull(done.get("current"));
        assertTrue(done.getString("finishedAt") != null);
        assertEquals(List.of(2, 1, 2, 1), List.of(done.getInt("summary.again"), done.getInt("summary.hard"),
                done.getInt("summary.good"), done.getInt("summary.easy")));
        assertEquals(67, done.getInt("summary.percent"), "4 of 6 not graded Again");
        assertEquals(2, done.getList("summary.missed").size());

        assertEquals(before, states(uid), "no review state changed, and none was created for the new cards");
        assertEquals(logBefore + 6, count("select count(*) from review_log where user_id = ?1", uid));
        assertEquals(6, count("select count(*) from review_log where user_id = ?1 and kind = 'quiz' and quiz_id = ?2"
                + " and interval_before = interval_after and ease_before = ease_after and due_before is not distinct"
                + " from due_after and repetitions_before = repetitions_after", uid, id));
        // quiz answers are not today's practice and undo passes them by
        me.get("/api/practice/overview").then().body("doneToday", equalTo(1));
        me.post("/api/practice/undo").then().statusCode(200).body("card.id", equalTo("alpha-recall-1"));
        me.post("/api/practice/undo").then().statusCode(409);
    }

    @Test
    void anItemIsAnsweredOnceAndInOrder() {
        Api.Learner me = Api.newLearner();
        long id = start(me, "{\"size\":10}").getLong("id");
        me.post("/api/quizzes/" + id + "/answers", "{\"position\":1,\"rating\":3}").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("answer item 0"));
        answer(me, id, 0, 3);
        me.post("/api/quizzes/" + id + "/answers", "{\"position\":0,\"rating\":3}").then().statusCode(409)
                .body("detail", containsString("answered already"));
        me.post("/api/quizzes/" + id + "/answers", "{\"position\":1,\"rating\":5}").then().statusCode(400);
        me.post("/api/quizzes/" + id + "/finish").then().statusCode(200).body("current", equalTo(null))
                .body("summary.answered", equalTo(1)).body("total", equalTo(6));
        me.post("/api/quizzes/" + id + "/answers", "{\"position\":1,\"rating\":3}").then().statusCode(409)
                .body("detail", containsString("finished"));
    }

    @Test
    void tagsDecksAndSelectionsChooseTheCards() {
        Api.Learner me = Api.newLearner();
        JsonPath tagged = start(me, "{\"size\":10,\"tags\":[\"arithmetic\"],\"decks\":[\"alpha\"],\"seed\":7}");
        assertEquals(2, tagged.getInt("total"));
        assertTrue(tagged.getString("current.card.id").startsWith("alpha-recall-"));
        assertEquals(1, start(me, "{\"size\":10,\"tags\":[\"sums\"]}").getInt("total"));

        // day 0: recall-1 Good (due day 1), exact Again (due day 1, ease kept, no lapse: it was new);
        // day 1: recall-1 Hard (ease 2.50 -> 2.36, due day 7); exact is due today
        me.grade("alpha-recall-1", 0, 3, null);
        me.grade("alpha-exact", 0, 1, null);
        clock.advance(Duration.ofDays(1));
        me.grade("alpha-recall-1", 1, 2, null);

        JsonPath fresh = start(me, "{\"size\":10,\"which\":\"new\"}");
        assertEquals(4, fresh.getInt("total"));
        assertEquals("alpha-recall-2", fresh.getString("current.card.id"), "new cards come in the deck's order");

        JsonPath soon = start(me, "{\"size\":10,\"which\":\"due_soon\"}");
        assertEquals(2, soon.getInt("total"));
        assertEquals("alpha-exact", soon.getString("current.card.id"), "exact is due today, recall-1 later");

        // weak: recall-1's Hard lowered its ease; exact kept 2.50 and has no lapse
        JsonPath weak = start(me, "{\"size\":10,\"which\":\"weakest\"}");
        assertEquals(1, weak.getInt("total"));
        assertEquals("alpha-recall-1", weak.getString("current.card.id"));

        me.get("/api/quizzes").then().statusCode(200).body("", hasSize(5));
    }

    @Test
    void theSameSeedGivesTheSameQuizAndAnotherSeedAnotherOrder() {
        Api.Learner me = Api.newLearner();
        List<String> first = order(me, 11);
        assertEquals(first, order(me, 11));
        List<List<String>> others = new ArrayList<>();
        for (long seed = 12; seed < 16; seed++) {
            others.add(order(me, seed));
        }
        assertTrue(others.stream().anyMatch(o -> !o.equals(first)), "four other seeds all gave " + first);
    }

    @SuppressWarnings("unchecked")
    private List<String> order(Api.Learner me, long seed) {
        long id = start(me, "{\"size\":10,\"seed\":" + seed + "}").getLong("id");
        return em.createNativeQuery("select card_id from quiz_item where quiz_id = ?1 order by position")
                .setParameter(1, id).getResultList();
    }

    @Test
    void aReschedulingQuizGradesAsReviewsAndTheMissedCardsCanBeDueTodayOnce() {
        Api.Learner me = Api.newLearner();
        long uid = userId(me);
        JsonPath q = start(me, "{\"size\":10,\"tags\":[\"arithmetic\"],\"reschedule\":true,\"seed\":3}");
        long id = q.getLong("id");
        String first = q.getString("current.card.id");
        me.post("/api/quizzes/" + id + "/requeue").then().statusCode(409).body("detail", containsString("not finished"));
        answer(me, id, 0, 3);
        JsonPath end = answer(me, id, 1, 1);
        String second = first.equals("alpha-recall-1") ? "alpha-recall-2" : "alpha-recall-1";
        assertEquals(List.of(second), end.getList("summary.missed.cardId"));
        assertEquals(2, count("select count(*) from review_log where user_id = ?1 and kind = 'quiz_rescheduled'", uid));
        // Good on a new card: SM-2's first interval; Again: due tomorrow
        me.get("/api/practice/cards/" + first).then().body("state.interval", equalTo(1))
                .body("state.repetitions", equalTo(1));
        String tomorrow = me.get("/api/practice/cards/" + second).then().extract().path("state.due");

        long dueBefore = me.get("/api/practice/overview").then().extract().jsonPath().getLong("dueToday");
        me.post("/api/quizzes/" + id + "/requeue").then().statusCode(200).body("", hasSize(1))
                .body("[0].cardId", equalTo(second)).body("[0].moved", equalTo(true));
        assertNotEquals(tomorrow, me.get("/api/practice/cards/" + second).then().extract().path("state.due"));
        me.get("/api/practice/overview").then().body("dueToday", equalTo((int) dueBefore + 1));
        me.post("/api/quizzes/" + id + "/requeue").then().statusCode(409).body("detail", containsString("were put"));
        assertEquals(second, me.nextCard().getString("card.id"));
    }

    @Test
    void missedNewCardsOfAPlainQuizBecomeReviewsDueToday() {
        Api.Learner me = Api.newLearner();
        long id = start(me, "{\"size\":10,\"tags\":[\"sums\"]}").getLong("id");
        answer(me, id, 0, 1);
        me.post("/api/quizzes/" + id + "/requeue").then().statusCode(200).body("[0].moved", equalTo(true));
        JsonPath next = me.nextCard();
        assertEquals("alpha-recall-2", next.getString("card.id"));
        assertEquals("review", next.getString("queue"));
    }

    @Test
    void aSimulationQuizAsksFreshQuestionsAndChecksThemAgainstTheirOwnAnswer() {
        Api.Learner me = Api.newLearner();
        JsonPath q = start(me, "{\"simulation\":\"slice.append\",\"size\":10}");
        long id = q.getLong("id");
        assertEquals(10, q.getInt("total"));
        assertEquals("simulation", q.getString("selection"));
        Set<String> prompts = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            JsonPath now = me.get("/api/quizzes/" + id).then().extract().jsonPath();
            assertEquals("alpha-sim", now.getString("current.card.id"));
            prompts.add(now.getString("current.card.prompt"));
            String expected = me.post("/api/quizzes/" + id + "/check", "{\"position\":" + i + ",\"answer\":\"-1\"}")
                    .then().statusCode(200).body("correct", equalTo(false)).extract().path("expected");
            me.post("/api/quizzes/" + id + "/check", "{\"position\":" + i + ",\"answer\":\"" + expected + "\"}")
                    .then().statusCode(200).body("correct", equalTo(true)).body("trace.size()", org.hamcrest.Matchers.greaterThan(0));
            me.post("/api/quizzes/" + id + "/answers", "{\"position\":" + i + ",\"rating\":3,\"answer\":\"" + expected + "\"}")
                    .then().statusCode(200);
        }
        assertTrue(prompts.size() >= 3, "ten questions, only " + prompts.size() + " distinct prompts");
        me.get("/api/quizzes/" + id).then().body("summary.checked", equalTo(10)).body("summary.correct", equalTo(10));
    }

    @Test
    void badRequestsAre400sNamingTheFieldAndNoMatchIsA409() {
        Api.Learner me = Api.newLearner();
        String[][] cases = {
            {"{}", "size"}, {"{\"size\":15}", "size"}, {"{\"size\":10,\"which\":\"hardest\"}", "which"},
            {"{\"size\":10,\"decks\":[\"nope\"]}", "decks[0]"}, {"{\"size\":10,\"tags\":[\"\"]}", "tags[0]"},
            {"{\"size\":10,\"simulation\":\"nope\"}", "simulation"}, {"{\"size\":\"ten\"}", "size"},
        };
        for (String[] c : cases) {
            me.post("/api/quizzes", c[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString(c[1]));
        }
        me.post("/api/quizzes", "{\"size\":10,\"which\":\"weakest\"}").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("no card"));
        me.get("/api/quizzes").then().body("", hasSize(0));
    }

    @Test
    void anotherLearnersQuizDoesNotExistForYou() {
        Api.Learner owner = Api.newLearner();
        Api.Learner other = Api.newLearner();
        long id = start(owner, "{\"size\":10}").getLong("id");
        other.get("/api/quizzes/" + id).then().statusCode(404).contentType("application/problem+json");
        other.post("/api/quizzes/" + id + "/answers", "{\"position\":0,\"rating\":3}").then().statusCode(404);
        other.post("/api/quizzes/" + id + "/check", "{\"position\":0,\"answer\":\"x\"}").then().statusCode(404);
        other.post("/api/quizzes/" + id + "/finish").then().statusCode(404);
        other.post("/api/quizzes/" + id + "/requeue").then().statusCode(404);
        other.get("/api/quizzes").then().body("", hasSize(0));
        owner.get("/api/quizzes/" + id).then().statusCode(200).body("summary.answered", equalTo(0));
    }
}
