package dev.gopherdrill.scheduling;

/**
 * Decides when a card comes back. One interface so that a second algorithm (FSRS) can
 * be chosen per user later; the review log records {@link #name()} with every grade.
 *
 * Implementations are pure: no clock, no randomness. The caller turns the returned
 * interval into a due day with the learner's own calendar.
 */
public interface Scheduler {

    /** The state after grading {@code state} with {@code rating}. */
    CardState next(CardState state, Rating rating);

    /**
     * Whether a card graded {@code rating} must be shown again in the same session before
     * the learner is done with it (SM-2 step 7).
     */
    boolean repeatSameSession(Rating rating);

    /** Name and version written to the review log, e.g. {@code sm2-1990}. */
    String name();

    /** What each button would do, so the page can print the interval on it. */
    default NextStates nextStates(CardState state) {
        return new NextStates(next(state, Rating.AGAIN), next(state, Rating.HARD),
                next(state, Rating.GOOD), next(state, Rating.EASY));
    }
}
