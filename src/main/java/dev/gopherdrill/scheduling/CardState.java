package dev.gopherdrill.scheduling;

import java.math.BigDecimal;

/**
 * The scheduling state of one card for one learner. SM-2 reads and writes the first four
 * fields; FSRS writes {@code interval}, {@code repetitions} and {@code lapses} with the same
 * meaning (so the leech rule and the views work for both) and keeps its model in
 * {@code memory}, which SM-2 passes through untouched.
 *
 * @param easeFactor  SM-2's E-Factor, exact to two decimals (every SM-2 step is a multiple of 0.01,
 *                    so a decimal keeps long histories free of binary rounding drift)
 * @param interval    days until the next review; 0 only for a card never graded
 * @param repetitions successful repetitions in a row (n in the paper)
 * @param lapses      times a card that had been scheduled was failed (q < 3)
 * @param memory      FSRS's stability and difficulty; null until FSRS has graded the card
 */
public record CardState(BigDecimal easeFactor, int interval, int repetitions, int lapses, MemoryState memory) {

    public CardState {
        if (easeFactor == null || easeFactor.compareTo(Sm2Scheduler.MINIMUM_EASE_FACTOR) < 0) {
            throw new IllegalArgumentException("ease factor below 1.3: " + easeFactor);
        }
        if (interval < 0 || repetitions < 0 || lapses < 0) {
            throw new IllegalArgumentException("negative interval, repetitions or lapses");
        }
        easeFactor = easeFactor.setScale(2);
    }

    /** A state without FSRS memory, as SM-2 alone produces it. */
    public CardState(BigDecimal easeFactor, int interval, int repetitions, int lapses) {
        this(easeFactor, interval, repetitions, lapses, null);
    }

    /** A card the learner has never graded. */
    public static CardState newCard() {
        return new CardState(Sm2Scheduler.INITIAL_EASE_FACTOR, 0, 0, 0);
    }

    public boolean isNew() {
        return interval == 0;
    }
}
