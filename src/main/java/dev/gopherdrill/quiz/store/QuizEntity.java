package dev.gopherdrill.quiz.store;

import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One quiz: its choices and, in {@link QuizItemEntity}, the cards it fixed when it began.
 * Finished when its last item is answered; missed cards can be put into today's reviews
 * once ({@link #requeuedAt}).
 */
@Entity
@Table(name = "quiz")
public class QuizEntity extends PanacheEntityBase {

    /** A simulation quiz's selection; the others are {@link QuizPicker.Selection}'s. */
    public static final String SIMULATION = "simulation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> decks;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;

    public String selection;

    public String simulation;

    public short size;

    public boolean reschedule;

    public long seed;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "requeued_at")
    public Instant requeuedAt;

    /** The learner's quiz {@code id}, or null: another learner's quiz does not exist for them. */
    static QuizEntity find(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }
}
