package dev.gopherdrill.scheduling;

/**
 * Decides when a card comes back: SM-2 ({@link Sm2Scheduler}) or FSRS-6
 * ({@link Fsrs6Scheduler}), chosen per learner; the review log records {@link #name()}
 * with every grade.
 *
 * Implementations are pure: no clock, no randomness. The caller passes the learner's days
 * since the card's last scheduling review and turns the returned interval into a due day
 * with the learner's own calendar.
 */
public interface Scheduler {

    /**
     * The state after grading {@code state} with {@code rating}, {@code elapsedDays} learner
     * days after the card's previous scheduling review (0: the same day; ignored for a new card).
     */
    CardState next(CardState state, Rating rating, int elapsedDays);

    /**
     * Whether a card graded {@code rating} must be shown again in the same session before
     * the learner is done with it (SM-2 step 7).
     */
    boolean repeatSameSession(Rating rating);

    /** Name and version written to the review log, e.g. {@code sm2-1990}. */
    String name();

    /** What each button would do, so the page can print the interval on it. */
    default NextStates nextStates(CardState state, int elapsedDays) {
        return new NextStates(next(state, Rating.AGAIN, elapsedDays), next(state, Rating.HARD, elapsedDays),
                next(state, Rating.GOOD, elapsedDays), next(state, Rating.EASY, elapsedDays));
    }
}
