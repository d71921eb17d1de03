package dev.gopherdrill.practice.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.slices.GrowSlice;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * A sim card in daily practice: its prompt is filled from a fresh question, the answer
 * accepted is the one for the question shown, the trace comes with the verdict, and the
 * grade is scheduled like any card's.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SimCardPracticeTest {

    private static final Pattern SHOWN = Pattern.compile("make\\(\\[\\]int64, (\\d+), (\\d+)\\)</code>, then <code>append</code> (\\d+) more");

    @Inject
    TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void resetClock() {
        clock.reset();
    }

    /** Skips the fixture's other new cards, so the sim card is next. */
    private static JsonPath reachSimCard(Api.Learner me) {
        for (int i = 0; i < 10; i++) {
            JsonPath n = me.nextCard();
            if (n.getString("card.id").equals("alpha-sim")) {
                return n;
            }
            me.post("/api/practice/cards/" + n.getString("card.id") + "/bury",
                    "{\"version\":" + n.getInt("state.version") + "}").then().statusCode(200);
        }
        throw new AssertionError("alpha-sim never came up");
    }

    /** The cap Go gives for the question in the prompt, worked out from the prompt's own numbers. */
    private static String capFor(String prompt) {
        Matcher m = SHOWN.matcher(prompt);
        assertTrue(m.find(), prompt);
        long len = Long.parseLong(m.group(1));
        long cap = Long.parseLong(m.group(2));
        return Long.toString(GrowSlice.append(new GoVersion(1, 19), 8, len, cap, Long.parseLong(m.group(3))).cap());
    }

    @Test
    void aChineseLearnersSimCardExplainsItsAnswerInChineseAndAcceptsTheSameAnswer() {
        Api.Learner me = Api.newLearner();
        me.put("/api/me/settings", "{\"locale\":\"zh\",\"timeZone\":\"UTC\",\"dayStartHour\":4,\"newCardsPerDay\":10}")
                .then().statusCode(200);
        reachSimCard(me);
        JsonPath checked = me.post("/api/practice/check", "{\"cardId\":\"alpha-sim\",\"answer\":\"0\"}").then()
                .statusCode(200).extract().jsonPath();
        String trace = String.join("\n", checked.getList("trace", String.class));
        assertTrue(trace.contains("底层数组") && trace.contains("growslice"), trace);
        assertTrue(!trace.contains("backing array") && !trace.contains("old elements"), trace);
        String right = checked.getString("expected");
        me.post("/api/practice/check", "{\"cardId\":\"alpha-sim\",\"answer\":\"" + right + "\"}").then()
                .statusCode(200).body("correct", equalTo(true));
    }

    @Test
    void aSimCardAsksTheQuestionItShowsAndExplainsTheAnswer() {
        Api.Learner me = Api.newLearner();
        JsonPath shown = reachSimCard(me);
        String prompt = shown.getString("card.prompt");
        assertEquals("sim", shown.getString("card.kind"));
        assertTrue(!prompt.contains("{"), "every placeholder is filled: " + prompt);
        assertEquals(prompt, reachSimCard(me).getString("card.prompt"), "a refresh shows the same question");

        String right = capFor(prompt);
        me.post("/api/practice/check", "{\"cardId\":\"alpha-sim\",\"answer\":\"" + right + "\"}").then().statusCode(200)
                .body("correct", equalTo(true)).body("expected", equalTo(right))
                .body("trace", hasItem(containsString("growslice")));
        me.post("/api/practice/check", "{\"cardId\":\"alpha-sim\",\"answer\":\"" + (Long.parseLong(right) + 1) + "\"}")
                .then().body("correct", equalTo(false));

        me.grade("alpha-sim", shown.getInt("state.version"), 3, right);
        me.get("/api/practice/cards/alpha-sim").then()
                .body("history[0].correct", equalTo(true)).body("history[0].answer", equalTo(right))
                .body("state.interval", equalTo(1));

        // due again tomorrow with the next version of the state: the answer follows the new question
        clock.advance(Duration.ofDays(1));
        JsonPath again = reachSimCard(me);
        assertEquals("review", again.getString("queue"));
        String next = capFor(again.getString("card.prompt"));
        me.post("/api/practice/check", "{\"cardId\":\"alpha-sim\",\"answer\":\"" + next + "\"}").then()
                .body("correct", equalTo(true));
    }

    @Test
    void theCardPageShowsTheFilledPromptInTheLearnersLanguage() {
        Api.Learner me = Api.newLearner();
        java.util.Map<String, Object> settings = new java.util.HashMap<>(me.get("/api/me").then().extract().path("settings"));
        settings.put("locale", "zh");
        me.req().contentType("application/json").body(settings).put("/api/me/settings").then().statusCode(200);
        me.get("/api/practice/cards/alpha-sim").then().statusCode(200)
                .body("card.prompt", containsString("再 <code>append</code>"))
                .body("card.prompt", not(containsString("{add}")));
    }
}
