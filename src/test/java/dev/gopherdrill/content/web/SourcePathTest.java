package dev.gopherdrill.content.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The cards are read from a folder outside the working directory, as a deployment would
 * keep them (/srv/..., a volume): every page and API answer names a card's source as
 * {@code content/decks/alpha.en.md:5} and never shows the server's absolute path.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(SourcePathTest.ContentOutsideTheRepository.class)
public class SourcePathTest {

    private static final Path CONTENT = copyOfTheFixtureContent();

    public static class ContentOutsideTheRepository implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gopherdrill.content.dir", CONTENT.toString());
        }
    }

    /** src/test/content copied to a fresh temporary folder named {@code content}. */
    public static Path copyOfTheFixtureContent() {
        try {
            Path to = Files.createTempDirectory("gd-source-path").resolve("content");
            Path from = Path.of("src/test/content");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Files.copy(p, to.resolve(from.relativize(p).toString()));
                }
            }
            return to.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noPageAndNoApiAnswerShowsTheServersPathToTheCards() {
        Api.Learner me = Api.newLearner();
        String id = me.nextCard().getString("card.id");
        me.grade(id, 0, 3, null);
        long quiz = me.post("/api/quizzes", "{\"size\":10,\"which\":\"all\"}").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String secret = CONTENT.getParent().toString();
        List<String> paths = List.of("/practice", "/practice/cards/alpha-recall-1/info", "/cards/alpha-recall-1",
                "/cards/alpha-choice", "/authors", "/browse", "/quiz", "/api/practice/next",
                "/api/practice/cards/alpha-recall-1", "/api/content/problems", "/api/quizzes/" + quiz, "/quiz/" + quiz,
                "/api/me/export");
        for (String path : paths) {
            String body = given().cookies(me.cookies()).get(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains(secret), path + " shows the server's path " + secret);
            assertFalse(body.contains(CONTENT.toString()), path + " shows the server's path " + CONTENT);
        }
        me.get("/api/practice/cards/alpha-recall-1").then().body("card.source", equalTo("content/decks/alpha.en.md:5"));
        given().cookies(me.cookies()).get("/cards/alpha-recall-1").then()
                .body(containsString("content/decks/alpha.en.md:5"));
        String problems = me.get("/api/content/problems").then().extract().asString();
        assertTrue(problems.contains("\"content/decks/alpha.en.md:"), problems);
    }

    @Test
    void cardInfoShowsTheLearnersStateAndEachReviewWithItsButton() {
        Api.Learner me = Api.newLearner();
        me.grade("alpha-recall-1", 0, 3, null);
        given().cookies(me.cookies()).get("/practice/cards/alpha-recall-1/info").then().statusCode(200)
                .body(containsString("<code id=\"info-source\">content/decks/alpha.en.md:5</code>"))
                .body(containsString("<dd id=\"info-repetitions\">1</dd>"))
                .body(containsString("<dd id=\"info-interval\">1</dd>"))
                .body(containsString("<dd id=\"info-ease\">2.50</dd>"))
                .body(containsString("<dd id=\"info-lapses\">0</dd>"))
                .body(containsString("<td>Good</td>"));
        given().cookies(me.cookies()).cookie("lang", "zh").get("/practice/cards/alpha-recall-1/info").then()
                .body(containsString("连续答对次数")).body(containsString("<td>良好</td>"));
    }
}
