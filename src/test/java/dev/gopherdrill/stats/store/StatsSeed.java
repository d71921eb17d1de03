package dev.gopherdrill.stats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * Writes a learner's history straight into review_log and review_state with explicit days, so a
 * test can state the numbers it expects from a table it wrote out. Every row is in the fixture
 * deck {@code alpha}; the learners are UTC, so a row at noon UTC is on its {@code day}.
 */
public final class StatsSeed implements AutoCloseable {

    private final Connection db;
    private final long userId;
    private int sequence;

    public StatsSeed(DataSource ds, String username) throws SQLException {
        db = ds.getConnection();
        try (PreparedStatement q = db.prepareStatement("select id from app_user where username = ?")) {
            q.setString(1, username);
            var rs = q.executeQuery();
            rs.next();
            userId = rs.getLong(1);
        }
    }

    /** One log row on {@code day}, later than every row written before it. */
    public StatsSeed log(LocalDate day, String card, String kind, int rating, int intervalBefore, Integer timeMs,
                  boolean undone) throws SQLException {
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC).plusSeconds(sequence++);
        try (PreparedStatement q = db.prepareStatement("""
                insert into review_log (user_id, card_id, reviewed_at, day, rating, quality, kind, time_taken_ms,
                  ease_before, interval_before, repetitions_before, lapses_before, drill_before, leech_before,
                  suspended_before, ease_after, interval_after, repetitions_after, lapses_after, version_after,
                  scheduler, undone_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 2.5, ?, 1, 0, false, false, false, 2.5, ?, 2, 0, 1, 'sm2', ?)""")) {
            q.setLong(1, userId);
            q.setString(2, card);
            q.setObject(3, at.atOffset(ZoneOffset.UTC));
            q.setObject(4, day);
            q.setInt(5, rating);
            q.setInt(6, new int[] {0, 1, 3, 4, 5}[rating]);
            q.setString(7, kind);
            q.setObject(8, timeMs);
            q.setInt(9, intervalBefore);
            q.setInt(10, Math.max(1, intervalBefore));
            q.setObject(11, undone ? at.plusSeconds(1).atOffset(ZoneOffset.UTC) : null);
            q.executeUpdate();
        }
        return this;
    }

    public StatsSeed state(String card, int interval, String ease, LocalDate due, boolean drill, boolean suspended)
            throws SQLException {
        try (PreparedStatement q = db.prepareStatement("""
                insert into review_state (user_id, card_id, ease_factor, interval_days, repetitions, lapses, due,
                  drill, suspended, version)
                values (?, ?, ?::numeric, ?, 2, 0, ?, ?, ?, 3)""")) {
            q.setLong(1, userId);
            q.setString(2, card);
            q.setString(3, ease);
            q.setInt(4, interval);
            q.setObject(5, due);
            q.setBoolean(6, drill);
            q.setBoolean(7, suspended);
            q.executeUpdate();
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
