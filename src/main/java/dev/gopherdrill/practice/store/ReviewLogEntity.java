package dev.gopherdrill.practice.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.MemoryState;
import dev.gopherdrill.scheduling.Outcome;
import dev.gopherdrill.scheduling.QueueCard;
import dev.gopherdrill.scheduling.ReviewKind;

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

    /** 1..4; null only for a {@link ReviewKind#RESET}, which is no grade. */
    public Short rating;

    public Short quality;

    /** {@link ReviewKind#id()} */
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

    /**
     * The row a logged transition writes: the one place a log row is filled, whichever path
     * logs (a grade, an interview's requeue, a quiz answer, a reset). The caller adds the
     * source of the row (interview, quiz) if any.
     *
     * @param answer what the learner typed or picked; null for a recall card or a reset
     */
    static ReviewLogEntity of(long userId, String cardId, Outcome.Logged t, String answer, Boolean correct,
                              Integer timeTakenMs) {
        ReviewLogEntity log = new ReviewLogEntity();
        log.userId = userId;
        log.cardId = cardId;
        log.reviewedAt = t.at();
        log.day = t.day();
        log.rating = t.rating() == null ? null : (short) t.rating().button;
        log.quality = t.rating() == null ? null : (short) t.rating().quality;
        log.kind = t.kind().id();
        log.answer = answer;
        log.correct = correct;
        log.timeTakenMs = timeTakenMs;
        log.scheduler = t.scheduler();
        // the state the transition is about to change, so that undo can put it back exactly
        QueueCard before = t.before();
        log.easeBefore = before.schedule().easeFactor();
        log.intervalBefore = before.schedule().interval();
        log.repetitionsBefore = before.schedule().repetitions();
        log.lapsesBefore = before.schedule().lapses();
        log.dueBefore = before.due();
        log.drillBefore = before.drill();
        log.drillSinceBefore = before.drillSince();
        log.leechBefore = before.leech();
        log.suspendedBefore = before.suspended();
        log.stabilityBefore = stability(before);
        log.difficultyBefore = difficulty(before);
        QueueCard after = t.after();
        log.easeAfter = after.schedule().easeFactor();
        log.intervalAfter = after.schedule().interval();
        log.repetitionsAfter = after.schedule().repetitions();
        log.lapsesAfter = after.schedule().lapses();
        log.dueAfter = after.due();
        log.versionAfter = after.version();
        log.stabilityAfter = stability(after);
        log.difficultyAfter = difficulty(after);
        return log;
    }

    private static Double stability(QueueCard c) {
        return c.schedule().memory() == null ? null : c.schedule().memory().stability();
    }

    private static Double difficulty(QueueCard c) {
        return c.schedule().memory() == null ? null : c.schedule().memory().difficulty();
    }

    /**
     * The state this row kept from before its grade, for undo. The row does not keep the
     * burial (no grade changes it) and a grade moves the version on by exactly one.
     */
    QueueCard before() {
        MemoryState memory = stabilityBefore == null ? null : new MemoryState(stabilityBefore, difficultyBefore);
        return new QueueCard(new CardState(easeBefore, intervalBefore, repetitionsBefore, lapsesBefore, memory),
                dueBefore, drillBefore, drillSinceBefore, null, suspendedBefore, leechBefore, versionAfter - 1);
    }
}
