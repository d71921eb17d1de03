package dev.gopherdrill.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The embedded server keeps data across restarts, with durability on, and takes over a
 * data folder whose server was orphaned by a killed JVM without losing a committed row.
 */
class EmbeddedPostgresServerTest {

    @Test
    void dataSurvivesARestartAndDurabilityIsOn(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            sql(pg.jdbcUrl(), "create table t (v int); insert into t values (42)");
            assertEquals("on", query(pg.jdbcUrl(), "show fsync"));
            assertEquals("on", query(pg.jdbcUrl(), "show synchronous_commit"));
        }
        assertFalse(Files.exists(dir.resolve("postmaster.pid")), "a clean stop removes the pid file");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            assertEquals("42", query(pg.jdbcUrl(), "select v from t"));
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataKept(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dir)) {
            sql(first.jdbcUrl(), "create table t (v int); insert into t values (7)");
        }
        // A second JVM starts the server, commits a row, and is killed with SIGKILL: its
        // shutdown hook never runs, and its postmaster is left running on the folder.
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(OrphanMaker.READY)) {
                // start-up logging
            }
            assertEquals(OrphanMaker.READY, line, "the second JVM did not get its server ready");
            jvm.destroyForcibly().waitFor();
        }
        long orphanPid = EmbeddedPostgresServer.orphanPostmaster(dir).orElseThrow().pid();

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.startPersistent(dir)) {
            assertEquals("2", query(next.jdbcUrl(), "select count(*) from t"));
            assertTrue(ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true), "the orphan was stopped");
            assertNotEquals(orphanPid, Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim()));
        }
    }

    /** The second JVM of the orphan test. */
    public static final class OrphanMaker {
        static final String READY = "ORPHAN-READY";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(Path.of(args[0]));
            sql(pg.jdbcUrl(), "insert into t values (8)");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    private static void sql(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
