package dev.gopherdrill.scheduling;

/**
 * Where a card stands in one learner's queue on one learner day ({@link QueueCard#queue}).
 * The cases are checked in this order, and the first that holds wins: a suspended card is
 * suspended whether or not it is also buried or due, and a buried card is hidden whether or
 * not it is new or due. The practice service's queue queries select the same sets in SQL
 * (due reviews, new cards, drills), so a change here must be made there too.
 *
 * <p>A leech is not a queue of its own: reaching the leech count tags the card and suspends
 * it ({@link ReviewQueue#LEECH_THRESHOLD}); once the learner unsuspends it, it is back in
 * {@link #REVIEW} or {@link #WAITING} with its tag, as in Anki.
 */
public enum Queue {
    /** taken out of every queue by the learner, or as a leech; only unsuspend brings it back */
    SUSPENDED,
    /** hidden until {@link QueueCard#buriedUntil()} */
    BURIED,
    /** never graded (or reset): it enters through the daily new-card limit */
    NEW,
    /** due today or overdue */
    REVIEW,
    /**
     * graded below Good today (SM-2 step 7; FSRS: Again only) and not due again yet: it is
     * repeated in the session, and the repeats do not move the schedule
     */
    DRILL,
    /** scheduled for a later day and not drilled: grading it now is refused as not due */
    WAITING
}
