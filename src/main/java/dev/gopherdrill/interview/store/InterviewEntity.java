package dev.gopherdrill.interview.store;

import java.time.Duration;
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

import dev.gopherdrill.interview.Level;
import dev.gopherdrill.interview.Settings;

/**
 * One mock interview. Transitions, all made by {@link InterviewService} under a row lock:
 * <ul>
 *   <li>start: {@code running}, {@code endsAt = startedAt + minutes}, fixed for good;</li>
 *   <li>finish (the candidate, or the interviewer has nothing left to ask): {@code finished};</li>
 *   <li>seen after {@code endsAt} while still running: {@code timed_out}, finished at {@code endsAt};</li>
 *   <li>requeue (once, after the end): {@code requeuedAt} set.</li>
 * </ul>
 */
@Entity
@Table(name = "interview")
public class InterviewEntity extends PanacheEntityBase {

    public enum Status {
        RUNNING, FINISHED, TIMED_OUT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    public long seed;

    public short minutes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> decks;

    public String level;

    public String language;

    @Column(name = "reveal_each")
    public boolean revealEach;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public String status;

    @Column(name = "requeued_at")
    public Instant requeuedAt;

    public Status status() {
        return Status.of(status);
    }

    /** Over for answering: finished, or its time is up whether or not anyone has noticed yet. */
    public boolean isOver(Instant now) {
        return status() != Status.RUNNING || !now.isBefore(endsAt);
    }

    /** Whole seconds left on the server's clock, 0 once over. */
    public long remainingSeconds(Instant now) {
        return isOver(now) ? 0 : Duration.between(now, endsAt).toSeconds();
    }

    /** The interview clock the interviewer sees: milliseconds since the start. */
    public long elapsedMillis(Instant at) {
        return Duration.between(startedAt, at).toMillis();
    }

    public Settings settings() {
        return new Settings(minutes, decks, Level.valueOf(level.toUpperCase(java.util.Locale.ROOT)), language,
                revealEach);
    }
}
