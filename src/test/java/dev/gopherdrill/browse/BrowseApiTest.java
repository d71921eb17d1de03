package dev.gopherdrill.browse;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Browse's state, filters and actions over JSON, on the fixture deck. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BrowseApiTest {

    private static void act(Api.Learner me, String action, int changed, String... ids) {
        me.post("/api/browse/actions", "{\"action\":\"" + action + "\",\"cardIds\":[\"" + String.join("\",\"", ids)
                + "\"]}").then().statusCode(200).body("changed", equalTo(changed));
    }

    @Test
    void browseShowsTheLearnersOwnStateOfEachCard() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 3, null);
        JsonPath rows = me.get("/api/browse").then().statusCode(200).extract().jsonPath();
        assertEquals(false, rows.getBoolean("find { it.id == 'alpha-recall-1' }.isNew"));
        assertEquals(1, rows.getInt("find { it.id == 'alpha-recall-1' }.interval"));
        assertEquals(2.5f, rows.getFloat("find { it.id == 'alpha-recall-1' }.ease"));
        assertEquals(true, rows.getBoolean("find { it.id == 'alpha-recall-2' }.isNew"));
        me.get("/api/browse?q=is:new").then().body("id", not(hasItem("alpha-recall-1"))).body("id", hasItem("alpha-recall-2"));
        me.get("/api/browse?q=is:review").then().body("id", contains("alpha-recall-1"));
        me.get("/api/browse?q=is:due").then().body("id", empty());
        // another learner's grades are not mine
        Api.newLearner().get("/api/browse?q=is:review").then().body("id", empty());
    }

    @Test
    void suspendAndUnsuspendManyCardsAtOnceAndFilterOnIt() {
        Api.Learner me = Api.newLearner();
        act(me, "suspend", 2, "alpha-choice", "alpha-recall-2");
        me.get("/api/browse?q=is:suspended").then().body("id", contains("alpha-recall-2", "alpha-choice"));
        me.get("/api/browse?state=suspended&q=two").then().body("id", contains("alpha-recall-2"));
        assertEquals("alpha-recall-1", me.nextCard().getString("card.id"));
        me.grade("alpha-recall-1", 0, 3, null);
        assertEquals("alpha-exact", me.nextCard().getString("card.id"));

        act(me, "suspend", 0, "alpha-choice");
        act(me, "unsuspend", 2, "alpha-recall-2", "alpha-choice");
        me.get("/api/browse?q=is:suspended").then().body("id", empty());
        assertEquals("alpha-recall-2", me.nextCard().getString("card.id"));
    }

    @Test
    void unburyBringsABuriedCardBackToday() {
        Api.Learner me = Api.newLearner();
        me.post("/api/practice/cards/alpha-recall-1/bury", "{\"version\":0}").then().statusCode(200);
        me.get("/api/browse?q=is:buried").then().body("id", contains("alpha-recall-1"))
                .body("[0].buriedUntil", not(nullValue()));
        assertEquals("alpha-recall-2", me.nextCard().getString("card.id"));
        act(me, "unbury", 1, "alpha-recall-1");
        me.get("/api/browse?q=is:buried").then().body("id", empty());
        assertEquals("alpha-recall-1", me.nextCard().getString("card.id"));
    }

    @Test
    void resetMakesACardNewAgainAndLogsItKeepingEveryRow() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 4, null);
        act(me, "reset", 1, "alpha-recall-1");
        me.get("/api/practice/cards/alpha-recall-1").then().statusCode(200)
                .body("history.kind", contains("new", "reset"))
                .body("history.rating", contains(4, null))
                .body("state.interval", equalTo(0)).body("state.due", nullValue());
        me.get("/api/browse?q=is:new alpha-recall-1").then().body("id", contains("alpha-recall-1"));
        // the grade before the reset can no longer be undone: the card changed after it
        me.post("/api/practice/undo").then().statusCode(409);
        JsonPath again = me.nextCard();
        assertEquals("alpha-recall-1", again.getString("card.id"));
        assertEquals("new", again.getString("queue"));
        act(me, "reset", 0, "alpha-recall-1");
    }

    @Test
    void aResetCardStaysNewWhenTheSchedulerIsSwitchedAndItsLaterGradesAloneAreReplayed() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 4, null);
        me.grade("alpha-recall-2", 0, 4, null);
        act(me, "reset", 2, "alpha-recall-1", "alpha-recall-2");
        JsonPath shown = me.nextCard();
        assertEquals("alpha-recall-1", shown.getString("card.id"));
        me.grade("alpha-recall-1", shown.getInt("state.version"), 1, null);
        me.put("/api/me/settings", "{\"dayStartHour\":4,\"newCardsPerDay\":10,\"scheduler\":\"fsrs\"}").then()
                .statusCode(200);
        me.get("/api/browse?q=is:new alpha-recall-2").then().body("id", contains("alpha-recall-2"));
        // replayed from the Again after the reset only: due tomorrow, not after the Easy before it
        me.get("/api/practice/cards/alpha-recall-1").then().body("state.repetitions", equalTo(0))
                .body("state.lapses", equalTo(0));
    }

    @Test
    void aBadActionCardOrSearchIsA400NamingTheFieldAndChangesNothing() {
        Api.Learner me = Api.newLearner();
        me.post("/api/browse/actions", "{\"action\":\"delete\",\"cardIds\":[\"alpha-exact\"]}").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("action"));
        me.post("/api/browse/actions", "{\"action\":\"suspend\",\"cardIds\":[\"alpha-exact\",\"nope\"]}").then()
                .statusCode(400).body("detail", containsString("cardIds[1]"));
        me.post("/api/browse/actions", "{\"action\":\"suspend\",\"cardIds\":[]}").then().statusCode(400)
                .body("detail", containsString("cardIds"));
        me.get("/api/browse?q=is:sleepy").then().statusCode(400).body("detail", containsString("q"));
        me.get("/api/browse?state=sleepy").then().statusCode(400).body("detail", containsString("state"));
        me.get("/api/browse?q=is:suspended").then().body("id", empty());
    }
}
