package dev.gopherdrill.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server run by the application itself, so that one command starts
 * the trainer on a machine with nothing but Java.
 *
 * Lifecycle, with who owns each step:
 * <ol>
 *   <li>{@link #start} (main thread, before Quarkus boots): if the data folder holds a
 *       {@code postmaster.pid} of a server that is still running, that server is an
 *       orphan of a JVM that was killed; it is stopped the way PostgreSQL intends (SIGTERM,
 *       a smart shutdown that completes once its dead clients are gone), so no committed
 *       row is lost and the new server owns the folder alone. Then zonky runs initdb if
 *       the folder is empty and starts the postmaster.</li>
 *   <li>{@link #close} (after Quarkus stopped, or from the shutdown hook): {@code pg_ctl
 *       stop}. Idempotent.</li>
 * </ol>
 *
 * Durability: zonky turns {@code fsync} and {@code synchronous_commit} off because it was
 * made for throw-away test databases. This server keeps a learner's history, so both are
 * switched back on for persistent folders; throw-away servers (tests) keep them off.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "gopherdrill";
    private static final String SUPERUSER = "postgres";
    /** Long enough for a smart shutdown to flush a busy server's dirty buffers. */
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A server on {@code dataDirectory}, kept across restarts, durable. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // PostgreSQL's 128 MB default keeps about half a million review states in
                // memory; 256 MB holds a million with their indexes (bench/README.md)
                .setServerConfig("shared_buffers", "256MB")
                // zonky's own hook would stop the server while Quarkus is still shutting down;
                // the owner (GopherDrillMain) stops it after Quarkus instead
                .setRegisterShutdownHook(false)
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg);
        server.createDatabase();
        return server;
    }

    /** A server in a temporary folder that disappears on close: for tests and benchmarks. */
    public static EmbeddedPostgresServer startThrowAway() throws IOException {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        server.createDatabase();
        return server;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    private void createDatabase() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE, e);
        }
    }

    /**
     * Stops a postmaster left running by a killed JVM. A stale pid file whose process is
     * gone (or is not a postgres) is left alone: PostgreSQL itself overwrites it.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = orphanPostmaster(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle p = orphan.get();
        LOG.warnf("PostgreSQL (pid %d) is still running on %s, left by a process that did not shut down; stopping it",
                p.pid(), dataDirectory);
        p.destroy();
        try {
            p.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("PostgreSQL (pid " + p.pid() + ") on " + dataDirectory
                    + " did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; stop it and start again", e);
        }
    }

    static Optional<ProcessHandle> orphanPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            postgres.close();
        }
    }
}
