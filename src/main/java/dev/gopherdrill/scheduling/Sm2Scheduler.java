package dev.gopherdrill.scheduling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SM-2 as published by P. A. Wozniak (SuperMemo, 1990), with nothing added.
 *
 * The paper's steps and where each one lives:
 * <ol>
 *   <li>every item starts with E-Factor 2.5 ({@link CardState#newCard()});</li>
 *   <li>intervals: I(1) = 1 day, I(2) = 6 days, I(n) = I(n-1) * EF for n &gt; 2;</li>
 *   <li>after each repetition the learner grades the response with a quality q in 0..5;</li>
 *   <li>EF' = EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02)), and EF' never below 1.3;</li>
 *   <li>q &lt; 3 starts the repetitions from the beginning (the next interval is I(1))
 *       <em>without changing the E-Factor</em>;</li>
 *   <li>after a day's session, items graded q &lt; 4 are repeated until they score at
 *       least 4 ({@link #repeatSameSession}); those repeats do not touch the schedule,
 *       the practice service logs them as drills.</li>
 * </ol>
 *
 * Choices the paper leaves open, made explicit:
 * <ul>
 *   <li><b>Rounding.</b> The paper says "if interval is a fraction, round it up to the
 *       nearest integer"; we take that literally and use the ceiling: 6 days at EF 2.36
 *       gives 14.16, so 15 days. (Many re-implementations use round-half-up; the paper
 *       does not.)</li>
 *   <li><b>Which EF multiplies.</b> Step 4 updates EF "after each repetition", before the
 *       next interval is computed, so I(n) uses the EF that includes this grade.</li>
 *   <li><b>Cap.</b> Intervals stop growing at {@link #MAXIMUM_INTERVAL} days (100 years):
 *       the product would otherwise overflow an int after a few dozen Easy grades.</li>
 *   <li><b>Lapses</b> are not in SM-2; we count a failing grade (q &lt; 3) of a card that
 *       had been scheduled before, for leech detection.</li>
 * </ul>
 *
 * The E-Factor is kept as a decimal with two places: every change the formula makes is
 * a whole number of hundredths (q=5: +0.10, q=4: 0.00, q=3: -0.14), so the arithmetic
 * is exact and a replayed history gives bit-for-bit the same intervals.
 */
public final class Sm2Scheduler implements Scheduler {

    public static final BigDecimal INITIAL_EASE_FACTOR = new BigDecimal("2.50");
    public static final BigDecimal MINIMUM_EASE_FACTOR = new BigDecimal("1.30");
    /** Days; 36,500 = 100 years, longer than anyone will keep a deck. */
    public static final int MAXIMUM_INTERVAL = 36_500;
    /** q below this restarts the repetitions (step 5). */
    private static final int PASSING_QUALITY = 3;
    /** q below this is repeated the same session (step 7). */
    private static final int SAME_SESSION_QUALITY = 4;
    private static final int FIRST_INTERVAL = 1;
    private static final int SECOND_INTERVAL = 6;

    /** SM-2 does not look at the calendar: a late review counts as an on-time one. */
    @Override
    public CardState next(CardState state, Rating rating, int elapsedDays) {
        return next(state, rating);
    }

    /** The paper's step for one grade; FSRS's memory, if the card has one, passes through. */
    public CardState next(CardState state, Rating rating) {
        int q = rating.quality;
        if (q < PASSING_QUALITY) {
            int lapses = state.isNew() ? state.lapses() : state.lapses() + 1;
            return new CardState(state.easeFactor(), FIRST_INTERVAL, 0, lapses, state.memory());
        }
        BigDecimal easeFactor = nextEaseFactor(state.easeFactor(), q);
        int repetitions = state.repetitions() + 1;
        int interval;
        if (repetitions == 1) {
            interval = FIRST_INTERVAL;
        } else if (repetitions == 2) {
            interval = SECOND_INTERVAL;
        } else {
            interval = BigDecimal.valueOf(state.interval()).multiply(easeFactor)
                    .setScale(0, RoundingMode.CEILING)
                    .min(BigDecimal.valueOf(MAXIMUM_INTERVAL))
                    .intValueExact();
        }
        return new CardState(easeFactor, interval, repetitions, state.lapses(), state.memory());
    }

    /** EF' = EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02)), floored at 1.3. */
    static BigDecimal nextEaseFactor(BigDecimal easeFactor, int q) {
        int d = 5 - q;
        // in hundredths: 10 - d * (8 + 2d)
        BigDecimal delta = BigDecimal.valueOf(10 - d * (8 + 2 * d), 2);
        return easeFactor.add(delta).max(MINIMUM_EASE_FACTOR);
    }

    @Override
    public boolean repeatSameSession(Rating rating) {
        return rating.quality < SAME_SESSION_QUALITY;
    }

    @Override
    public String name() {
        return "sm2-1990";
    }
}
