package dev.gopherdrill.content.store;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.content.ContentDirectory;
import dev.gopherdrill.content.ContentSet;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ContentSyncTest {

    @Inject
    ContentSync sync;

    @Test
    void aMalformedCardIsListedWithItsFileAndLineAndTheOthersLoad() {
        io.restassured.RestAssured.get("/api/content/problems").then().statusCode(200)
                .body("", hasItem("src/test/content/decks/alpha.en.md:90: unknown kind \"essay\"; "
                        + "expected recall, choice, exact, predict or sim"));
        io.restassured.RestAssured.get("/api/content/decks").then()
                .body("[0].id", equalTo("alpha")).body("[0].titles.zh", equalTo("阿尔法")).body("[0].cards", equalTo(6));
    }

    @Test
    void editingRemovingAndRestoringACardNeverTouchesReviewHistory() {
        Api.Learner me = Api.newLearner();
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-exact\",\"version\":0,\"rating\":3,\"answer\":\"6\"}").then().statusCode(200);
        long logRows = QuarkusTransaction.requiringNew().call(() -> count());

        ContentSet original = ContentDirectory.read(Path.of("src/test/content"));
        try {
            // the exact card's text changes, and the first recall card disappears from content/
            Map<String, String> files = new java.util.TreeMap<>();
            files.put("src/test/content/decks/alpha.en.md", read("alpha.en.md")
                    .replace("has which capacity?", "has which capacity, exactly?")
                    .replace("id: alpha-recall-1\n", "id: alpha-recall-1-gone\n"));
            files.put("src/test/content/decks/alpha.zh.md", read("alpha.zh.md"));
            sync.sync(ContentSet.of(files));

            me.get("/api/practice/cards/alpha-exact").then().body("history", hasSize(1))
                    .body("card.prompt", org.hamcrest.Matchers.containsString("exactly?"));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> CardEntity.<CardEntity>findById("alpha-recall-1").retired));
            assertEquals(logRows, QuarkusTransaction.requiringNew().call(() -> count()));
        } finally {
            sync.sync(original);
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> !CardEntity.<CardEntity>findById("alpha-recall-1").retired));
        me.get("/api/practice/cards/alpha-exact").then().body("history", hasSize(1))
                .body("state.version", equalTo(1));
    }

    @Test
    void movingReorderingRetiringAndChangingKindKeepHistory() {
        Api.Learner me = Api.newLearner();
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":3}").then().statusCode(200);
        me.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-2\",\"version\":0,\"rating\":4}").then().statusCode(200);
        ContentSet original = ContentDirectory.read(Path.of("src/test/content"));
        String en = read("alpha.en.md");
        String recall2 = en.substring(en.indexOf("## Second recall card"), en.indexOf("## A choice card"));
        try {
            // alpha-recall-2 moves to a new deck file, after everything else; alpha-recall-1 is retired
            Map<String, String> moved = new java.util.TreeMap<>();
            moved.put("src/test/content/decks/alpha.en.md", en.replace(recall2, "")
                    .replace("follow-ups: [alpha-recall-2]\n", "retired: true\n"));
            moved.put("src/test/content/decks/beta.en.md", "# Beta\n\n" + recall2);
            sync.sync(ContentSet.of(moved));
            me.get("/api/practice/cards/alpha-recall-2").then().body("history", hasSize(1))
                    .body("card.source", equalTo("src/test/content/decks/beta.en.md:3"))
                    .body("state.interval", equalTo(1)).body("state.version", equalTo(1));
            me.get("/api/practice/cards/alpha-recall-1").then().body("history", hasSize(1));
            QuarkusTransaction.requiringNew().run(() -> assertTrue(CardEntity.<CardEntity>findById("alpha-recall-1").retired));
            me.get("/api/practice/overview").then().body("totalCards", equalTo(5));

            // a new kind restarts the schedule; the log keeps the answer given to the old kind
            Map<String, String> rekinded = new java.util.TreeMap<>();
            rekinded.put("src/test/content/decks/alpha.en.md", en.replace("id: alpha-recall-2\nkind: recall",
                    "id: alpha-recall-2\nkind: exact").replace("### Answer\nFour.", "### Accept\n- 4"));
            sync.sync(ContentSet.of(rekinded));
            me.get("/api/practice/cards/alpha-recall-2").then().body("history", hasSize(1))
                    .body("state.interval", equalTo(0)).body("state.due", equalTo(null))
                    .body("state.version", equalTo(2)).body("card.kind", equalTo("exact"));
        } finally {
            sync.sync(original);
        }
        me.get("/api/practice/cards/alpha-recall-1").then().body("history", hasSize(1)).body("state.interval", equalTo(1));
    }

    private static long count() {
        return dev.gopherdrill.practice.store.ReviewLogEntity.count();
    }

    private static String read(String name) {
        try {
            return java.nio.file.Files.readString(Path.of("src/test/content/decks", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
