package dev.gopherdrill.stats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.stats.store.StatsSeed;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * {@code /api/stats} and {@code /api/decks} on a history written straight into the database, with
 * every expected number worked out by hand from the table in {@link #seed}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StatsApiTest {

    @Inject
    DataSource ds;

    /**
     * The history, T = the learner's today:
     * <pre>
     *  #  day    card            kind       button  interval before  time    note
     *  1  T      alpha-recall-1  review     Good    30 (mature)      1 s     first of the day: mature pass
     *  2  T      alpha-recall-1  review     Again   30               1 s     second of the day: not in retention
     *  3  T      alpha-recall-2  review     Again    5 (young)       1 s     young fail
     *  4  T      alpha-choice    review     Easy     3               1 s     young pass
     *  5  T      alpha-exact     review     Hard    25               1 s     undone: counts nowhere
     *  6  T      alpha-exact     review     Hard    25               1 s     mature pass
     *  7  T      alpha-predict   quiz       Again   10               60 s    activity only
     *  8  T      alpha-recall-2  drill      Good     1               1 s     buttons (young) and activity
     *  9  T-3    alpha-predict   new        Good     0               1 s     buttons (young) and activity
     * 10  T-3    alpha-recall-1  interview  Again   30               none    activity only
     * 11  T-40   alpha-choice    review     Again    2               1 s     young fail, in the year only
     * 12  T-400  alpha-sim       review     Good    50               1 s     older than a year: nowhere
     * </pre>
     * Retention today, this week and this month: young 1/2, mature 2/2, together 3/4; this year
     * young 1/3 and 3/5 together. Buttons young Again 2 (#3, #11), Good 2 (#8, #9), Easy 1 (#4);
     * mature Again 1 (#2), Hard 1 (#6), Good 1 (#1). Activity: T 7 rows, 66 s; T-3 2 rows; T-40 1.
     * <p>
     * The state: recall-1 mature (30 d, due T+5), recall-2 learning (1 d, repeating, due T+1), choice
     * young (4 d, ease 2.36, due T), exact mature (25 d, overdue since T-2), predict suspended
     * (10 d, due T+3), sim new.
     */
    private static void seed(StatsSeed s, LocalDate t) throws Exception {
        s.log(t, "alpha-recall-1", "review", 3, 30, 1000, false)
                .log(t, "alpha-recall-1", "review", 1, 30, 1000, false)
                .log(t, "alpha-recall-2", "review", 1, 5, 1000, false)
                .log(t, "alpha-choice", "review", 4, 3, 1000, false)
                .log(t, "alpha-exact", "review", 2, 25, 1000, true)
                .log(t, "alpha-exact", "review", 2, 25, 1000, false)
                .log(t, "alpha-predict", "quiz", 1, 10, 60_000, false)
                .log(t, "alpha-recall-2", "drill", 3, 1, 1000, false)
                .log(t.minusDays(3), "alpha-predict", "new", 3, 0, 1000, false)
                .log(t.minusDays(3), "alpha-recall-1", "interview", 1, 30, null, false)
                .log(t.minusDays(40), "alpha-choice", "review", 1, 2, 1000, false)
                .log(t.minusDays(400), "alpha-sim", "review", 3, 50, 1000, false);
        s.state("alpha-recall-1", 30, "2.50", t.plusDays(5), false, false)
                .state("alpha-recall-2", 1, "2.50", t.plusDays(1), true, false)
                .state("alpha-choice", 4, "2.36", t, false, false)
                .state("alpha-exact", 25, "2.50", t.minusDays(2), false, false)
                .state("alpha-predict", 10, "2.50", t.plusDays(3), false, true);
    }

    static Api.Learner seeded(DataSource ds) throws Exception {
        Api.Learner me = Api.newLearner();
        LocalDate today = LocalDate.parse(stats(me).getString("today"));
        try (StatsSeed s = new StatsSeed(ds, me.username())) {
            seed(s, today);
        }
        return me;
    }

    static JsonPath stats(Api.Learner learner) {
        return learner.get("/api/stats").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void trueRetentionCountsTheFirstReviewOfEachCardEachDayYoungAndMatureApart() throws Exception {
        JsonPath s = stats(seeded(ds));
        for (int period = 0; period < 3; period++) {
            String p = "retention.periods[" + period + "].";
            assertEquals(List.of(1, 2, 2, 2, 3, 4), List.of(s.getInt(p + "young.passed"), s.getInt(p + "young.total"),
                    s.getInt(p + "mature.passed"), s.getInt(p + "mature.total"), s.getInt(p + "all.passed"),
                    s.getInt(p + "all.total")), p);
        }
        assertEquals(0.75, s.getDouble("retention.periods[0].all.rate"), 1e-9);
        assertEquals(List.of("today", "week", "month", "year"), s.getList("retention.periods.key"));
        assertEquals(3, s.getInt("retention.periods[3].all.passed"));
        assertEquals(5, s.getInt("retention.periods[3].all.total"));
        assertEquals(3, s.getInt("retention.periods[3].young.total"));
        assertEquals("alpha", s.getString("retention.decks[0].key"));
        assertEquals(3, s.getInt("retention.decks[0].young.total"));
        assertEquals(2, s.getInt("retention.decks[0].mature.passed"));
        int months = s.getList("retention.months").size();
        assertEquals(12, months);
        assertEquals(4, s.getInt("retention.months[11].all.total"));
    }

    @Test
    void answerButtonsCountPracticeGradesOnlyAndActivityCountsEveryRowNotUndone() throws Exception {
        JsonPath s = stats(seeded(ds));
        assertEquals(List.of(2, 0, 2, 1), s.getList("buttons.young"));
        assertEquals(List.of(1, 1, 1, 0), s.getList("buttons.mature"));
        LocalDate t = LocalDate.parse(s.getString("today"));
        assertEquals(10, s.getInt("heatmap.reviews"));
        assertEquals(3, s.getInt("heatmap.activeDays"));
        assertEquals(365, s.getList("heatmap.days").size());
        assertEquals(7, s.getInt("heatmap.days.find { it.day == '" + t + "' }.reviews"));
        assertEquals(66_000, s.getInt("heatmap.days.find { it.day == '" + t + "' }.timeMs"));
        assertEquals(2, s.getInt("heatmap.days.find { it.day == '" + t.minusDays(3) + "' }.reviews"));
        assertEquals(t.toString(), s.getString("heatmap.busiest.day"));
        assertEquals(30, s.getList("recent.days").size());
        assertEquals(9, s.getInt("recent.reviews"), "T-40 is outside the last 30 days");
        assertEquals(1, s.getInt("streak"), "today, but not yesterday");
        assertEquals(false, s.getBoolean("empty"));
    }

    @Test
    void cardCountsForecastIntervalsEaseAndMasteryComeFromTheReviewState() throws Exception {
        JsonPath s = stats(seeded(ds));
        assertEquals(List.of(1, 1, 1, 2, 1), List.of(s.getInt("cards.newCards"), s.getInt("cards.learning"),
                s.getInt("cards.young"), s.getInt("cards.mature"), s.getInt("cards.suspended")));
        assertEquals(30, s.getList("forecast.days").size());
        assertEquals(3, s.getInt("forecast.total"), "due today, T+1 and T+5; the overdue and the suspended card not");
        assertEquals(List.of(1, 1, 0, 0, 0, 1), s.getList("forecast.days.cards").subList(0, 6));
        assertEquals(1 / 30.0 + 1 / 1.0 + 1 / 4.0 + 1 / 25.0, s.getDouble("forecast.dailyLoad"), 1e-6);
        assertEquals(List.of(1, 0, 1, 0, 0, 2, 0, 0, 0, 0), s.getList("intervals.cards"));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 3, 0), s.getList("ease.cards"));
        assertEquals(2, s.getInt("mastery[0].mature"));
        assertEquals(6, s.getInt("mastery[0].cards"));
        assertEquals(1 / 3.0, s.getDouble("mastery[0].share"), 1e-6);
    }

    @Test
    void theDeckOverviewCountsWhatPractisingWouldShowNow() throws Exception {
        JsonPath d = seeded(ds).get("/api/decks").then().statusCode(200).extract().jsonPath();
        assertEquals("alpha", d.getString("[0].deckId"));
        assertEquals(6, d.getInt("[0].cards"));
        assertEquals(1, d.getInt("[0].newNow"), "the sim card");
        assertEquals(1, d.getInt("[0].learningNow"), "recall-2 repeats until Good");
        assertEquals(2, d.getInt("[0].dueNow"), "choice due today and exact overdue");
    }

    @Test
    void anotherLearnersRowsNeverShow() throws Exception {
        Api.Learner me = seeded(ds);
        Api.Learner other = Api.newLearner();
        LocalDate t = LocalDate.parse(stats(other).getString("today"));
        try (StatsSeed s = new StatsSeed(ds, other.username())) {
            s.log(t, "alpha-sim", "review", 1, 40, 5000, false).state("alpha-sim", 40, "1.30", t.plusDays(2), false, false);
        }
        JsonPath mine = stats(me);
        assertEquals(10, mine.getInt("heatmap.reviews"));
        assertEquals(4, mine.getInt("retention.periods[0].all.total"));
        assertEquals(1, mine.getInt("cards.newCards"), "the other learner's sim card is still new for me");
        assertEquals(3, mine.getInt("forecast.total"));
        JsonPath theirs = stats(other);
        assertEquals(1, theirs.getInt("heatmap.reviews"));
        assertEquals(List.of(0, 0, 0, 0), theirs.getList("buttons.young"));
        assertEquals(List.of(1, 0, 0, 0), theirs.getList("buttons.mature"));
        assertEquals(0, theirs.getInt("retention.periods[0].all.passed"));
        assertEquals(1, theirs.getInt("retention.periods[0].mature.total"));
        assertEquals(1, theirs.getInt("cards.mature"));
        assertEquals(5, theirs.getInt("cards.newCards"));
        assertEquals(1, theirs.getInt("ease.cards[0]"));
    }

    @Test
    void aNewLearnerGetsEmptyStatisticsNotErrors() {
        JsonPath s = stats(Api.newLearner());
        assertTrue(s.getBoolean("empty"));
        assertEquals(0, s.getInt("heatmap.reviews"));
        assertNull(s.get("heatmap.busiest"));
        assertNull(s.get("retention.periods[3].all.rate"));
        assertEquals(6, s.getInt("cards.newCards"));
        assertEquals(0, s.getInt("forecast.total"));
        assertEquals(0, s.getInt("streak"));
    }

    @Test
    void statisticsNeedASignedInLearner() {
        io.restassured.RestAssured.given().get("/api/stats").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
