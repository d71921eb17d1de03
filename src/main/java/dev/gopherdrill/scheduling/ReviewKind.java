package dev.gopherdrill.scheduling;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What kind of answer a review-log row records: the transition of the {@link ReviewQueue}
 * that wrote it. The log stores {@link #id()}.
 */
public enum ReviewKind {
    /** first grade of a new card */
    NEW,
    /** a scheduled review */
    REVIEW,
    /** a same-session repeat of a card graded below Good; does not change the schedule */
    DRILL,
    /** a card missed in a mock interview, put back into the queue from the report */
    INTERVIEW,
    /** an answer in a quiz that leaves the schedule alone: state before = after */
    QUIZ,
    /** an answer in a quiz the learner let reschedule: graded as a review, whatever the card's due day */
    QUIZ_RESCHEDULED,
    /**
     * the learner put the card back to new from Browse (Anki's Forget): no rating; a change of
     * scheduler replays only what came after the last one. Not a review: no statistic counts it.
     */
    RESET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a row of this kind moved the card's schedule: the rows a change of scheduler
     * replays, and the last of which is the "last review" FSRS counts elapsed days from.
     * A drill is practice only; a kind added later reschedules only if it is listed here.
     */
    public boolean reschedules() {
        return this == NEW || this == REVIEW || this == INTERVIEW || this == QUIZ_RESCHEDULED;
    }

    /** The daily loop's own grades: what undo takes back and "done today" counts. */
    public boolean isPractice() {
        return this == NEW || this == REVIEW || this == DRILL;
    }

    /** The ids of the practice kinds, for queries. */
    public static List<String> practiceIds() {
        return Arrays.stream(values()).filter(ReviewKind::isPractice).map(ReviewKind::id).toList();
    }

    /** The ids of the kinds that reschedule, for queries. */
    public static List<String> reschedulingIds() {
        return Arrays.stream(values()).filter(ReviewKind::reschedules).map(ReviewKind::id).toList();
    }
}
