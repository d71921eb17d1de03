package dev.gopherdrill.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden histories for SM-2. Each row replays a rating sequence from a new card and
 * asserts every state on the way as "interval/EF/repetitions". The derivations, by hand,
 * with the paper's rule "round a fractional interval up" (ceiling):
 *
 * <pre>
 * good x5:   q4 keeps EF 2.50.  I: 1, 6, ceil(6*2.5)=15, ceil(15*2.5)=37.5->38, ceil(38*2.5)=95
 *
 * easy,easy,easy,hard,again,good,good,good:
 *   easy  EF 2.50+0.10=2.60  n1 I1
 *   easy  EF 2.70            n2 I6
 *   easy  EF 2.80            n3 I=ceil(6*2.80=16.80)=17
 *   hard  EF 2.80-0.14=2.66  n4 I=ceil(17*2.66=45.22)=46
 *   again EF unchanged 2.66  n0 I1   (q&lt;3 restarts, EF untouched, lapse 1)
 *   good  EF 2.66            n1 I1
 *   good                     n2 I6
 *   good                     n3 I=ceil(6*2.66=15.96)=16
 *
 * hard x10 (EF falls by 0.14 each time and stops at 1.30):
 *   EF 2.36 I1; 2.22 I6; 2.08 I=ceil(12.48)=13; 1.94 I=ceil(13*1.94=25.22)=26;
 *   1.80 I=ceil(46.8)=47; 1.66 I=ceil(47*1.66=78.02)=79; 1.52 I=ceil(79*1.52=120.08)=121;
 *   1.38 I=ceil(121*1.38=166.98)=167; 1.24 -> floor 1.30 I=ceil(167*1.3=217.1)=218;
 *   1.30 I=ceil(218*1.3=283.4)=284
 *
 * again on a new card: EF stays 2.50, I1, n0, and it is not a lapse (never scheduled).
 * </pre>
 */
class Sm2SchedulerTest {

    private final Sm2Scheduler scheduler = new Sm2Scheduler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        good good good good good                     | 1/2.50/1 6/2.50/2 15/2.50/3 38/2.50/4 95/2.50/5
        easy easy easy hard again good good good     | 1/2.60/1 6/2.70/2 17/2.80/3 46/2.66/4 1/2.66/0 1/2.66/1 6/2.66/2 16/2.66/3
        hard hard hard hard hard hard hard hard hard hard | 1/2.36/1 6/2.22/2 13/2.08/3 26/1.94/4 47/1.80/5 79/1.66/6 121/1.52/7 167/1.38/8 218/1.30/9 284/1.30/10
        again good again                             | 1/2.50/0 1/2.50/1 1/2.50/0
        """)
    void replaysTheWholeIntervalAndEaseHistory(String ratings, String expectedHistory) {
        CardState state = CardState.newCard();
        List<String> history = new ArrayList<>();
        for (String r : ratings.trim().split("\\s+")) {
            state = scheduler.next(state, Rating.valueOf(r.toUpperCase()));
            history.add(state.interval() + "/" + state.easeFactor() + "/" + state.repetitions());
        }
        assertEquals(expectedHistory.trim(), String.join(" ", history));
    }

    @ParameterizedTest(name = "q={0} changes EF by {1}")
    @CsvSource(textBlock = """
        5,  0.10
        4,  0.00
        3, -0.14
        2, -0.32
        1, -0.54
        0, -0.80
        """)
    void easeFactorFollowsThePublishedFormulaForEveryQuality(int q, String delta) {
        BigDecimal start = new BigDecimal("2.50");
        assertEquals(start.add(new BigDecimal(delta)), Sm2Scheduler.nextEaseFactor(start, q));
    }

    @Test
    void aFailingGradeRestartsRepetitionsAndLeavesTheEaseFactorAlone() {
        CardState mature = new CardState(new BigDecimal("1.70"), 120, 7, 2);
        CardState after = scheduler.next(mature, Rating.AGAIN);
        assertEquals(new CardState(new BigDecimal("1.70"), 1, 0, 3), after);
    }

    @Test
    void failingANewCardIsNotALapse() {
        assertEquals(0, scheduler.next(CardState.newCard(), Rating.AGAIN).lapses());
    }

    @Test
    void intervalsStopAtOneHundredYears() {
        CardState old = new CardState(new BigDecimal("2.50"), 20_000, 9, 0);
        assertEquals(36_500, scheduler.next(old, Rating.GOOD).interval());
        assertEquals(36_500, scheduler.next(scheduler.next(old, Rating.EASY), Rating.EASY).interval());
    }

    @Test
    void onlyGoodAndEasyFinishACardForTheSession() {
        assertTrue(scheduler.repeatSameSession(Rating.AGAIN));
        assertTrue(scheduler.repeatSameSession(Rating.HARD));
        assertFalse(scheduler.repeatSameSession(Rating.GOOD));
        assertFalse(scheduler.repeatSameSession(Rating.EASY));
    }

    @Test
    void eachButtonShowsTheIntervalItWouldGive() {
        CardState twice = new CardState(new BigDecimal("2.50"), 6, 2, 0);
        NextStates next = scheduler.nextStates(twice, 6);
        assertEquals(1, next.again().interval());
        assertEquals(15, next.hard().interval());  // EF 2.36: ceil(6 * 2.36 = 14.16) = 15
        assertEquals(15, next.good().interval());  // EF 2.50: 15
        assertEquals(16, next.easy().interval());  // EF 2.60: ceil(15.6)
    }

    @Test
    void buttonsOtherThanOneToFourAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Rating.ofButton(0));
        assertThrows(IllegalArgumentException.class, () -> Rating.ofButton(5));
        assertEquals(Rating.HARD, Rating.ofButton(2));
    }
}
