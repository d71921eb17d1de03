package dev.gopherdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.stats.Statistics.Activity;
import dev.gopherdrill.stats.Statistics.Bucket;
import dev.gopherdrill.stats.Statistics.ButtonPresses;
import dev.gopherdrill.stats.Statistics.DayActivity;
import dev.gopherdrill.stats.Statistics.DeckState;
import dev.gopherdrill.stats.Statistics.DueDay;
import dev.gopherdrill.stats.Statistics.FirstReviews;
import dev.gopherdrill.stats.Statistics.Forecast;
import dev.gopherdrill.stats.Statistics.Rate;
import dev.gopherdrill.stats.Statistics.RetentionReport;
import dev.gopherdrill.stats.Statistics.Scheduled;

class StatisticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static final List<DeckState> DECKS = List.of(
            new DeckState("alpha", "Alpha", 10, 2, 1, 3, 4, 1, 3, 2, 0),
            new DeckState("beta", "Beta", 5, 5, 0, 0, 1, 0, 1, 2, 1));

    /**
     * The first reviews of the day, as written out:
     * <pre>
     * day         deck   young/mature  passed/total
     * 2026-03-15  alpha  young         1/2     today
     * 2026-03-10  alpha  mature        3/3     this week
     * 2026-02-20  beta   young         0/1     the last 30 days (from 02-14)
     * 2025-04-02  beta   mature        2/4     the last 365 days (from 2025-03-16), month 2025-04
     * 2025-03-10  alpha  young         5/5     too old for everything
     * </pre>
     */
    private static final List<FirstReviews> FIRST = List.of(
            new FirstReviews(LocalDate.of(2026, 3, 15), "alpha", false, 1, 2),
            new FirstReviews(LocalDate.of(2026, 3, 10), "alpha", true, 3, 3),
            new FirstReviews(LocalDate.of(2026, 2, 20), "beta", false, 0, 1),
            new FirstReviews(LocalDate.of(2025, 4, 2), "beta", true, 2, 4),
            new FirstReviews(LocalDate.of(2025, 3, 10), "alpha", false, 5, 5));

    @Test
    void retentionPerPeriodCountsOnlyTheFirstReviewsInsideThePeriodSplitYoungAndMature() {
        RetentionReport r = Statistics.retention(FIRST, DECKS, TODAY);
        assertEquals(List.of("today", "week", "month", "year"), r.periods().stream().map(p -> p.key()).toList());
        assertEquals(new Rate(1, 2, .5), r.periods().get(0).young());
        assertEquals(new Rate(0, 0, null), r.periods().get(0).mature());
        assertEquals(new Rate(4, 5, .8), r.periods().get(1).all());
        assertEquals(new Rate(1, 3, 1 / 3.0), r.periods().get(2).young());
        assertEquals(new Rate(3, 3, 1.0), r.periods().get(2).mature());
        assertEquals(new Rate(5, 7, 5 / 7.0), r.periods().get(3).mature());
        assertEquals(new Rate(6, 10, .6), r.periods().get(3).all());
    }

    @Test
    void retentionPerDeckCoversTheLastYearAndKeepsADeckWithoutReviews() {
        RetentionReport r = Statistics.retention(FIRST.subList(0, 3), DECKS, TODAY);
        assertEquals(List.of("alpha", "beta"), r.decks().stream().map(d -> d.key()).toList());
        assertEquals(new Rate(1, 2, .5), r.decks().get(0).young());
        assertEquals(new Rate(3, 3, 1.0), r.decks().get(0).mature());
        assertEquals(new Rate(0, 1, 0.0), r.decks().get(1).young());
        assertEquals(new Rate(0, 0, null), r.decks().get(1).mature());
        assertEquals(new Rate(0, 0, null), Statistics.retention(List.of(), DECKS, TODAY).decks().get(1).all());
    }

    @Test
    void retentionPerMonthIsTheTwelveCalendarMonthsEndingWithThisOne() {
        RetentionReport r = Statistics.retention(FIRST, DECKS, TODAY);
        assertEquals(12, r.months().size());
        assertEquals("2025-04", r.months().get(0).key());
        assertEquals("2026-03", r.months().get(11).key());
        assertEquals(new Rate(2, 4, .5), r.months().get(0).mature());
        assertEquals(new Rate(0, 1, 0.0), r.months().get(10).all());
        assertEquals(new Rate(4, 5, .8), r.months().get(11).all());
    }

    @ParameterizedTest(name = "on {0} the retention rows start on {1}")
    @CsvSource(textBlock = """
            2026-03-15, 2025-03-16
            2026-12-31, 2026-01-01
            2028-12-31, 2028-01-01
            """)
    void theRetentionQueryReachesBackAYearOrTwelveMonthsWhicheverIsEarlier(LocalDate today, LocalDate from) {
        assertEquals(from, Statistics.retentionFrom(today));
    }

    @Test
    void activityHasEveryDayOfTheYearWithZerosAndTheFirstBusiestDay() {
        Activity a = Statistics.heatmap(List.of(new DayActivity(TODAY, 4, 60_000),
                new DayActivity(TODAY.minusDays(10), 7, 1000), new DayActivity(TODAY.minusDays(3), 7, 0),
                new DayActivity(TODAY.minusDays(365), 50, 0)), TODAY);
        assertEquals(365, a.days().size());
        assertEquals(TODAY.minusDays(364), a.from());
        assertEquals(18, a.reviews());
        assertEquals(3, a.activeDays());
        assertEquals(61_000, a.timeMs());
        assertEquals(TODAY.minusDays(10), a.busiest().day());
        assertEquals(0, a.days().get(0).reviews());
        Activity empty = Statistics.recent(List.of(), TODAY);
        assertEquals(30, empty.days().size());
        assertNull(empty.busiest());
    }

    @Test
    void theForecastHasThirtyDaysFromTodayAndTheLoadIsTheSumOfOneOverTheInterval() {
        Forecast f = Statistics.forecast(List.of(new DueDay(TODAY, 3), new DueDay(TODAY.plusDays(29), 2)),
                List.of(new Scheduled(1, 250, 2), new Scheduled(4, 250, 2), new Scheduled(10, 230, 1)), TODAY);
        assertEquals(30, f.days().size());
        assertEquals(TODAY, f.days().get(0).day());
        assertEquals(3, f.days().get(0).cards());
        assertEquals(2, f.days().get(29).cards());
        assertEquals(5, f.total());
        assertEquals(2 / 1.0 + 2 / 4.0 + 1 / 10.0, f.dailyLoad(), 1e-9);
    }

    @Test
    void intervalsAndEaseFallIntoTheBucketWhoseBoundsHoldThem() {
        List<Scheduled> s = List.of(new Scheduled(1, 130, 1), new Scheduled(2, 149, 1), new Scheduled(5, 250, 3),
                new Scheduled(21, 250, 1), new Scheduled(400, 300, 2));
        List<Bucket> iv = Statistics.intervals(s);
        assertEquals(new Bucket(1, 1, 1), iv.get(0));
        assertEquals(new Bucket(2, 2, 1), iv.get(1));
        assertEquals(new Bucket(3, 6, 3), iv.get(2));
        assertEquals(new Bucket(21, 44, 1), iv.get(5));
        assertEquals(new Bucket(365, null, 2), iv.get(9));
        List<Bucket> ease = Statistics.ease(s);
        assertEquals(new Bucket(130, 149, 2), ease.get(0));
        assertEquals(new Bucket(250, 269, 4), ease.get(6));
        assertEquals(new Bucket(270, null, 2), ease.get(7));
        assertEquals(8, ease.stream().mapToLong(Bucket::cards).sum());
    }

    @Test
    void answerButtonsAreSplitYoungAndMatureAndARatingOutsideOneToFourIsRefused() {
        Statistics.Buttons b = Statistics.buttons(List.of(new ButtonPresses(false, 1, 2), new ButtonPresses(false, 3, 5),
                new ButtonPresses(true, 3, 7), new ButtonPresses(true, 4, 1)));
        assertEquals(List.of(2L, 0L, 5L, 0L), b.young());
        assertEquals(List.of(0L, 0L, 7L, 1L), b.mature());
        assertThrows(IllegalArgumentException.class, () -> Statistics.buttons(List.of(new ButtonPresses(true, 5, 1))));
    }

    @Test
    void cardCountsAddUpTheDecksAndMasteryIsTheMatureShareOfEachDeck() {
        Statistics.CardCounts c = Statistics.cardCounts(DECKS);
        assertEquals(new Statistics.CardCounts(5, 1, 4, 4, 1), c);
        assertEquals(15, c.total());
        List<Statistics.DeckMastery> m = Statistics.mastery(DECKS);
        assertEquals(.2, m.get(0).share(), 1e-9);
        assertEquals(.4, m.get(1).share(), 1e-9);
        assertEquals(0, new DeckState("x", "X", 0, 0, 0, 0, 0, 0, 0, 0, 0).mastery());
    }
}
