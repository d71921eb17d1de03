package dev.gopherdrill.scheduling;

import java.math.BigDecimal;

/**
 * The scheduling state of one card for one learner, as SM-2 sees it.
 *
 * @param easeFactor  SM-2's E-Factor, exact to two decimals (every SM-2 step is a multiple of 0.01,
 *                    so a decimal keeps long histories free of binary rounding drift)
 * @param interval    days until the next review; 0 only for a card never graded
 * @param repetitions successful repetitions in a row (n in the paper)
 * @param lapses      times a card that had been scheduled was failed (q < 3)
 */
public record CardState(BigDecimal easeFactor, int interval, int repetitions, int lapses) {

    public CardState {
        if (easeFactor == null || easeFactor.compareTo(Sm2Scheduler.MINIMUM_EASE_FACTOR) < 0) {
            throw new IllegalArgumentException("ease factor below 1.3: " + easeFactor);
        }
        if (interval < 0 || repetitions < 0 || lapses < 0) {
            throw new IllegalArgumentException("negative interval, repetitions or lapses");
        }
        easeFactor = easeFactor.setScale(2);
    }

    /** A card the learner has never graded. */
    public static CardState newCard() {
        return new CardState(Sm2Scheduler.INITIAL_EASE_FACTOR, 0, 0, 0);
    }

    public boolean isNew() {
        return interval == 0;
    }
}
