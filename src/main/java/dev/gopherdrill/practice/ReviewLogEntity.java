package dev.gopherdrill.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One grade, append-only: enough to recompute every schedule (state before and after,
 * scheduler name) and to fit another scheduler later. Undo marks a row with
 * {@link #undoneAt}; nothing deletes rows but the deletion of the account.
 */
@Entity
@Table(name = "review_log")
public class ReviewLogEntity extends PanacheEntityBase {

    /** What kind of answer a row records. */
    public enum Kind {
        /** first grade of a new card */
        NEW,
        /** a scheduled review */
        REVIEW,
        /** a same-session repeat of a card graded below Good; does not change the schedule */
        DRILL,
        /** a card missed in a mock interview, put back into the queue from the report ({@link #interviewId}) */
        INTERVIEW,
        /** an answer in a quiz that leaves the schedule alone ({@link #quizId}): state before = after */
        QUIZ,
        /** an answer in a quiz the learner let reschedule: graded as a review, whatever the card's due day */
        QUIZ_RESCHEDULED,
        /**
         * the learner put the card back to new from Browse (Anki's Forget): no rating; a change of
         * scheduler replays only what came after the last one. Not a review: no statistic counts it.
         */
        RESET;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
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
        public static java.util.List<String> practiceIds() {
            return java.util.Arrays.stream(values()).filter(Kind::isPractice).map(Kind::id).toList();
        }

        /** The ids of the kinds that reschedule, for queries. */
        public static java.util.List<String> reschedulingIds() {
            return java.util.Arrays.stream(values()).filter(Kind::reschedules).map(Kind::id).toList();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "card_id")
    public String cardId;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public LocalDate day;

    /** 1..4; null only for a {@link Kind#RESET}, which is no grade. */
    public Short rating;

    public Short quality;

    public String kind;

    public String answer;

    public Boolean correct;

    @Column(name = "time_taken_ms")
    public Integer timeTakenMs;

    @Column(name = "ease_before")
    public BigDecimal easeBefore;
    @Column(name = "interval_before")
    public int intervalBefore;
    @Column(name = "repetitions_before")
    public int repetitionsBefore;
    @Column(name = "lapses_before")
    public int lapsesBefore;
    @Column(name = "due_before")
    public LocalDate dueBefore;
    @Column(name = "drill_before")
    public boolean drillBefore;
    @Column(name = "drill_since_before")
    public Instant drillSinceBefore;
    @Column(name = "leech_before")
    public boolean leechBefore;
    @Column(name = "suspended_before")
    public boolean suspendedBefore;

    @Column(name = "ease_after")
    public BigDecimal easeAfter;
    @Column(name = "interval_after")
    public int intervalAfter;
    @Column(name = "repetitions_after")
    public int repetitionsAfter;
    @Column(name = "lapses_after")
    public int lapsesAfter;
    @Column(name = "due_after")
    public LocalDate dueAfter;
    @Column(name = "version_after")
    public int versionAfter;

    public String scheduler;

    @Column(name = "stability_before")
    public Double stabilityBefore;
    @Column(name = "difficulty_before")
    public Double difficultyBefore;
    @Column(name = "stability_after")
    public Double stabilityAfter;
    @Column(name = "difficulty_after")
    public Double difficultyAfter;

    @Column(name = "undone_at")
    public Instant undoneAt;

    /** The mock interview this row came from; null for practice. */
    @Column(name = "interview_id")
    public Long interviewId;

    /** The quiz this row came from; null for practice and interviews. */
    @Column(name = "quiz_id")
    public Long quizId;

    /** What every row says of the answer itself; the caller adds its source (interview, quiz) if any. */
    void recordAnswer(long userId, String cardId, Instant at, LocalDate day, dev.gopherdrill.scheduling.Rating rating,
                      Kind kind, String answer, Boolean correct, Integer timeTakenMs, String scheduler) {
        this.userId = userId;
        this.cardId = cardId;
        this.reviewedAt = at;
        this.day = day;
        this.rating = (short) rating.button;
        this.quality = (short) rating.quality;
        this.kind = kind.id();
        this.answer = answer;
        this.correct = correct;
        this.timeTakenMs = timeTakenMs;
        this.scheduler = scheduler;
    }

    /** Copies the state a grade is about to change, so that undo can put it back exactly. */
    void recordBefore(ReviewStateEntity s) {
        easeBefore = s.easeFactor;
        intervalBefore = s.interval;
        repetitionsBefore = s.repetitions;
        lapsesBefore = s.lapses;
        dueBefore = s.due;
        drillBefore = s.drill;
        drillSinceBefore = s.drillSince;
        leechBefore = s.leech;
        suspendedBefore = s.suspended;
        stabilityBefore = s.stability;
        difficultyBefore = s.difficulty;
    }

    void recordAfter(ReviewStateEntity s) {
        easeAfter = s.easeFactor;
        intervalAfter = s.interval;
        repetitionsAfter = s.repetitions;
        lapsesAfter = s.lapses;
        dueAfter = s.due;
        versionAfter = s.version;
        stabilityAfter = s.stability;
        difficultyAfter = s.difficulty;
    }

    /** Undo: the state as it was before this grade. */
    void restoreBefore(ReviewStateEntity s) {
        s.easeFactor = easeBefore;
        s.interval = intervalBefore;
        s.repetitions = repetitionsBefore;
        s.lapses = lapsesBefore;
        s.due = dueBefore;
        s.drill = drillBefore;
        s.drillSince = drillSinceBefore;
        s.leech = leechBefore;
        s.suspended = suspendedBefore;
        s.stability = stabilityBefore;
        s.difficulty = difficultyBefore;
    }
}
