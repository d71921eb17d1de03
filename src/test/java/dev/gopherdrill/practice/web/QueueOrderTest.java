package dev.gopherdrill.practice.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The order of the daily queue over the shipped content (13 decks), which the fixture deck,
 * a single one, cannot show: new cards gathered round-robin across decks or deck by deck,
 * and the daily review limit.
 */
@QuarkusTest
@TestProfile(QueueOrderTest.ShippedContent.class)
@QuarkusTestResource(PostgresTestResource.class)
class QueueOrderTest {

    public static class ShippedContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gopherdrill.content.dir", "content");
        }
    }

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void dayOnesTenNewCardsComeOneFromEachDeckInTurnEasiestFirst() throws IOException {
        Api.Learner me = Api.newLearner();
        List<String> decks = me.get("/api/decks").then().statusCode(200).extract().jsonPath().getList("deckId");
        Map<String, List<String>> easiest = levelOneCardsInFileOrder(decks);

        List<JsonPath> shown = learnNewCards(me, 10);
        for (int i = 0; i < 10; i++) {
            String deck = decks.get(i);
            assertEquals(deck, shown.get(i).getString("card.deck"), "card " + i);
            assertEquals(easiest.get(deck).get(0), shown.get(i).getString("card.id"), "card " + i);
        }
    }

    @Test
    void theSecondRoundStartsAgainAtTheFirstDeckWithItsNextCard() throws IOException {
        Api.Learner me = Api.newLearner();
        settings(me, "\"newCardsPerDay\":15");
        List<String> decks = me.get("/api/decks").then().extract().jsonPath().getList("deckId");
        Map<String, List<String>> easiest = levelOneCardsInFileOrder(decks);

        List<JsonPath> shown = learnNewCards(me, 15);
        assertEquals(decks.get(decks.size() - 1), shown.get(decks.size() - 1).getString("card.deck"));
        JsonPath round2 = shown.get(decks.size());
        assertEquals(easiest.get(decks.get(0)).get(1), round2.getString("card.id"));
        assertEquals(easiest.get(decks.get(1)).get(1), shown.get(decks.size() + 1).getString("card.id"));
    }

    @Test
    void deckByDeckIntroducesTheFirstDecksCardsEasyLevelsFirstBeforeAnyOther() throws IOException {
        Api.Learner me = Api.newLearner();
        settings(me, "\"newCardOrder\":\"deck\"");
        List<String> decks = me.get("/api/decks").then().extract().jsonPath().getList("deckId");
        List<String> firstDeck = levelOneCardsInFileOrder(decks).get(decks.get(0));

        List<JsonPath> shown = learnNewCards(me, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(firstDeck.get(i), shown.get(i).getString("card.id"), "card " + i);
        }
    }

    @Test
    void aBadNewCardOrderOrReviewLimitIsA400NamingTheField() {
        Api.Learner me = Api.newLearner();
        me.put("/api/me/settings", "{\"dayStartHour\":4,\"newCardsPerDay\":10,\"newCardOrder\":\"random\"}").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("newCardOrder"));
        me.put("/api/me/settings", "{\"dayStartHour\":4,\"newCardsPerDay\":10,\"reviewsPerDay\":-1}").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("reviewsPerDay"));
        me.put("/api/me/settings", "{\"dayStartHour\":4,\"newCardsPerDay\":10,\"reviewsPerDay\":10000}").then()
                .statusCode(400).body("detail", containsString("reviewsPerDay"));
        me.get("/api/me").then().body("settings.newCardOrder", equalTo("interleaved"))
                .body("settings.reviewsPerDay", equalTo(200));
    }

    @Test
    void theReviewLimitHoldsBackDueReviewsBeyondItUntilTheNextDay() {
        Api.Learner me = Api.newLearner();
        settings(me, "\"newCardsPerDay\":5,\"reviewsPerDay\":2");
        learnNewCards(me, 5);

        clock.advance(Duration.ofDays(1));
        settings(me, "\"newCardsPerDay\":0,\"reviewsPerDay\":2");
        me.get("/api/practice/overview").then().body("dueToday", equalTo(2));
        for (int i = 0; i < 2; i++) {
            JsonPath due = me.nextCard();
            assertEquals("review", due.getString("queue"));
            me.grade(due.getString("card.id"), due.getInt("state.version"), 3, null);
        }
        me.get("/api/practice/next").then().statusCode(204);
        me.get("/api/practice/overview").then().body("dueToday", equalTo(0));

        // raising the limit shows the rest at once; the next day the rest are due anyway
        settings(me, "\"newCardsPerDay\":0,\"reviewsPerDay\":3");
        me.get("/api/practice/overview").then().body("dueToday", equalTo(1));
        settings(me, "\"newCardsPerDay\":0,\"reviewsPerDay\":0");
        me.get("/api/practice/next").then().statusCode(204);
        clock.advance(Duration.ofDays(1));
        settings(me, "\"newCardsPerDay\":0,\"reviewsPerDay\":200");
        me.get("/api/practice/overview").then().body("dueToday", equalTo(3));
    }

    private static void settings(Api.Learner me, String fields) {
        me.put("/api/me/settings", "{\"dayStartHour\":4," + (fields.contains("newCardsPerDay") ? "" : "\"newCardsPerDay\":10,")
                + fields + "}").then().statusCode(200);
    }

    /** Grades the next {@code n} cards Good, checking each is new; returns them as shown. */
    private static List<JsonPath> learnNewCards(Api.Learner me, int n) {
        List<JsonPath> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonPath next = me.nextCard();
            assertEquals("new", next.getString("queue"), "card " + i);
            shown.add(next);
            me.grade(next.getString("card.id"), next.getInt("state.version"), 3, null);
        }
        return shown;
    }

    /**
     * Each deck's level-1 cards in file order, read from the markdown itself rather than from
     * the trainer, so the expectation does not share the code under test.
     */
    private static Map<String, List<String>> levelOneCardsInFileOrder(List<String> decks) throws IOException {
        Map<String, List<String>> byDeck = new LinkedHashMap<>();
        for (String deck : decks) {
            List<String> ids = new ArrayList<>();
            String id = null;
            for (String line : Files.readAllLines(Path.of("content/decks", deck + ".en.md"))) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4).strip();
                } else if (line.strip().equals("level: 1") && id != null) {
                    ids.add(id);
                    id = null;
                }
            }
            byDeck.put(deck, ids);
        }
        return byDeck;
    }
}
