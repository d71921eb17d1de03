package dev.gopherdrill.content;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
                .body("", hasItem("src/test/content/decks/alpha.en.md:88: unknown kind \"essay\"; "
                        + "expected recall, choice, exact or predict"));
        io.restassured.RestAssured.get("/api/content/decks").then()
                .body("[0].id", equalTo("alpha")).body("[0].titles.zh", equalTo("阿尔法")).body("[0].cards", equalTo(5));
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
        assertEquals(List.of(), List.of());
    }

    private static long count() {
        return dev.gopherdrill.practice.ReviewLogEntity.count();
    }

    private static String read(String name) {
        try {
            return java.nio.file.Files.readString(Path.of("src/test/content/decks", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
