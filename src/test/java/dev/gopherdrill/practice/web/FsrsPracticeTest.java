package dev.gopherdrill.practice.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.practice.LearnerCalendar;
import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.Fsrs6Scheduler;
import dev.gopherdrill.scheduling.NextStates;
import dev.gopherdrill.scheduling.Rating;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * FSRS as a learner's setting over HTTP on the embedded PostgreSQL, with the fixture deck of
 * {@link PracticeFlowTest}. Expected numbers come from {@link Fsrs6Scheduler} applied by hand
 * to the grades each test gives (its formulas are proven against ts-fsrs in Fsrs6SchedulerTest).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FsrsPracticeTest {

    private static final String SETTINGS = "{\"dayStartHour\":4,\"newCardsPerDay\":10";

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void choose(Api.Learner me, String scheduler) {
        me.put("/api/me/settings", SETTINGS + ",\"scheduler\":\"" + scheduler + "\"}").then().statusCode(200)
                .body("scheduler", equalTo(scheduler));
    }

    private static JsonPath grade(Api.Learner me, String cardId, int rating) {
        Integer version = info(me, cardId).get("state.version");
        return me.grade(cardId, version == null ? 0 : version, rating, null);
    }

    private static JsonPath info(Api.Learner me, String cardId) {
        // doubles, not RestAssured's default floats: stability and difficulty are compared exactly
        return me.get("/api/practice/cards/" + cardId).then().statusCode(200).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private LocalDate today() {
        return new LearnerCalendar(ZoneOffset.UTC, 4).day(clock.instant());
    }

    @Test
    void theSchedulerIsSm2ByDefaultAndBadSettingsAre400sNamingTheField() {
        Api.Learner me = Api.newLearner();
        me.get("/api/me").then().statusCode(200).body("settings.scheduler", equalTo("sm2"))
                .body("settings.desiredRetention", equalTo(0.9f));
        me.put("/api/me/settings", SETTINGS + ",\"scheduler\":\"anki\"}").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("scheduler"));
        for (String retention : List.of("0.69", "1.0", "0.955", "-1")) {
            me.put("/api/me/settings", SETTINGS + ",\"desiredRetention\":" + retention + "}").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("desiredRetention"));
        }
        me.put("/api/me/settings", SETTINGS + ",\"desiredRetention\":\"lots\"}").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("desiredRetention"));
        me.get("/api/me").then().body("settings.scheduler", equalTo("sm2"))
                .body("settings.desiredRetention", equalTo(0.9f));
        me.put("/api/me/settings", SETTINGS + ",\"desiredRetention\":0.85}").then().statusCode(200)
                .body("desiredRetention", equalTo(0.85f)).body("scheduler", equalTo("sm2"));
    }

    @Test
    void anFsrsLearnersButtonsShowFsrsIntervalsWhileAnotherLearnerStaysOnSm2() {
        Api.Learner fsrs = Api.newLearner();
        Api.Learner sm2 = Api.newLearner();
        choose(fsrs, "fsrs");
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        NextStates fresh = f.nextStates(CardState.newCard(), 0);
        JsonPath first = fsrs.nextCard();
        assertEquals(List.of(fresh.again().interval(), fresh.hard().interval(), fresh.good().interval(),
                fresh.easy().interval()), first.getList("buttons.intervalDays"));
        assertEquals(List.of(1, 1, 1, 1), sm2.nextCard().getList("buttons.intervalDays"));

        JsonPath good = grade(fsrs, "alpha-recall-1", 3);
        assertEquals(fresh.good().interval(), good.getInt("state.interval"));
        assertEquals(today().plusDays(fresh.good().interval()).toString(), good.getString("state.due"));
        fsrs.get("/api/practice/cards/alpha-recall-1").then().body("history[0].scheduler", equalTo("fsrs6-r0.90"));

        // three days later (one day overdue) the buttons are FSRS's for a review after 3 days
        clock.advance(Duration.ofDays(3));
        NextStates later = f.nextStates(fresh.good(), 3);
        JsonPath due = fsrs.nextCard();
        assertEquals("alpha-recall-1", due.getString("card.id"));
        assertEquals(List.of(later.again().interval(), later.hard().interval(), later.good().interval(),
                later.easy().interval()), due.getList("buttons.intervalDays"));
        JsonPath card = info(fsrs, "alpha-recall-1");
        assertEquals(f.retrievability(fresh.good().memory().stability(), 3), card.getDouble("memory.retrievability"),
                1e-12);
        assertEquals(fresh.good().memory().difficulty(), card.getDouble("memory.difficulty"), 1e-12);
        fsrs.req().accept("text/html").get("/practice/cards/alpha-recall-1/info").then().statusCode(200)
                .body(containsString("id=\"info-retrievability\""));
        sm2.get("/api/practice/cards/alpha-recall-1").then().body("memory", nullValue());
    }

    @Test
    void undoOfAnFsrsGradePutsTheMemoryBackExactly() {
        Api.Learner me = Api.newLearner();
        choose(me, "fsrs");
        grade(me, "alpha-recall-1", 3);
        clock.advance(Duration.ofDays(2));
        JsonPath before = info(me, "alpha-recall-1");
        grade(me, "alpha-recall-1", 1);
        assertEquals(1, info(me, "alpha-recall-1").getInt("state.lapses"));
        me.post("/api/practice/undo").then().statusCode(200);
        JsonPath after = info(me, "alpha-recall-1");
        assertEquals(before.getDouble("memory.stability"), after.getDouble("memory.stability"), 0);
        assertEquals(before.getDouble("memory.difficulty"), after.getDouble("memory.difficulty"), 0);
        assertEquals(before.getString("state.due"), after.getString("state.due"));
    }

    /**
     * SM-2 history over three days: a Good card reviewed twice, an Again card drilled then
     * reviewed, and an undone grade. Switching to FSRS must equal FSRS applied to the
     * rescheduling rows (no drill, no undone row); switching back must restore SM-2's states.
     */
    @Test
    void switchingReplaysEachCardsLogThroughTheNewSchedulerAndLeavesTheLogAsItWas() {
        Api.Learner me = Api.newLearner();
        long userId = me.get("/api/me").then().extract().jsonPath().getLong("id");
        LocalDate day0 = today();
        grade(me, "alpha-recall-1", 3);
        grade(me, "alpha-recall-2", 1);
        grade(me, "alpha-recall-2", 3); // the drill: practice only
        grade(me, "alpha-exact", 2);
        me.post("/api/practice/undo").then().statusCode(200);
        grade(me, "alpha-exact", 4);
        clock.advance(Duration.ofDays(1));
        grade(me, "alpha-recall-1", 3);
        grade(me, "alpha-recall-2", 3);
        clock.advance(Duration.ofDays(6));
        grade(me, "alpha-recall-1", 2);
        List<String> cards = List.of("alpha-recall-1", "alpha-recall-2", "alpha-exact");
        List<JsonPath> sm2 = cards.stream().map(c -> info(me, c)).toList();
        Object[] log = logRows(userId);

        choose(me, "fsrs");
        assertArrayEquals(log, logRows(userId));
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        CardState r1 = f.next(f.next(f.next(CardState.newCard(), Rating.GOOD, 0), Rating.GOOD, 1), Rating.HARD, 6);
        CardState r2 = f.next(f.next(CardState.newCard(), Rating.AGAIN, 0), Rating.GOOD, 1);
        CardState exact = f.next(CardState.newCard(), Rating.EASY, 0);
        assertState(r1, day0.plusDays(7 + r1.interval()), info(me, "alpha-recall-1"));
        assertState(r2, day0.plusDays(1 + r2.interval()), info(me, "alpha-recall-2"));
        assertState(exact, day0.plusDays(exact.interval()), info(me, "alpha-exact"));
        assertEquals(null, info(me, "alpha-choice").<Object>get("state"));

        choose(me, "sm2");
        assertArrayEquals(log, logRows(userId));
        for (int i = 0; i < cards.size(); i++) {
            JsonPath back = info(me, cards.get(i));
            assertEquals(sm2.get(i).getMap("state").entrySet().stream().filter(e -> !e.getKey().equals("version")).toList(),
                    back.getMap("state").entrySet().stream().filter(e -> !e.getKey().equals("version")).toList(),
                    cards.get(i));
            assertEquals(null, back.<Object>get("memory"), cards.get(i));
        }
    }

    /**
     * The grade transaction reads the day of the card's last rescheduling review in the same
     * statement that locks the row: a late review counts its real days, and an undone grade
     * is not the last review (with a drill row in the log between them).
     */
    @Test
    void fsrsGradesCountTheDaysSinceTheLastReviewThatRescheduledSkippingDrillsAndUndoneGrades() {
        Api.Learner me = Api.newLearner();
        choose(me, "fsrs");
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        CardState first = f.next(CardState.newCard(), Rating.GOOD, 0);
        grade(me, "alpha-recall-1", 3);

        int late = first.interval() + 2;
        clock.advance(Duration.ofDays(late));
        CardState lapse = f.next(first, Rating.AGAIN, late);
        grade(me, "alpha-recall-1", 1);
        grade(me, "alpha-recall-1", 3); // the same-day repeat: practice only, not a review
        clock.advance(Duration.ofDays(lapse.interval()));
        grade(me, "alpha-recall-1", 4);
        me.post("/api/practice/undo").then().statusCode(200); // the Easy is taken back

        CardState expected = f.next(lapse, Rating.GOOD, lapse.interval());
        JsonPath graded = grade(me, "alpha-recall-1", 3);
        assertEquals(expected.interval(), graded.getInt("state.interval"));
        assertState(expected, today().plusDays(expected.interval()), info(me, "alpha-recall-1"));
    }

    private static void assertState(CardState expected, LocalDate due, JsonPath actual) {
        assertEquals(expected.interval(), actual.getInt("state.interval"));
        assertEquals(expected.repetitions(), actual.getInt("state.repetitions"));
        assertEquals(expected.lapses(), actual.getInt("state.lapses"));
        assertEquals(due.toString(), actual.getString("state.due"));
        assertEquals(expected.memory().stability(), actual.getDouble("memory.stability"), 0);
        assertEquals(expected.memory().difficulty(), actual.getDouble("memory.difficulty"), 0);
    }

    /** Every column of every log row of the learner, in id order. */
    private Object[] logRows(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select * from review_log where user_id = ?1 order by id").setParameter(1, userId).getResultList()
                .toArray());
    }
}
