package dev.gopherdrill.scheduling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a transition of the {@link ReviewQueue} does to a card: one of four cases, so that the
 * shell cannot write a state the rules refused, or forget the log row of one they logged.
 */
public sealed interface Outcome permits Outcome.Logged, Outcome.Changed, Outcome.Unchanged, Outcome.Refused {

    /**
     * The card moved and the move is a review-log row: a grade, an interview's requeue, a
     * quiz answer, a reset. Everything the row records of the transition is here; the shell
     * adds whose card it is and what the learner typed.
     *
     * @param rating    the button; null only for a {@link ReviewKind#RESET}, which is no grade
     * @param before    the state the row keeps so that undo can put it back exactly
     * @param after     the state to write; a quiz answer that reschedules nothing has {@code after == before}
     * @param leech     whether this transition made the card a leech (and suspended it)
     * @param scheduler the name of the scheduler that decided, as the row records it
     */
    record Logged(ReviewKind kind, Rating rating, QueueCard before, QueueCard after, boolean leech, Instant at,
                  LocalDate day, String scheduler) implements Outcome {

        /** Whether the learner's row changes (a quiz answer that reschedules nothing leaves it alone). */
        public boolean changesState() {
            return !before.equals(after);
        }
    }

    /** The card moved without a log row: bury, suspend, unsuspend, unbury, undo, a quiz's "due today". */
    record Changed(QueueCard after) implements Outcome {
    }

    /** The card is already as asked (Browse counts only the cards it changed), or the rule leaves it alone. */
    record Unchanged(QueueCard card) implements Outcome {
    }

    /**
     * The rules refuse: the API answers 409 with {@link #message}.
     *
     * @param day      for {@link Reason#BURIED} the day it shows again, for {@link Reason#NOT_DUE} its due day
     * @param seen     for {@link Reason#STALE}: the version the page showed
     * @param current  for {@link Reason#STALE}: the version the card has now
     */
    record Refused(Reason reason, LocalDate day, int seen, int current) implements Outcome {

        public enum Reason {
            /** the page showed an older version: someone (or another tab) changed the card since */
            STALE,
            SUSPENDED,
            BURIED,
            /** scheduled for a later day and not drilled */
            NOT_DUE,
            /** undo: the card changed after the grade to undo, so its "before" no longer applies */
            CHANGED_SINCE_GRADE
        }

        static Refused because(Reason reason) {
            return new Refused(reason, null, 0, 0);
        }

        static Refused because(Reason reason, LocalDate day) {
            return new Refused(reason, day, 0, 0);
        }

        static Refused stale(int seen, int current) {
            return new Refused(Reason.STALE, null, seen, current);
        }

        /** The problem's detail, naming the card. */
        public String message(String cardId) {
            return switch (reason) {
                case STALE -> "the card changed since it was shown (version " + seen + ", now " + current
                        + "); reload to see it as it is";
                case SUSPENDED -> "card " + cardId + " is suspended";
                case BURIED -> "card " + cardId + " is buried until " + day;
                case NOT_DUE -> "card " + cardId + " is not due until " + day;
                case CHANGED_SINCE_GRADE -> "card " + cardId + " changed after that grade (buried, suspended or "
                        + "graded elsewhere); it cannot be undone";
            };
        }
    }
}
