package dev.gopherdrill.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden histories for FSRS-6, recorded from the reference implementation.
 *
 * <p>Where the numbers come from: npm package {@code ts-fsrs} 5.4.2 ("v5.4.2 using FSRS-6.0",
 * default 21 weights), installed outside this repository. A 30-line script built
 * {@code new FSRSAlgorithm(generatorParameters({request_retention: r, enable_fuzz: false,
 * maximum_interval: 36500}))} and, for each sequence below, called its pure functions
 * {@code next_state(memory, t, grade)} (memory null for the first grade) and
 * {@code next_interval(stability, t)}, printing grade, t, stability, difficulty and interval.
 * No learning steps are involved, which is our model: one scheduling review per day, same-day
 * reviews with t = 0. "t" is the elapsed days since the previous grade; where the script
 * reviewed "on time" it used the previous interval.
 *
 * <p>ts-fsrs rounds intermediate values to 8 decimals; we do not, so stabilities and
 * difficulties are compared to a relative 1e-6, intervals exactly.
 */
class Fsrs6SchedulerTest {

    /** Sequence name and desired retention, then one line per grade: rating, t, S, D, interval. */
    private static final String GOLDEN = """
        onTimeGoods 0.9
          GOOD      0          2.3065  2.11810397     2
          GOOD      2     10.96433194  2.11121424    11
          GOOD     11     46.28021494   2.1043314    46
          GOOD     46    162.86219887  2.09745544   163
          GOOD    163    497.44720499  2.09058635   497
          GOOD    497   1345.52877622  2.08372413  1346
          GOOD   1346   3292.27963756  2.07686878  3292
        lapseAndRecovery 0.9
          GOOD      0          2.3065  2.11810397     2
          GOOD      2     10.96433194  2.11121424    11
          GOOD     11     46.28021494   2.1043314    46
          AGAIN    46      2.93258041  7.38997579     3
          GOOD      3      7.77822547  7.37781418     8
          GOOD      8     18.78163338  7.36566474    19
          HARD     19     32.46206553  8.23643386    32
          EASY     32     82.63930644  7.63236061    83
        sameDay 0.9
          AGAIN     0           0.212      6.4133     1
          AGAIN     0      0.08335672  8.80630447     1
          HARD      0      0.08335672  9.19279765     1
          GOOD      0      0.10314065  9.17883322     1
          GOOD      1      0.59167932  9.16488276     1
          AGAIN     0      0.21745067  9.71073101     1
          GOOD      1      0.69273132  9.69624865     1
          EASY      0      1.28276638  9.57997748     1
        longGaps 0.9
          EASY      0          8.2956           1     8
          GOOD    100    120.32657359           1   120
          HARD    400    486.38450477  4.01060897   486
          AGAIN  1000       7.2096564  8.01655626     7
          GOOD      2     10.16957442  8.00376807    10
          EASY   3000    159.03756053  7.32194875   159
          HARD      5    162.69879156  8.20741315   163
        retention80 0.8
          GOOD      0          2.3065  2.11810397     8
          GOOD      8     22.76818035  2.11121424    75
          GOOD     75    157.23906927   2.1043314   521
          GOOD    521     832.8244475  2.09745544  2762
          GOOD   2762   3546.71341571  2.09058635 11761
          AGAIN 11761     14.93585935  7.38545788    50
          GOOD     50      53.7346949  7.37330079   178
          GOOD    178    166.28245028  7.36115586   551
        retention95 0.95
          HARD      0          1.2931  5.11217071     1
          GOOD      1      4.54602939  5.10228691     2
          GOOD      2     10.47263053  5.09241299     4
          GOOD      4      21.0357634  5.08254895     8
          GOOD      8     39.88791226  5.07269477    16
          AGAIN    16      2.40916618  8.36565664     1
          HARD      1       3.3023698  8.90027509     1
          GOOD      1      4.47633301  8.88660318     2
        easyToTheCap 0.9
          EASY      0          8.2956           1     8
          EASY      8     65.62422648           1    66
          EASY     66    396.77501923           1   397
          EASY    397   1874.91696522           1  1875
          EASY   1875   7265.43276492           1  7265
          EASY   7265  23932.92272654           1 23933
          EASY  23933           36500           1 36500
          EASY  36500           36500           1 36500
          EASY  36500           36500           1 36500
        overdueAgain 0.9
          GOOD      0          2.3065  2.11810397     2
          AGAIN    30      0.90534683  7.39450274     1
          AGAIN     1      0.28904216  9.12881914     1
          HARD      1      0.74765065  9.40689792     1
          GOOD     10      3.23319691  9.39271939     3
        """;

    record Step(Rating rating, int elapsedDays, double stability, double difficulty, int interval) {
    }

    record Sequence(String name, double retention, List<Step> steps) {
        @Override
        public String toString() {
            return name + " at retention " + retention;
        }
    }

    static Stream<Sequence> goldenSequences() {
        List<Sequence> sequences = new ArrayList<>();
        for (String line : GOLDEN.strip().split("\\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2) {
                sequences.add(new Sequence(f[0], Double.parseDouble(f[1]), new ArrayList<>()));
            } else {
                sequences.get(sequences.size() - 1).steps().add(new Step(Rating.valueOf(f[0]), Integer.parseInt(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4])));
            }
        }
        return sequences.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenSequences")
    void replaysTheWholeStabilityDifficultyAndIntervalHistoryOfTheReference(Sequence sequence) {
        Fsrs6Scheduler scheduler = new Fsrs6Scheduler(sequence.retention());
        CardState state = CardState.newCard();
        int n = 0;
        for (Step step : sequence.steps()) {
            state = scheduler.next(state, step.rating(), step.elapsedDays());
            String where = sequence + ", grade " + ++n + " (" + step.rating() + " after " + step.elapsedDays() + " d)";
            assertEquals(step.stability(), state.memory().stability(), 1e-6 * step.stability(), where + ": stability");
            assertEquals(step.difficulty(), state.memory().difficulty(), 1e-6 * step.difficulty(), where + ": difficulty");
            assertEquals(step.interval(), state.interval(), where + ": interval");
        }
    }

    @ParameterizedTest(name = "after {0} days R is {1}")
    @CsvSource(textBlock = """
        0,   1.0
        10,  0.9
        """)
    void retrievabilityIsOneRightAfterAReviewAndNinetyPercentAfterStabilityDays(int days, double expected) {
        assertEquals(expected, new Fsrs6Scheduler(0.9).retrievability(10, days), 1e-12);
    }

    @Test
    void retrievabilityFallsWithTimeAndFallsSlowerForAStablerCard() {
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        assertTrue(f.retrievability(10, 30) < f.retrievability(10, 20));
        assertTrue(f.retrievability(100, 30) > f.retrievability(10, 30));
    }

    /**
     * I = S/factor · (r^(−1/w20) − 1) with w20 = 0.1542, factor = 0.9^(−1/0.1542) − 1 = 0.98058:
     * r = 0.70: 100 · (10.1075 − 1) / 0.98058 = 928.79 → 929; r = 0.99: 100 · 0.067348 / 0.98058 = 6.87 → 7.
     */
    @ParameterizedTest(name = "retention {0}: a 100-day stability gives {1} days")
    @CsvSource(textBlock = """
        0.70, 929
        0.90, 100
        0.99, 7
        """)
    void aHigherDesiredRetentionGivesShorterIntervals(double retention, int interval) {
        assertEquals(interval, new Fsrs6Scheduler(retention).interval(100));
    }

    @Test
    void intervalsAreAtLeastOneDayAndAtMostAHundredYears() {
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.99);
        assertEquals(1, f.interval(Fsrs6Scheduler.MINIMUM_STABILITY));
        assertEquals(36_500, new Fsrs6Scheduler(0.70).interval(Fsrs6Scheduler.MAXIMUM_STABILITY));
    }

    @Test
    void aLapseCountsOnlyForACardThatHadBeenScheduledAndResetsTheRepetitions() {
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        CardState first = f.next(CardState.newCard(), Rating.AGAIN, 0);
        assertEquals(0, first.lapses());
        CardState good = f.next(f.next(first, Rating.GOOD, 1), Rating.GOOD, 1);
        assertEquals(2, good.repetitions());
        CardState lapsed = f.next(good, Rating.AGAIN, 5);
        assertEquals(1, lapsed.lapses());
        assertEquals(0, lapsed.repetitions());
        assertEquals(CardState.newCard().easeFactor(), lapsed.easeFactor());
    }

    @Test
    void onlyAgainIsRepeatedInTheSessionBecauseHardIsARecallForFsrs() {
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        assertTrue(f.repeatSameSession(Rating.AGAIN));
        assertFalse(f.repeatSameSession(Rating.HARD));
        assertFalse(f.repeatSameSession(Rating.GOOD));
        assertFalse(f.repeatSameSession(Rating.EASY));
    }

    @Test
    void theLogNamesTheRetentionThatDecidedTheInterval() {
        assertEquals("fsrs6-r0.90", new Fsrs6Scheduler(0.9).name());
        assertEquals("fsrs6-r0.85", new Fsrs6Scheduler(0.85).name());
    }

    @ParameterizedTest(name = "retention {0} is refused")
    @CsvSource(textBlock = """
        0.69
        1.0
        NaN
        """)
    void aDesiredRetentionOutsideSeventyToNinetyNinePercentIsRefused(double retention) {
        assertThrows(IllegalArgumentException.class, () -> new Fsrs6Scheduler(retention));
    }

    @Test
    void negativeElapsedDaysAreRefused() {
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        CardState s = f.next(CardState.newCard(), Rating.GOOD, 0);
        assertThrows(IllegalArgumentException.class, () -> f.next(s, Rating.GOOD, -1));
    }

    @Test
    void sm2LeavesTheFsrsMemoryAsItFoundIt() {
        CardState withMemory = new Fsrs6Scheduler(0.9).next(CardState.newCard(), Rating.GOOD, 0);
        assertEquals(withMemory.memory(), new Sm2Scheduler().next(withMemory, Rating.EASY, 3).memory());
        assertNull(new Sm2Scheduler().next(CardState.newCard(), Rating.EASY, 0).memory());
    }
}
