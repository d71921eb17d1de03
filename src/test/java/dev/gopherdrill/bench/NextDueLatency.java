package dev.gopherdrill.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Latency of the "next due review" query of {@code PracticeService.next()} (its first
 * query, verbatim below) for random learners, over JDBC the way the app sends it: one
 * prepared statement, the user id and the learner's day as parameters, every column of
 * the row read. bench/run.sh calls it once with 10k and once with 1M review_state rows.
 *
 * <p>Options ({@code --name=value}): {@code jdbc-url}, {@code user} (postgres),
 * {@code executions} (2000), {@code warmup} (200, not counted), {@code label},
 * {@code seed}, {@code explain} (true: print the plan for one learner).
 */
public final class NextDueLatency {

    /** Copied from PracticeService.next(); keep the two in step. */
    static final String NEXT_DUE = """
            select rs.* from review_state rs join card c on c.id = rs.card_id
            where rs.user_id = ?1 and rs.due <= ?2 and not rs.suspended
              and (rs.buried_until is null or rs.buried_until <= ?2) and not c.retired
            order by rs.due, c.position limit 1""";

    private NextDueLatency() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = ReviewLoad.options(args);
        String url = o.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/gopherdrill");
        String user = o.getOrDefault("user", "postgres");
        int executions = Integer.parseInt(o.getOrDefault("executions", "2000"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "200"));
        String label = o.getOrDefault("label", "");
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        boolean explain = Boolean.parseBoolean(o.getOrDefault("explain", "true"));

        // JPA's ?1 ?2 become JDBC's ?; ?2 appears twice and is bound twice, as Hibernate does
        String sql = NEXT_DUE.replace("?1", "?").replace("?2", "?");
        // the learner's day as the app computes it for the bench learners (UTC, day starts at 04:00)
        LocalDate today = Instant.now().atZone(ZoneOffset.UTC).minusHours(4).toLocalDate();

        try (Connection c = DriverManager.getConnection(url, user, "")) {
            long rows;
            List<Long> users = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select count(*) from review_state")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("select distinct user_id from review_state order by 1")) {
                    while (rs.next()) {
                        users.add(rs.getLong(1));
                    }
                }
            }
            if (users.isEmpty()) {
                throw new IllegalStateException("review_state is empty");
            }
            Random random = new Random(seed);
            long[] nanos = new long[executions];
            long found = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = -warmup; i < executions; i++) {
                    long userId = users.get(random.nextInt(users.size()));
                    long begin = System.nanoTime();
                    ps.setLong(1, userId);
                    ps.setObject(2, today);
                    ps.setObject(3, today);
                    ps.setObject(4, today);
                    try (ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            for (int col = 1; col <= md.getColumnCount(); col++) {
                                rs.getObject(col);
                            }
                            if (i >= 0) {
                                found++;
                            }
                        }
                    }
                    long took = System.nanoTime() - begin;
                    if (i >= 0) {
                        nanos[i] = took;
                    }
                }
            }
            if (explain) {
                long userId = users.get(random.nextInt(users.size()));
                String plan = NEXT_DUE.replace("?1", Long.toString(userId)).replace("?2", "date '" + today + "'");
                System.out.println("plan for user " + userId + ":");
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("explain (analyze, buffers) " + plan)) {
                    while (rs.next()) {
                        System.out.println("    " + rs.getString(1));
                    }
                }
            }
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
            double p50 = ReviewLoad.percentile(nanos, 0.50);
            double p99 = ReviewLoad.percentile(nanos, 0.99);
            System.out.printf(Locale.ROOT,
                    "NextDueLatency %s: %d review_state rows, %d learners, %d executions (%d returned a card): "
                            + "median %.3f ms, p99 %.3f ms, mean %.3f ms%n",
                    label, rows, users.size(), executions, found, p50, p99, mean);
            System.out.printf(Locale.ROOT, "RESULT label=%s rows=%d p50_ms=%.3f p99_ms=%.3f mean_ms=%.3f%n",
                    label, rows, p50, p99, mean);
        }
    }
}
