package dev.gopherdrill.interview;

/**
 * Why the interviewer asks a question. It says why, not how: a follow-up the author
 * linked may itself be a sim or predict card, and stays {@link #FOLLOW_UP}; the shell asks
 * every card according to its kind.
 */
public enum Reason {
    /** The first question of a topic visit. */
    OPENER,
    /** A deeper card from the previous card's follow-ups, after a strong answer. */
    FOLLOW_UP,
    /** An easier or clarifying card of the same topic, after a weak answer. */
    EASIER,
    /** A mixed-in sim card: the shell generates a fresh question from its simulation. */
    SIMULATION,
    /** A mixed-in predict-the-output card. */
    PREDICT
}
