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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Latency of the "next due review" query of {@code PracticeService.next()} (its first
 * query, verbatim below) for random learners, over JDBC the way the app sends it: one
 * prepared statement, the user id and the learner's day as parameters, every column of
 * the row read.
 *
 * <p>It compares review_state tables of different sizes, each in its own schema (made by
 * bench/nextdue.sql) and reached through its own connection with
 * {@code search_path = <schema>, public}, so the query text is the app's. The executions
 * alternate between the tables in random order, so that whatever else runs on the machine
 * slows every table alike and the ratio stays meaningful on a shared machine.
 *
 * <p>Options ({@code --name=value}): {@code jdbc-url}, {@code user} (postgres), {@code password},
 * {@code sets} ({@code label:schema,...}, e.g. {@code 10k:nextdue_10k,1M:nextdue_1m}),
 * {@code executions} per table (2000), {@code warmup} per table (200, not counted),
 * {@code seed}, {@code explain} (true: print each table's plan for one learner).
 */
public final class NextDueLatency {

    /** Copied from PracticeService.next(); keep the two in step. */
    static final String NEXT_DUE = """
            select rs.* from review_state rs join card c on c.id = rs.card_id
            where rs.user_id = ?1 and rs.due <= ?2 and not rs.suspended
              and (rs.buried_until is null or rs.buried_until <= ?2) and not c.retired
            order by rs.due, rs.card_id limit 1""";

    private NextDueLatency() {
    }

    /** One table under test. */
    private static final class Target {
        final String label;
        final String schema;
        Connection connection;
        PreparedStatement statement;
        long rows;
        List<Long> users = new ArrayList<>();
        long[] nanos;
        int count;
        long found;

        Target(String label, String schema) {
            this.label = label;
            this.schema = schema;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = ReviewLoad.options(args);
        String url = o.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/gopherdrill");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "");
        int executions = Integer.parseInt(o.getOrDefault("executions", "2000"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "200"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        boolean explain = Boolean.parseBoolean(o.getOrDefault("explain", "true"));
        List<Target> targets = new ArrayList<>();
        for (String set : o.getOrDefault("sets", "10k:nextdue_10k,1M:nextdue_1m").split(",")) {
            String[] p = set.split(":");
            if (!p[1].matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("bad schema name " + p[1]);
            }
            targets.add(new Target(p[0], p[1]));
        }

        // JPA's ?1 ?2 become JDBC's ?: three of them, ?2 is bound twice, as Hibernate does
        String sql = NEXT_DUE.replace("?1", "?").replace("?2", "?");
        // the learner's day as the app computes it for the bench learners (UTC, day starts at 04:00)
        LocalDate today = Instant.now().atZone(ZoneOffset.UTC).minusHours(4).toLocalDate();
        Random random = new Random(seed);
        try {
            for (Target t : targets) {
                t.connection = DriverManager.getConnection(url, user, password);
                try (Statement s = t.connection.createStatement()) {
                    s.execute("set search_path = " + t.schema + ", public");
                    try (ResultSet rs = s.executeQuery("select count(*) from review_state")) {
                        rs.next();
                        t.rows = rs.getLong(1);
                    }
                    try (ResultSet rs = s.executeQuery("select distinct user_id from review_state order by 1")) {
                        while (rs.next()) {
                            t.users.add(rs.getLong(1));
                        }
                    }
                }
                if (t.users.isEmpty()) {
                    throw new IllegalStateException(t.schema + ".review_state is empty");
                }
                t.statement = t.connection.prepareStatement(sql);
                t.nanos = new long[executions];
            }
            List<Target> order = new ArrayList<>(targets);
            for (int i = -warmup; i < executions; i++) {
                Collections.shuffle(order, random);
                for (Target t : order) {
                    long userId = t.users.get(random.nextInt(t.users.size()));
                    long begin = System.nanoTime();
                    t.statement.setLong(1, userId);
                    t.statement.setObject(2, today);
                    t.statement.setObject(3, today);
                    int rows = 0;
                    try (ResultSet rs = t.statement.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            for (int col = 1; col <= md.getColumnCount(); col++) {
                                rs.getObject(col);
                            }
                            rows++;
                        }
                    }
                    long took = System.nanoTime() - begin;
                    if (i >= 0) {
                        t.nanos[t.count++] = took;
                        t.found += rows;
                    }
                }
            }
            for (Target t : targets) {
                if (explain) {
                    long userId = t.users.get(random.nextInt(t.users.size()));
                    String plan = NEXT_DUE.replace("?1", Long.toString(userId)).replace("?2", "date '" + today + "'");
                    System.out.println(t.label + ": plan for learner " + userId + ":");
                    try (Statement s = t.connection.createStatement();
                            ResultSet rs = s.executeQuery("explain (analyze, buffers) " + plan)) {
                        while (rs.next()) {
                            System.out.println("    " + rs.getString(1));
                        }
                    }
                }
            }
            for (Target t : targets) {
                Arrays.sort(t.nanos);
                double mean = Arrays.stream(t.nanos).average().orElse(Double.NaN) / 1e6;
                double p50 = ReviewLoad.percentile(t.nanos, 0.50);
                double p99 = ReviewLoad.percentile(t.nanos, 0.99);
                System.out.printf(Locale.ROOT,
                        "NextDueLatency %s: %d review_state rows, %d learners, %d executions (%d returned a card): "
                                + "median %.3f ms, p99 %.3f ms, mean %.3f ms%n",
                        t.label, t.rows, t.users.size(), executions, t.found, p50, p99, mean);
                System.out.printf(Locale.ROOT, "RESULT label=%s rows=%d p50_ms=%.3f p99_ms=%.3f mean_ms=%.3f%n",
                        t.label, t.rows, p50, p99, mean);
            }
        } finally {
            for (Target t : targets) {
                if (t.connection != null) {
                    t.connection.close();
                }
            }
        }
    }
}
