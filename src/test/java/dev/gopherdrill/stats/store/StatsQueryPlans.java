package dev.gopherdrill.stats.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.database.EmbeddedPostgresServer;
import dev.gopherdrill.stats.Statistics;

/**
 * The statistics page's queries on a big log: a throw-away embedded PostgreSQL with the app's
 * migrations, 13 decks of 20 cards, one learner with {@code rows} review-log rows over three years
 * (about 90 a day) and ten others with a fifth as many each, written in time order so that the
 * learner's rows lie spread among the others' as in a shared database. Prints each query's plan
 * ({@code EXPLAIN (ANALYZE, BUFFERS)}) and the median of {@code runs} executions. A benchmark, not a
 * test: run it with {@code bash bench/stats.sh}.
 *
 * <p>Options ({@code --name=value}): {@code rows} (100000), {@code runs} (20), {@code migrations}
 * (db/migration; another folder to compare the plans with a candidate index).
 */
public final class StatsQueryPlans {

    private StatsQueryPlans() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            o.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int rows = Integer.parseInt(o.getOrDefault("rows", "100000"));
        int runs = Integer.parseInt(o.getOrDefault("runs", "20"));
        Path migrations = Path.of(o.getOrDefault("migrations", "db/migration"));
        LocalDate today = LocalDate.of(2026, 12, 6);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startThrowAway();
             Connection db = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             Statement s = db.createStatement()) {
            List<Path> files;
            try (var list = Files.list(migrations)) {
                files = list.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                        .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
            }
            for (Path f : files) {
                s.execute(Files.readString(f));
            }
            System.out.println("migrations: " + files.stream().map(f -> f.getFileName().toString()).toList());
            long started = System.nanoTime();
            seed(s, rows, today);
            System.out.printf("seeded in %.1f s: %s review_log rows, %s review_state rows%n",
                    (System.nanoTime() - started) / 1e9, count(s, "review_log"), count(s, "review_state"));
            String u = "1";
            String year = "'" + Statistics.yearFrom(today) + "'::date";
            String from = "'" + Statistics.retentionFrom(today) + "'::date";
            String day = "'" + today + "'::date";
            String until = "'" + today.plusDays(Statistics.FORECAST_DAYS - 1) + "'::date";
            String mature = Integer.toString(Statistics.MATURE_INTERVAL);
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("activity", bind(StatsService.ACTIVITY, u, year, day));
            queries.put("first reviews", bind(StatsService.FIRST_REVIEWS, u, from, day, mature));
            queries.put("buttons", bind(StatsService.BUTTONS, u, year, day, mature));
            queries.put("due", bind(StatsService.DUE, u, day, until));
            queries.put("scheduled", bind(StatsService.SCHEDULED, u));
            queries.put("decks", bind(StatsService.DECKS, u, day, mature));
            double total = 0;
            for (var q : queries.entrySet()) {
                System.out.println("\n== " + q.getKey());
                try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + q.getValue())) {
                    while (rs.next()) {
                        System.out.println("   " + rs.getString(1));
                    }
                }
                double[] ms = new double[runs];
                for (int k = 0; k < runs; k++) {
                    long t = System.nanoTime();
                    try (ResultSet rs = s.executeQuery(q.getValue())) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                    ms[k] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                total += ms[runs / 2];
                System.out.printf("RESULT query=%s median_ms=%.2f%n", q.getKey().replace(' ', '_'), ms[runs / 2]);
            }
            System.out.printf("%nRESULT query=all median_ms=%.2f rows=%d%n", total, rows);
        }
    }

    private static int version(Path f) {
        return Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }

    /** The query with {@code ?n} replaced by the n-th literal (the benchmark's own, trusted values). */
    private static String bind(String sql, String... values) {
        String out = sql;
        for (int k = values.length; k >= 1; k--) {
            out = out.replace("?" + k, values[k - 1]);
        }
        return out;
    }

    private static long count(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deterministic data: every choice is a hash of the row number, so two runs load the same log. */
    private static void seed(Statement s, int rows, LocalDate today) throws Exception {
        List<String> sql = new ArrayList<>();
        sql.add("insert into app_user (username, password_hash) select 'learner' || g, 'x' from generate_series(1, 11) g");
        sql.add("insert into deck (id, titles, position) select 'd' || g, jsonb_build_object('en', 'Deck ' || g), g "
                + "from generate_series(1, 13) g");
        sql.add("insert into card (id, deck_id, kind, go_versions, level, position, source_file, source_line, content, "
                + "content_hash) select 'c' || g, 'd' || (1 + g % 13), 'recall', '1.19', 1, g, 'x.md', g, '{}', 'h' "
                + "from generate_series(0, 259) g");
        sql.add("insert into review_state (user_id, card_id, ease_factor, interval_days, repetitions, due, drill, suspended) "
                + "select u, 'c' || g, 1.3 + (g % 15) / 10.0, 1 + (g * 7) % 90, 3, date '" + today + "' + (g % 40) - 5, "
                + "g % 17 = 0, g % 23 = 0 from generate_series(1, 11) u, generate_series(0, 259) g");
        // One statement for every learner, rows in time order, so that a learner's rows are spread over the
        // table among the others' as they are in a shared database (every third row is learner 1's).
        sql.add("insert into review_log (user_id, card_id, reviewed_at, day, rating, quality, kind, time_taken_ms, "
                + "ease_before, interval_before, repetitions_before, lapses_before, drill_before, leech_before, "
                + "suspended_before, ease_after, interval_after, repetitions_after, lapses_after, version_after, scheduler, "
                + "undone_at) select case when g % 3 = 0 then 1 else 2 + g % 10 end, 'c' || ((g * 7919) % 260), "
                + "timestamptz '" + today + " 12:00Z' - (1094 - g * 1095 / " + 3 * rows + ") * interval '1 day', "
                + "date '" + today + "' - (1094 - g * 1095 / " + 3 * rows + ")::int, 1 + (g * 31) % 4, 3, "
                + "(array['new','review','review','review','drill','quiz'])[1 + g % 6], 1000 + g % 9000, 2.5, "
                + "(g * 13) % 60, 1, 0, false, false, false, 2.5, 1, 1, 0, 1, 'sm2', case when g % 50 = 0 then now() end "
                + "from generate_series(0::bigint, " + (3L * rows - 1) + ") g");
        // as autovacuum leaves a settled table: statistics gathered, the visibility map set
        sql.add("vacuum analyze");
        for (String q : sql) {
            s.execute(q);
        }
    }
}
