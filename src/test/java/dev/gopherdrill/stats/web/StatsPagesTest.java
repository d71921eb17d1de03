package dev.gopherdrill.stats.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The pictures of {@code /stats} and the rows of {@code /decks} say the numbers worked out by
 * hand in {@link StatsApiTest}'s table: the page is read as HTML, the SVG's titles are the numbers.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StatsPagesTest {

    @Inject
    DataSource ds;

    private static String page(Api.Learner me, String path, String lang) {
        return given().cookies(me.cookies()).cookie("lang", lang).get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void theStatisticsPictureEachNumberOfTheSeededLogInTheirTitles() throws Exception {
        Api.Learner me = StatsApiTest.seeded(ds);
        LocalDate t = LocalDate.parse(StatsApiTest.stats(me).getString("today"));
        String html = page(me, "/stats", "en");
        assertTrue(html.contains("data-day=\"" + t + "\" data-reviews=\"7\"><title>" + t + ": 7 reviews</title>"),
                "today's heatmap cell: 7 rows not undone");
        assertTrue(html.contains("<title>" + t.minusDays(3) + ": 2 reviews</title>"));
        assertTrue(html.contains("<title>" + t.minusDays(1) + ": 0 reviews</title>"));
        assertTrue(html.contains("<title>Last 30 days · Young: 50% (1/2)</title>"), "young 1 of 2 passed");
        assertTrue(html.contains("<title>Last 30 days · Mature: 100% (2/2)</title>"));
        assertTrue(html.contains("<title>Last 365 days · Young: 33% (1/3)</title>"));
        assertTrue(html.contains("Last 30 days: 75% of first reviews passed (3 of 4)"), "the summary line");
        assertTrue(html.contains("<title>Again · Young: 2 (40%)</title>"), "2 of 5 young presses were Again");
        assertTrue(html.contains("<title>Hard · Mature: 1 (33%)</title>"));
        assertTrue(html.contains("<title>" + t + ": 1 due</title>") && html.contains("<title>" + t.plusDays(5) + ": 1 due</title>"));
        assertTrue(html.contains("3 reviews due in the next 30 days (overdue ones not counted); daily load about 1.3 a day."));
        assertTrue(html.contains("<title>Mature: 2 (33%)</title>"), "card counts: 2 of 6 mature");
        assertTrue(html.contains("<title>21–44 d: 2 (50%)</title>"), "two of four scheduled cards at 21–44 days");
        assertTrue(html.contains("<title>230–249%: 1 (25%)</title>"), "the 2.36 ease");
        assertTrue(html.contains("<title>Alpha: 33% (2/6)</title>"), "mastery of the fixture deck");
        assertTrue(html.contains("<title>" + t + ": 1 min</title>"), "66 s today round to 1 min");
        assertEquals("1", between(html, "id=\"stats-streak\">", "<"));
        assertEquals("10", between(html, "id=\"stats-reviews\">", "<"));
        assertTrue(html.contains("id=\"heatmap-svg\" class=\"stats-svg\" viewBox=\"0 0 400 "));
        assertTrue(html.contains("role=\"img\" aria-label=\"Reviews in the last 365 days\""));
        assertTrue(!html.contains("id=\"stats-empty\""));
    }

    @Test
    void theStatisticsSpeakChineseWithTheChineseSwitch() throws Exception {
        Api.Learner me = StatsApiTest.seeded(ds);
        LocalDate t = LocalDate.parse(StatsApiTest.stats(me).getString("today"));
        String html = page(me, "/stats", "zh");
        assertTrue(html.contains("<title>" + t + ": 7 次复习</title>"));
        assertTrue(html.contains("最近 30 天：首次复习通过率 75%（3 / 4）"));
        assertTrue(html.contains("<title>重来 · 新近: 2 (40%)</title>"));
    }

    @Test
    void aNewAccountSeesEmptyStatesInsteadOfEmptyPictures() {
        Api.Learner me = Api.newLearner();
        String html = page(me, "/stats", "en");
        assertTrue(html.contains("id=\"stats-empty\""));
        assertTrue(html.contains("No reviews in the last 365 days."));
        assertTrue(html.contains("No scheduled reviews yet"));
        assertTrue(!html.contains("id=\"heatmap-svg\""), "no heatmap of zeros");
        assertTrue(html.contains("id=\"cards-svg\""), "the card counts still show the new cards");
        assertTrue(html.contains("6 cards: 6 new, 0 learning, 0 young, 0 mature, 0 suspended."));
    }

    @Test
    void theDeckOverviewShowsEachDecksQueueMasteryAndItsQuizLink() throws Exception {
        Api.Learner me = StatsApiTest.seeded(ds);
        String html = page(me, "/decks", "en");
        String row = between(html, "data-deck=\"alpha\">", "</li>");
        assertEquals("1", between(row, "data-count=\"new\">", "<"));
        assertEquals("1", between(row, "data-count=\"learning\">", "<"));
        assertEquals("2", between(row, "data-count=\"due\">", "<"));
        assertEquals("33%", between(row, "data-mastery>", "<"));
        assertTrue(row.contains("href=\"/quiz?deck=alpha\""));
        assertTrue(row.contains("aria-label=\"Mastery of Alpha: 33% of its cards are mature (2 of 6)\""));
        assertTrue(row.contains("width=\"33.3\""), "the meter is a third full");
        assertTrue(page(me, "/decks", "zh").contains(">测验这个卡组</a>"));
        given().cookies(Api.newLearner().cookies()).get("/decks").then().statusCode(200)
                .body(containsString("data-count=\"new\">6<")).body(containsString("data-mastery>0%<"));
    }

    @Test
    void theNavigationLeadsToDecksAndStats() {
        given().cookies(Api.newLearner().cookies()).get("/").then().statusCode(200)
                .body(containsString("<a href=\"/decks\">Decks</a>")).body(containsString("<a href=\"/stats\">Stats</a>"));
    }

    @Test
    void thePagesNeedASignedInLearner() {
        given().redirects().follow(false).get("/stats").then().statusCode(302)
                .header("Location", containsString("/login")).body(not(containsString("stats-svg")));
    }

    private static String between(String s, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(s);
        assertTrue(m.find(), "no " + start);
        return m.group(1).strip();
    }
}
