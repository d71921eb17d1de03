package dev.gopherdrill.practice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import javax.sql.DataSource;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.content.CardKind;
import dev.gopherdrill.practice.LearnerCalendar;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.MemoryState;
import dev.gopherdrill.scheduling.QueueCard;
import dev.gopherdrill.scheduling.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The grade transaction in plain JDBC: the daily loop's hot path, the one write every
 * answer makes. Through Hibernate a grade cost five statements and most of the request's
 * CPU (the persistence context, the flush, the JTA synchronisations, see bench/README.md);
 * here it is three round trips on one connection of the pool:
 * <ol>
 *   <li>one select that finds the learner by the session's user name, the card's kind, and
 *       the learner's row of the card, locked ({@code for no key update}, as Hibernate's
 *       pessimistic write lock on PostgreSQL), with FSRS's last review day when the card has
 *       an FSRS memory;</li>
 *   <li>one statement that appends the log row and writes the state row (a data-modifying
 *       {@code with}: both or neither);</li>
 *   <li>the commit.</li>
 * </ol>
 * The first grade of a card the learner has never touched takes the slow way once: the
 * learner and card are looked up alone (401 / 404), the row is created
 * ({@code on conflict do nothing}, so two first grades meet on the same row) and locked.
 *
 * <p>The rules (which kind of answer this is, what the scheduler makes of it, the version
 * check) are {@link dev.gopherdrill.scheduling.ReviewQueue}'s, applied by {@link PracticeService};
 * this class only reads and writes rows.
 */
@ApplicationScoped
public class GradeStore {

    /** The learner's side of a locked grade: who, whose days, which scheduler. */
    public record Learner(long id, LearnerCalendar calendar, Scheduler scheduler) {
    }

    /**
     * What a grade needs, read under the row lock: the learner, the card's kind and the
     * state row ({@code stateId}, and its state as the queue rules see it). {@code lastReviewDay}
     * is the day of the card's last rescheduling review when the card has an FSRS memory (null
     * otherwise, or when never reviewed).
     */
    public record Locked(Learner learner, CardKind kind, boolean retired, long stateId, QueueCard card,
                         LocalDate lastReviewDay) {
    }

    /** The work of one transaction, given its connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final String STATE_COLUMNS = """
            rs.id, rs.user_id, rs.card_id, rs.ease_factor, rs.interval_days, rs.repetitions, rs.lapses, rs.due,
            rs.drill, rs.drill_since, rs.buried_until, rs.suspended, rs.leech, rs.version, rs.stability,
            rs.difficulty""";

    private static final String LEARNER_COLUMNS = "u.id as learner_id, u.time_zone, u.day_start_hour, u.scheduler, "
            + "u.desired_retention";

    private static final String LOCK = """
            select %s, %s, c.kind, c.retired,
                   case when rs.stability is not null then
                     (select max(l.day) from review_log l where l.user_id = rs.user_id and l.card_id = rs.card_id
                        and l.undone_at is null and l.kind in (%s)) end as last_review_day
            from review_state rs
            join app_user u on u.id = rs.user_id
            join card c on c.id = rs.card_id
            where u.session_key = ? and rs.card_id = ?
            for no key update of rs""".formatted(STATE_COLUMNS, LEARNER_COLUMNS, PracticeService.RESCHEDULING_KINDS);

    private static final String LEARNER_AND_CARD = """
            select %s, c.kind, c.retired
            from app_user u left join card c on c.id = ?
            where u.session_key = ?""".formatted(LEARNER_COLUMNS);

    private static final String CREATE_STATE = """
            insert into review_state (user_id, card_id) values (?, ?) on conflict (user_id, card_id) do nothing""";

    private static final String WRITE = """
            with log as (
              insert into review_log (user_id, card_id, reviewed_at, day, rating, quality, kind, answer, correct,
                time_taken_ms, scheduler, ease_before, interval_before, repetitions_before, lapses_before, due_before,
                drill_before, drill_since_before, leech_before, suspended_before, stability_before, difficulty_before,
                ease_after, interval_after, repetitions_after, lapses_after, due_after, version_after,
                stability_after, difficulty_after)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            update review_state set ease_factor = ?, interval_days = ?, repetitions = ?, lapses = ?, due = ?,
              drill = ?, drill_since = ?, suspended = ?, leech = ?, version = ?, stability = ?, difficulty = ?
            where id = ?""";

    @Inject
    DataSource dataSource;

    /**
     * Runs {@code work} in one transaction of its own (not the JTA one: nothing else
     * joins it): committed when it returns, rolled back when it throws. A failure of the
     * database itself is rethrown with its SQLException as the cause, which
     * {@code ProblemMapper} answers (503 when the server is unreachable or restarting).
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException lost) {
                    e.addSuppressed(lost);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("grade transaction failed: " + e.getMessage(), e);
        }
    }

    /**
     * The learner's row of the card, locked for this transaction, created first if the card
     * is new to them; 401 when the account is gone, 404 when the card is unknown.
     */
    public Locked lock(Connection c, String username, String cardId) throws SQLException {
        Locked locked = lockExisting(c, username, cardId);
        if (locked != null) {
            return locked;
        }
        long learnerId;
        try (PreparedStatement ps = c.prepareStatement(LEARNER_AND_CARD)) {
            ps.setString(1, cardId);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw CurrentUser.unauthorized();
                }
                if (rs.getString("kind") == null) {
                    throw Problem.notFound("no card with id \"" + cardId + "\"");
                }
                learnerId = rs.getLong("learner_id");
            }
        }
        try (PreparedStatement ps = c.prepareStatement(CREATE_STATE)) {
            ps.setLong(1, learnerId);
            ps.setString(2, cardId);
            ps.executeUpdate();
        }
        return lockExisting(c, username, cardId);
    }

    private Locked lockExisting(Connection c, String username, String cardId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, username);
            ps.setString(2, cardId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Locked(learner(rs), CardKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        rs.getBoolean("retired"), rs.getLong("id"), card(rs),
                        rs.getObject("last_review_day", LocalDate.class));
            }
        }
    }

    private static Learner learner(ResultSet rs) throws SQLException {
        return new Learner(rs.getLong("learner_id"),
                new LearnerCalendar(ZoneId.of(rs.getString("time_zone")), rs.getShort("day_start_hour")),
                PracticeService.scheduler(rs.getString("scheduler"), rs.getBigDecimal("desired_retention")));
    }

    /** The locked row as the queue rules see it: the caller applies them and hands the result to {@link #write}. */
    private static QueueCard card(ResultSet rs) throws SQLException {
        Double stability = (Double) rs.getObject("stability");
        MemoryState memory = stability == null ? null : new MemoryState(stability, rs.getDouble("difficulty"));
        CardState schedule = new CardState(rs.getBigDecimal("ease_factor"), rs.getInt("interval_days"),
                rs.getInt("repetitions"), rs.getInt("lapses"), memory);
        OffsetDateTime drillSince = rs.getObject("drill_since", OffsetDateTime.class);
        return new QueueCard(schedule, rs.getObject("due", LocalDate.class), rs.getBoolean("drill"),
                drillSince == null ? null : drillSince.toInstant(), rs.getObject("buried_until", LocalDate.class),
                rs.getBoolean("suspended"), rs.getBoolean("leech"), rs.getInt("version"));
    }

    /** Appends {@code log} and writes {@code s} to the row {@link #lock} returned, in one statement. */
    public void write(Connection c, ReviewLogEntity log, long stateId, QueueCard s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(WRITE)) {
            int i = 0;
            ps.setLong(++i, log.userId);
            ps.setString(++i, log.cardId);
            setInstant(ps, ++i, log.reviewedAt);
            setDate(ps, ++i, log.day);
            ps.setShort(++i, log.rating);
            ps.setShort(++i, log.quality);
            ps.setString(++i, log.kind);
            ps.setString(++i, log.answer);
            setNullable(ps, ++i, log.correct, Types.BOOLEAN);
            setNullable(ps, ++i, log.timeTakenMs, Types.INTEGER);
            ps.setString(++i, log.scheduler);
            ps.setBigDecimal(++i, log.easeBefore);
            ps.setInt(++i, log.intervalBefore);
            ps.setInt(++i, log.repetitionsBefore);
            ps.setInt(++i, log.lapsesBefore);
            setDate(ps, ++i, log.dueBefore);
            ps.setBoolean(++i, log.drillBefore);
            setInstant(ps, ++i, log.drillSinceBefore);
            ps.setBoolean(++i, log.leechBefore);
            ps.setBoolean(++i, log.suspendedBefore);
            setNullable(ps, ++i, log.stabilityBefore, Types.DOUBLE);
            setNullable(ps, ++i, log.difficultyBefore, Types.DOUBLE);
            ps.setBigDecimal(++i, log.easeAfter);
            ps.setInt(++i, log.intervalAfter);
            ps.setInt(++i, log.repetitionsAfter);
            ps.setInt(++i, log.lapsesAfter);
            setDate(ps, ++i, log.dueAfter);
            ps.setInt(++i, log.versionAfter);
            setNullable(ps, ++i, log.stabilityAfter, Types.DOUBLE);
            setNullable(ps, ++i, log.difficultyAfter, Types.DOUBLE);
            MemoryState memory = s.schedule().memory();
            ps.setBigDecimal(++i, s.schedule().easeFactor());
            ps.setInt(++i, s.schedule().interval());
            ps.setInt(++i, s.schedule().repetitions());
            ps.setInt(++i, s.schedule().lapses());
            setDate(ps, ++i, s.due());
            ps.setBoolean(++i, s.drill());
            setInstant(ps, ++i, s.drillSince());
            ps.setBoolean(++i, s.suspended());
            ps.setBoolean(++i, s.leech());
            ps.setInt(++i, s.version());
            setNullable(ps, ++i, memory == null ? null : memory.stability(), Types.DOUBLE);
            setNullable(ps, ++i, memory == null ? null : memory.difficulty(), Types.DOUBLE);
            ps.setLong(++i, stateId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("review_state row " + stateId + " vanished while locked");
            }
        }
    }

    private static void setNullable(PreparedStatement ps, int i, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(i, sqlType);
        } else {
            ps.setObject(i, value, sqlType);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        setNullable(ps, i, d, Types.DATE);
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        setNullable(ps, i, t == null ? null : t.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
