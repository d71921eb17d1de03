package dev.gopherdrill.practice.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.practice.LearnerCalendar;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The daily loop over HTTP on the embedded PostgreSQL, with the fixture deck in
 * src/test/content: five loadable cards (two recall at level 1, choice and exact at
 * level 2, predict at level 3) and one broken card.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PracticeFlowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewLearnerPractisesNewCardsThenRepeatsTheFailedOnesUntilGood() {
        Api.Learner me = Api.newLearner();
        me.get("/api/practice/overview").then().statusCode(200)
                .body("dueToday", equalTo(0)).body("newAvailable", equalTo(6)).body("doneToday", equalTo(0))
                .body("streak", equalTo(0));

        JsonPath first = me.nextCard();
        assertEquals("alpha-recall-1", first.getString("card.id"));
        assertEquals("new", first.getString("queue"));
        assertEquals(0, first.getInt("state.version"));
        assertEquals("Two.", first.getString("card.answer").replaceAll("<[^>]+>", ""));
        assertEquals(java.util.List.of(1, 1, 1, 1), first.getList("buttons.intervalDays"));
        assertEquals(0, first.getInt("progress.done"));
        assertEquals(6, first.getInt("progress.remaining"));

        JsonPath good = me.grade("alpha-recall-1", 0, 3, null);
        assertEquals("new", good.getString("kind"));
        assertEquals(1, good.getInt("state.interval"));
        assertEquals(false, good.getBoolean("repeatThisSession"));
        assertEquals(today().plusDays(1).toString(), good.getString("state.due"));

        assertEquals("alpha-recall-2", me.nextCard().getString("card.id"));
        assertEquals(true, me.grade("alpha-recall-2", 0, 1, null).getBoolean("repeatThisSession"));

        JsonPath choice = me.nextCard();
        assertEquals("alpha-choice", choice.getString("card.id"));
        assertEquals(true, choice.getBoolean("card.multipleChoice"));
        assertEquals(null, choice.getString("card.answer"));
        me.post("/api/practice/check", "{\"cardId\":\"alpha-choice\",\"answer\":\"0,2\"}").then()
                .statusCode(200).body("correct", equalTo(true)).body("suggestedRating", equalTo(3));
        me.post("/api/practice/check", "{\"cardId\":\"alpha-choice\",\"answer\":\"1\"}").then()
                .statusCode(200).body("correct", equalTo(false)).body("suggestedRating", equalTo(1))
                .body("expected", equalTo("0,2"));
        me.grade("alpha-choice", 0, 3, "0,2");

        assertEquals("alpha-exact", me.nextCard().getString("card.id"));
        me.post("/api/practice/check", "{\"cardId\":\"alpha-exact\",\"answer\":\"0x6\"}").then()
                .body("correct", equalTo(true));
        me.grade("alpha-exact", 0, 4, "0x6");

        assertEquals("alpha-predict", me.nextCard().getString("card.id"));
        me.post("/api/practice/check", "{\"cardId\":\"alpha-predict\",\"answer\":\"hi\\n\"}").then()
                .body("correct", equalTo(true));
        me.grade("alpha-predict", 0, 3, "hi");

        assertEquals("alpha-sim", me.nextCard().getString("card.id"));
        String cap = me.post("/api/practice/check", "{\"cardId\":\"alpha-sim\",\"answer\":\"?\"}").then()
                .body("correct", equalTo(false)).extract().path("expected");
        me.grade("alpha-sim", 0, 3, cap);

        // SM-2 step 7: the card graded Again comes back, as a drill that does not reschedule
        JsonPath drill = me.nextCard();
        assertEquals("alpha-recall-2", drill.getString("card.id"));
        assertEquals("drill", drill.getString("queue"));
        assertEquals(java.util.Arrays.asList(null, null, null, null), drill.getList("buttons.intervalDays"));
        JsonPath hard = me.grade("alpha-recall-2", 1, 2, null);
        assertEquals("drill", hard.getString("kind"));
        assertEquals(true, hard.getBoolean("repeatThisSession"));
        assertEquals(today().plusDays(1).toString(), hard.getString("state.due"));
        assertEquals("alpha-recall-2", me.nextCard().getString("card.id"));
        assertEquals(false, me.grade("alpha-recall-2", 2, 3, null).getBoolean("repeatThisSession"));

        me.get("/api/practice/next").then().statusCode(204);
        me.get("/api/practice/overview").then()
                .body("doneToday", equalTo(8)).body("newAvailable", equalTo(0)).body("streak", equalTo(1))
                .body("nextDue", equalTo(today().plusDays(1).toString()));

        // the drills are logged, and the schedule is the one the Again set
        me.get("/api/practice/cards/alpha-recall-2").then().statusCode(200)
                .body("history.kind", contains("new", "drill", "drill"))
                .body("history.rating", contains(1, 2, 3))
                .body("state.interval", equalTo(1)).body("state.repetitions", equalTo(0))
                .body("state.easeFactor", equalTo(2.5f));

        // tomorrow everything graded today is due, most overdue first, then the streak goes on
        clock.advance(Duration.ofDays(1));
        JsonPath tomorrow = me.nextCard();
        assertEquals("review", tomorrow.getString("queue"));
        assertEquals(java.util.List.of(1, 6, 6, 6), tomorrow.getList("buttons.intervalDays"));
        me.get("/api/practice/overview").then().body("dueToday", equalTo(6)).body("streak", equalTo(1));
    }

    @Test
    void undoPutsTheCardBackExactlyAndKeepsTheLogRowMarked() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 4, null);
        JsonPath undone = me.post("/api/practice/undo").then().statusCode(200).extract().jsonPath();
        assertEquals("alpha-recall-1", undone.getString("card.id"));
        assertEquals("new", undone.getString("queue"));
        assertEquals(2, undone.getInt("state.version"));
        me.get("/api/practice/cards/alpha-recall-1").then()
                .body("history", hasSize(1)).body("history[0].undoneAt", notNullValue())
                .body("state.interval", equalTo(0)).body("state.due", nullValue());
        me.get("/api/practice/overview").then().body("doneToday", equalTo(0)).body("newAvailable", equalTo(6));

        // the card can be graded again against the version undo gave it
        me.grade("alpha-recall-1", 2, 3, null);
        me.post("/api/practice/undo").then().statusCode(200);
        me.post("/api/practice/undo").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("there is no grade to undo"));
    }

    @Test
    void undoRefusesWhenTheCardChangedAfterTheGrade() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 3, null);
        me.post("/api/practice/cards/alpha-recall-1/suspend", "{\"version\":1}").then().statusCode(200);
        me.post("/api/practice/undo").then().statusCode(409);
        me.get("/api/practice/cards/alpha-recall-1").then().body("suspended", equalTo(true))
                .body("history[0].undoneAt", nullValue());
    }

    @Test
    void aSecondSubmitOfTheSameVersionIsRefusedAndChangesNothing() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 3, null);
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":4}").then()
                .statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        me.get("/api/practice/cards/alpha-recall-1").then()
                .body("history", hasSize(1)).body("history[0].rating", equalTo(3)).body("state.version", equalTo(1));
    }

    @Test
    void concurrentSubmitsOfTheSameVersionLetExactlyOneThrough() throws Exception {
        Api.Learner me = Api.newLearner();
        String body = "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":3}";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<Integer> submit = () -> me.post("/api/practice/answers", body).statusCode();
            var results = pool.invokeAll(java.util.Collections.nCopies(4, submit));
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (var r : results) {
                codes.add(r.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes::toString);
            assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes::toString);
        } finally {
            pool.shutdown();
        }
        me.get("/api/practice/cards/alpha-recall-1").then().body("history", hasSize(1));
    }

    @Test
    void buryHidesACardUntilTomorrowAndSuspendUntilUnsuspended() {
        Api.Learner me = Api.newLearner();
        me.post("/api/practice/cards/alpha-recall-1/bury", "{\"version\":0}").then().statusCode(200)
                .body("version", equalTo(1));
        assertEquals("alpha-recall-2", me.nextCard().getString("card.id"));
        me.post("/api/practice/cards/alpha-recall-2/suspend", "{\"version\":0}").then().statusCode(200);
        assertEquals("alpha-choice", me.nextCard().getString("card.id"));
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":1,\"rating\":3}").then()
                .statusCode(409);

        clock.advance(Duration.ofDays(1));
        assertEquals("alpha-recall-1", me.nextCard().getString("card.id"));
        me.post("/api/practice/cards/alpha-recall-2/unsuspend").then().statusCode(200);
        me.get("/api/practice/overview").then().body("newAvailable", equalTo(6));
    }

    @Test
    void eightLapsesMakeALeechThatIsSuspendedAndListed() {
        Api.Learner me = Api.newLearner();
        int version = me.grade("alpha-recall-1", 0, 3, null).getInt("state.version");
        for (int lapse = 1; lapse <= 8; lapse++) {
            clock.advance(Duration.ofDays(1));
            JsonPath g = me.grade("alpha-recall-1", version, 1, null);
            version = g.getInt("state.version");
            assertEquals(lapse, g.getInt("state.lapses"));
            assertEquals(lapse == 8, g.getBoolean("suspended"), "lapse " + lapse);
            assertEquals(lapse == 8, g.getBoolean("state.leech"), "lapse " + lapse);
        }
        me.get("/api/practice/leeches").then().statusCode(200)
                .body("cardId", contains("alpha-recall-1")).body("[0].lapses", equalTo(8))
                .body("[0].suspended", equalTo(true));
        clock.advance(Duration.ofDays(1));
        me.get("/api/practice/overview").then().body("dueToday", equalTo(0));
        me.post("/api/practice/cards/alpha-recall-1/unsuspend").then().statusCode(200);
        me.get("/api/practice/overview").then().body("dueToday", equalTo(1));
        me.get("/api/practice/leeches").then().body("[0].suspended", equalTo(false));
    }

    @Test
    void aCardThatIsNotDueCannotBeGraded() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 4, null);
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":1,\"rating\":3}").then()
                .statusCode(409).body("detail", equalTo("card alpha-recall-1 is not due until " + today().plusDays(1)));
    }

    private LocalDate today() {
        return new LearnerCalendar(ZoneOffset.UTC, 4).day(clock.instant());
    }
}
