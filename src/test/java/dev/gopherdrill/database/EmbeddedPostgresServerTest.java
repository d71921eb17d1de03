package dev.gopherdrill.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded server keeps data across restarts, with durability on; takes over a data
 * folder whose server was orphaned by a killed JVM; restarts its postmaster when it is
 * killed, with every committed row; and lets nobody in without its password.
 */
class EmbeddedPostgresServerTest {

    @Test
    void dataSurvivesARestartAndDurabilityIsOn(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            sql(pg, "create table t (v int); insert into t values (42)");
            assertEquals("on", query(pg, "show fsync"));
            assertEquals("on", query(pg, "show synchronous_commit"));
        }
        assertFalse(Files.exists(dir.resolve("postmaster.pid")), "a clean stop removes the pid file");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            assertEquals("42", query(pg, "select v from t"));
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataKept(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dir)) {
            sql(first, "create table t (v int); insert into t values (7)");
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
        long orphanPid = EmbeddedPostgresServer.runningPostmaster(dir).orElseThrow().pid();

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.startPersistent(dir)) {
            assertEquals("2", query(next, "select count(*) from t"));
            assertTrue(ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true), "the orphan was stopped");
            assertNotEquals(orphanPid, postmasterPid(dir));
        }
    }

    /** The second JVM of the orphan test. */
    public static final class OrphanMaker {
        static final String READY = "ORPHAN-READY";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(Path.of(args[0]));
            sql(pg, "insert into t values (8)");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void aKilledPostmasterIsRestartedOnTheSamePortAndFolderWithEveryCommittedRow(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            sql(pg, "create table t (v int primary key)");
            long killed = postmasterPid(dir);
            int port = pg.port();

            // one client commits row after row and notes each commit the server acknowledged
            List<Integer> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                int next = 0;
                while (!stop.get()) {
                    try (Connection c = connect(pg); Statement s = c.createStatement()) {
                        while (!stop.get()) {
                            s.execute("insert into t values (" + next + ")");
                            acknowledged.add(next++);
                        }
                    } catch (SQLException e) {
                        next++; // this insert may or may not have been committed: skip its value
                        pause(50);
                    }
                }
            });
            // another keeps a backend busy in a query: such a backend does not notice that its
            // postmaster is gone and holds the old shared memory, so the restart must end it
            Thread busy = new Thread(() -> {
                try (Connection c = connect(pg); Statement s = c.createStatement()) {
                    s.execute("select count(*) from generate_series(1, 100000000000)");
                } catch (SQLException expected) {
                    // killed with its server
                }
            });
            writer.start();
            busy.start();
            awaitSize(acknowledged, 50);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!"1".equals(query(pg, "select count(*) from pg_stat_activity where state = 'active'"
                    + " and query like 'select count(*) from generate_series%'"))) {
                assertTrue(System.nanoTime() < deadline, "the busy query did not start");
                pause(20);
            }

            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9, our postmaster only
            // the orphaned backend may still take a commit or two: count those after the restart
            long deadline2 = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (EmbeddedPostgresServer.runningPostmaster(dir).map(p -> p.pid() == killed).orElse(true)) {
                assertTrue(System.nanoTime() < deadline2, "no new postmaster within 60 s");
                pause(20);
            }
            awaitSize(acknowledged, acknowledged.size() + 50);
            stop.set(true);
            writer.join(TimeUnit.SECONDS.toMillis(60));
            busy.join(TimeUnit.SECONDS.toMillis(60));

            assertNotEquals(killed, postmasterPid(dir), "a new postmaster runs on the folder");
            assertEquals(port, pg.port());
            assertEquals(EmbeddedPostgresServer.State.RUNNING, pg.state());
            List<Integer> stored = new ArrayList<>();
            try (Connection c = connect(pg); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select v from t")) {
                while (rs.next()) {
                    stored.add(rs.getInt(1));
                }
            }
            List<Integer> lost = new ArrayList<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(List.of(), lost, "acknowledged commits missing after the crash recovery");
            assertFalse(busy.isAlive(), "the query of the dead server's backend was ended");
        }
        assertTrue(EmbeddedPostgresServer.runningPostmaster(dir).isEmpty(), "close stops the restarted server");
    }

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgresServer persistent = EmbeddedPostgresServer.startPersistent(dir);
             EmbeddedPostgresServer throwAway = EmbeddedPostgresServer.startThrowAway()) {
            for (EmbeddedPostgresServer pg : List.of(persistent, throwAway)) {
                assertRefused(() -> DriverManager.getConnection(pg.jdbcUrl()));
                assertRefused(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.username(), "postgres"));
                assertRefused(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password() + "x"));
                assertEquals("1", query(pg, "select 1"));
            }
            assertNotEquals(persistent.password(), throwAway.password());
        }
        Path file = EmbeddedPostgresServer.passwordFile(dir);
        assertEquals(tmp.resolve("pg.password"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.readString(dir.resolve("pg_hba.conf")).matches("(?s).*\\strust\\b.*"));
        String password = Files.readString(file).trim();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(dir)) {
            assertEquals(password, again.password(), "the password is made once");
        }
    }

    @Test
    void aFolderFromAnOlderVersionThatTrustedEveryLocalConnectionGetsThePassword(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        // what the versions before the password left: zonky's initdb -A trust, no password file
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + EmbeddedPostgresServer.DATABASE);
            }
            try (Connection c = old.getDatabase("postgres", EmbeddedPostgresServer.DATABASE).getConnection();
                 Statement s = c.createStatement()) {
                s.execute("create table t (v int); insert into t values (5)");
            }
        }
        assertTrue(EmbeddedPostgresServer.trustsLoopback(dir));
        assertFalse(Files.exists(EmbeddedPostgresServer.passwordFile(dir)));

        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            assertRefused(() -> DriverManager.getConnection(pg.jdbcUrl()));
            assertRefused(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.username(), "wrong"));
            assertEquals("5", query(pg, "select v from t"));
        }
        assertFalse(EmbeddedPostgresServer.trustsLoopback(dir));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(EmbeddedPostgresServer.passwordFile(dir))));
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir)) {
            assertEquals("5", query(pg, "select v from t"));
        }
    }

    @Test
    void aFolderThatNeedsAPasswordWhoseFileIsMissingIsNotStarted(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        EmbeddedPostgresServer.startPersistent(dir).close();
        Files.delete(EmbeddedPostgresServer.passwordFile(dir));
        IOException e = assertThrows(IOException.class, () -> EmbeddedPostgresServer.startPersistent(dir));
        assertTrue(e.getMessage().contains(EmbeddedPostgresServer.passwordFile(dir).toString()), e.getMessage());
        assertFalse(Files.exists(EmbeddedPostgresServer.passwordFile(dir)), "no new password is made up");
    }

    interface Connect {
        Connection open() throws SQLException;
    }

    private static void assertRefused(Connect connect) {
        SQLException e = assertThrows(SQLException.class, () -> connect.open().close());
        // 28P01: wrong password; 08004: the server asked for one and none was given
        assertTrue(List.of("28P01", "08004").contains(e.getSQLState()), e.getSQLState() + " " + e.getMessage());
    }

    static long postmasterPid(Path dir) throws IOException {
        return Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
    }

    private static void awaitSize(List<?> list, int size) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (list.size() < size) {
            assertTrue(System.nanoTime() < deadline, "only " + list.size() + " of " + size + " within 60 s");
            pause(20);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Connection connect(EmbeddedPostgresServer pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
    }

    private static void sql(EmbeddedPostgresServer pg, String sql) throws SQLException {
        try (Connection c = connect(pg); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer pg, String sql) throws SQLException {
        try (Connection c = connect(pg); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
