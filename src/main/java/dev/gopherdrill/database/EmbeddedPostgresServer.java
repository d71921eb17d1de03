package dev.gopherdrill.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server run by the application itself, so that one command starts
 * the trainer on a machine with nothing but Java.
 *
 * <p>States and who moves between them:
 * <pre>
 *   start*() ──▶ RUNNING ──── watchdog: the postmaster is gone ───▶ RESTARTING ──┐
 *                   ▲                                                  │   ▲      │ watchdog: the attempt
 *                   └──── watchdog: a new postmaster is ready ─────────┘   └──────┘ failed, retried later
 *   RUNNING or RESTARTING ──── close() ───▶ CLOSED
 * </pre>
 * <ol>
 *   <li>{@link #startPersistent} (the caller's thread, before Quarkus boots): if the data
 *       folder holds a {@code postmaster.pid} of a server that is still running, that server
 *       is an orphan of a JVM that was killed; it is stopped the way PostgreSQL intends
 *       (SIGTERM, a smart shutdown that completes once its dead clients are gone), so no
 *       committed row is lost and the new server owns the folder alone. Then zonky runs
 *       initdb if the folder is empty and starts the postmaster, and the folder is secured
 *       (below). The server is RUNNING and a watchdog thread starts watching the postmaster.</li>
 *   <li>RUNNING → RESTARTING (the watchdog thread, checking every {@value #WATCH_PERIOD_MS} ms): the
 *       postmaster process is gone (a {@code kill -9}, the OOM killer, a crash). Every request
 *       fails meanwhile and the connection pool evicts the dead connections (see
 *       application.properties). The watchdog releases the dead server's folder, waits for
 *       the orphaned backends still attached to its shared memory (killing those that keep
 *       running a query after a grace period: their clients are gone with the postmaster),
 *       and starts a new postmaster on the same port and folder. PostgreSQL sees the
 *       unclean shutdown and replays the WAL, so every acknowledged commit is there.</li>
 *   <li>RESTARTING → RUNNING (the watchdog): the new postmaster accepts connections. A failed
 *       attempt (the port taken meanwhile, say) stays RESTARTING and is retried with back-off.</li>
 *   <li>any → CLOSED ({@link #close}: GopherDrillMain after Quarkus stopped, its shutdown hook,
 *       or a test): the watchdog is stopped first, so that the deliberate stop is not taken
 *       for a crash, then {@code pg_ctl stop}. Waits for a restart in progress. Idempotent.</li>
 * </ol>
 * Only servers this class started are watched: with an external JDBC URL none exists.
 * Throw-away servers (tests) are not watched. The app owns its server: one stopped by hand
 * ({@code pg_ctl stop}) is started again too; stop the app instead.
 *
 * <p>Access: every connection, TCP or Unix socket, needs the superuser's password
 * ({@code scram-sha-256}); loopback is not trusted, since any local user could otherwise
 * read and rewrite every learner's history. The password is random, made on the first
 * start and kept beside the data folder ({@code <data folder>.password}, mode 0600), like
 * the session key. A folder made by an older version, whose {@code pg_hba.conf} trusted
 * loopback, gets the password and a new {@code pg_hba.conf} at its next start.
 *
 * <p>Durability: zonky turns {@code fsync} and {@code synchronous_commit} off because it was
 * made for throw-away test databases. This server keeps a learner's history, so both are
 * switched back on for persistent folders; throw-away servers keep them off.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "gopherdrill";
    private static final String SUPERUSER = "postgres";
    /** Long enough for a smart shutdown to flush a busy server's dirty buffers. */
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);
    static final long WATCH_PERIOD_MS = 200;
    /** Orphaned backends that wait for a client leave at once; one running a query does not notice. */
    private static final Duration BACKEND_GRACE = Duration.ofSeconds(1);
    private static final Duration BACKEND_KILL_TIMEOUT = Duration.ofSeconds(10);
    /** Crash recovery replays the WAL written since the last checkpoint (5 min or 1 GB by default). */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(5);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final String HBA = """
            # Written by Gopher Drill: every connection needs the superuser's password, kept in
            # the file beside this data folder (<data folder>.password).
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    enum State { RUNNING, RESTARTING, CLOSED }

    /** Makes a builder for this server's folder and settings; the port is added once known. */
    private final Supplier<EmbeddedPostgres.Builder> configuration;
    private final Path dataDirectory;
    private final String password;
    private final ScheduledExecutorService watchdog;
    private EmbeddedPostgres postgres;
    private ProcessHandle postmaster;
    private State state = State.RUNNING;
    private long restartAttemptAt;
    private long restartDelayMs = WATCH_PERIOD_MS;

    private EmbeddedPostgresServer(Supplier<EmbeddedPostgres.Builder> configuration, Path dataDirectory,
                                   String password, EmbeddedPostgres postgres, boolean watched) throws IOException {
        this.configuration = configuration;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.postgres = postgres;
        if (watched) {
            this.postmaster = postmasterOf(dataDirectory);
            this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "embedded-postgres-watchdog");
                t.setDaemon(true);
                return t;
            });
            watchdog.scheduleWithFixedDelay(this::watch, WATCH_PERIOD_MS, WATCH_PERIOD_MS, TimeUnit.MILLISECONDS);
        } else {
            this.watchdog = null;
        }
    }

    /** A server on {@code dataDirectory}, kept across restarts, durable, restarted when it dies. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        awaitProcessesGone(dataDirectory);
        removeStaleLockFiles(dataDirectory);
        Path passwordFile = passwordFile(dataDirectory);
        boolean initialized = Files.exists(dataDirectory.resolve("postgresql.conf"));
        if (initialized && !Files.exists(passwordFile) && !trustsLoopback(dataDirectory)) {
            throw new IOException("PostgreSQL on " + dataDirectory + " needs the password that was kept in "
                    + passwordFile + ", which is missing: restore it");
        }
        String password = readOrCreatePassword(passwordFile);
        Supplier<EmbeddedPostgres.Builder> configuration = () -> secured(EmbeddedPostgres.builder(), passwordFile, password)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // PostgreSQL's 128 MB default keeps about half a million review states in
                // memory; 256 MB holds a million with their indexes (bench/README.md)
                .setServerConfig("shared_buffers", "256MB")
                .setPGStartupWait(STARTUP_WAIT)
                // zonky's own hook would stop the server while Quarkus is still shutting down;
                // the owner (GopherDrillMain) stops it after Quarkus instead
                .setRegisterShutdownHook(false);
        EmbeddedPostgres pg = configuration.get().start();
        int port = pg.getPort();
        try {
            if (trustsLoopback(dataDirectory)) {
                requirePassword(pg, dataDirectory, password);
            }
            createDatabase(pg);
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
        return new EmbeddedPostgresServer(() -> configuration.get().setPort(port), dataDirectory, password, pg, true);
    }

    /** A server in a temporary folder that disappears on close: for tests and benchmarks. */
    public static EmbeddedPostgresServer startThrowAway() throws IOException {
        String password = randomPassword();
        // initdb reads the password from a file; it is needed only until initdb has run
        Path passwordFile = Files.createTempFile("gopherdrill-pg", ".password");
        EmbeddedPostgres pg;
        try {
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
            pg = secured(EmbeddedPostgres.builder(), passwordFile, password).start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        createDatabase(pg);
        return new EmbeddedPostgresServer(null, null, password, pg, false);
    }

    /**
     * A new folder gets {@code scram-sha-256} for every connection from initdb itself, with the
     * password from {@code passwordFile}, so that it never trusts anyone, not even for a moment.
     * zonky runs initdb with {@code -A trust} and appends each "locale" setting as a
     * {@code --name=value} option, and initdb takes the last {@code --auth} given.
     */
    private static EmbeddedPostgres.Builder secured(EmbeddedPostgres.Builder b, Path passwordFile, String password) {
        return b.setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
                // zonky checks that the server is up by connecting to it
                .setConnectConfig("password", password);
    }

    public String jdbcUrl() {
        return postgres().getJdbcUrl(SUPERUSER, DATABASE);
    }

    public int port() {
        return postgres().getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    /** {@code <data folder>.password}: beside the data, where initdb cannot object to it. */
    public static Path passwordFile(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".password");
    }

    private synchronized EmbeddedPostgres postgres() {
        return postgres;
    }

    synchronized State state() {
        return state;
    }

    private static void createDatabase(EmbeddedPostgres pg) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
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

    // ------------------------------------------------------------------ the password

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warnf("cannot restrict the permissions of %s", file);
            }
            Files.writeString(tmp, randomPassword(), StandardCharsets.US_ASCII);
            // a start interrupted half-way must not leave an empty password behind
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: delete it only together with the data folder beside it");
        }
        return password;
    }

    /** Whether {@code pg_hba.conf} lets anyone in without a password (folders made before the password). */
    static boolean trustsLoopback(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        return Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceFirst("#.*", "").trim())
                .filter(l -> !l.isEmpty())
                .anyMatch(l -> l.matches(".*\\s(trust|password)(\\s.*)?"));
    }

    /**
     * Upgrades a folder that trusted loopback: sets the superuser's password (the server still
     * trusts this connection), then replaces {@code pg_hba.conf} and waits until the server has
     * re-read it, that is until a connection without the password is refused, before anything
     * else connects.
     */
    private static void requirePassword(EmbeddedPostgres pg, Path dataDirectory, String password) throws IOException {
        LOG.infof("PostgreSQL on %s trusted every local connection; it now requires the password in %s",
                dataDirectory, passwordFile(dataDirectory));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            // the password is hex digits: nothing to escape
            s.execute("alter role " + SUPERUSER + " password '" + password + "'");
            Path tmp = dataDirectory.resolve("pg_hba.conf.tmp");
            Files.writeString(tmp, HBA, StandardCharsets.UTF_8);
            Files.move(tmp, dataDirectory.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            try (ResultSet rs = s.executeQuery("select pg_reload_conf()")) {
                rs.next();
            }
        } catch (SQLException e) {
            throw new IOException("cannot set the password of PostgreSQL on " + dataDirectory, e);
        }
        // pg_reload_conf only signals the postmaster
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection stillTrusted = pg.getDatabase(SUPERUSER, "postgres", Map.of()).getConnection()) {
                Thread.sleep(20);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IOException("PostgreSQL on " + dataDirectory + " still lets connections in without the password");
    }

    // ------------------------------------------------------------------ the watchdog

    /** One tick of the watchdog thread. */
    private void watch() {
        try {
            synchronized (this) {
                if (state == State.CLOSED || (state == State.RUNNING && running(postmaster))) {
                    return;
                }
                if (state == State.RESTARTING && System.nanoTime() < restartAttemptAt) {
                    return;
                }
                if (state == State.RUNNING) {
                    LOG.errorf("PostgreSQL (postmaster pid %d) on %s is gone; restarting it on port %d",
                            postmaster.pid(), dataDirectory, postgres.getPort());
                    state = State.RESTARTING;
                }
                restart();
            }
        } catch (RuntimeException e) {
            // an exception would end the scheduled task, and with it the watchdog
            LOG.error("the PostgreSQL watchdog failed; it tries again", e);
        }
    }

    /** RESTARTING → RUNNING, or RESTARTING again later. Holds the lock, so close() waits for it. */
    private void restart() {
        long t0 = System.nanoTime();
        try {
            // zonky's close releases its lock on the folder, after a pg_ctl stop that would signal
            // the pid in postmaster.pid and wait for it: a zombie until init reaps it, or by then
            // another process. Without the stale file it finds no server and says so at once.
            removeStaleLockFiles(dataDirectory);
            postgres.close();
            awaitProcessesGone(dataDirectory);
            removeStaleLockFiles(dataDirectory); // a failed attempt's postmaster, killed just now
            // zonky locks this file against a second zonky on the folder, and a start that fails
            // half-way keeps its lock with no way to release it: the next attempt would never get
            // it. This object already owns the folder, and no PostgreSQL runs on it any more.
            Files.deleteIfExists(dataDirectory.resolve(ZONKY_LOCK_FILE));
            requireFree(postgres.getPort());
            postgres = configuration.get().start();
            postmaster = postmasterOf(dataDirectory);
            state = State.RUNNING;
            restartDelayMs = WATCH_PERIOD_MS;
            LOG.infof("PostgreSQL restarted on port %d in %d ms (postmaster pid %d); crash recovery replayed the WAL",
                    postgres.getPort(), (System.nanoTime() - t0) / 1_000_000, postmaster.pid());
        } catch (IOException | RuntimeException e) {
            restartDelayMs = Math.min(restartDelayMs * 2, MAX_RETRY_DELAY.toMillis());
            restartAttemptAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(restartDelayMs);
            LOG.errorf(e, "restarting PostgreSQL on %s failed; trying again in %d ms", dataDirectory, restartDelayMs);
        }
    }

    private static ProcessHandle postmasterOf(Path dataDirectory) throws IOException {
        return runningPostmaster(dataDirectory).orElseThrow(
                () -> new IOException("PostgreSQL on " + dataDirectory + " started but its postmaster.pid names no live postgres"));
    }

    /**
     * Waits until no PostgreSQL process runs on the folder. After a {@code kill -9} of the
     * postmaster its backends live on until they next wait for something, attached to the old
     * shared memory, and a new postmaster refuses to start beside them ("pre-existing shared
     * memory block is still in use"). They are found by their working directory, which every
     * PostgreSQL process sets to its data folder: so only this folder's processes are touched.
     * Those still running after a grace period are killed; their clients went with the
     * postmaster, and what they committed is in the WAL.
     */
    static void awaitProcessesGone(Path dataDirectory) throws IOException {
        List<ProcessHandle> left = processesOn(dataDirectory);
        if (left.isEmpty() || awaitExit(left, BACKEND_GRACE)) {
            return;
        }
        left = left.stream().filter(EmbeddedPostgresServer::running).toList();
        LOG.warnf("%d PostgreSQL processes of a dead postmaster still run on %s; killing them (pids %s)",
                left.size(), dataDirectory, left.stream().map(p -> Long.toString(p.pid())).toList());
        left.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(left, BACKEND_KILL_TIMEOUT)) {
            throw new IOException("PostgreSQL processes on " + dataDirectory + " did not exit after SIGKILL");
        }
    }

    /**
     * Removes the lock files of a postmaster that is not running: {@code postmaster.pid} and
     * the Unix socket's lock ({@code <socket dir>/.s.PGSQL.<port>.lock}, named in the former).
     * PostgreSQL refuses to start while the pid in either still exists: a killed postmaster is
     * a zombie until init reaps it (after a second or so in some containers, never where the
     * JVM itself is pid 1), and after a reboot the pid may be another process's. Safe once the
     * postmaster is gone: a start follows only {@link #awaitProcessesGone}, and the old shared
     * memory is found without the file (its key derives from the folder).
     */
    private static void removeStaleLockFiles(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || runningPostmaster(dataDirectory).isPresent()) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        // lines: pid, data folder, start time, port, socket directory, listen address, shared memory key, status
        if (lines.size() >= 5 && !lines.get(4).isBlank()) {
            Path socketLock = Path.of(lines.get(4).trim(), ".s.PGSQL." + lines.get(3).trim() + ".lock");
            try {
                List<String> lock = Files.readAllLines(socketLock, StandardCharsets.UTF_8);
                if (!lock.isEmpty() && lock.get(0).trim().equals(lines.get(0).trim())) {
                    Files.deleteIfExists(socketLock);
                }
            } catch (java.nio.file.NoSuchFileException gone) {
                // the postmaster removed it, or never got that far
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /** A port another process took while the server was down makes PostgreSQL fail after its whole start-up wait. */
    private static void requireFree(int port) throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IOException("port " + port + " is taken by another process", e);
        }
    }

    /** The postgres processes whose working directory is {@code dataDirectory} (Linux; none elsewhere). */
    static List<ProcessHandle> processesOn(Path dataDirectory) throws IOException {
        Path folder = dataDirectory.toRealPath();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> isPostgres(p) && workingDirectoryIs(p, folder))
                .toList();
    }

    private static boolean workingDirectoryIs(ProcessHandle p, Path folder) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")).equals(folder);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // gone meanwhile, another user's, or no /proc
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    /** Alive and not a zombie: a process killed is a zombie until its parent (init, here) reaps it. */
    static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"), StandardCharsets.US_ASCII);
            // "pid (command) S ...": the state follows the command, which may itself hold ") "
            char state = stat.charAt(stat.lastIndexOf(") ") + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | UnsupportedOperationException | SecurityException | IndexOutOfBoundsException e) {
            return p.isAlive(); // no /proc: trust the JDK
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(EmbeddedPostgresServer::running)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Stops a postmaster left running by a killed JVM. A stale pid file whose process is
     * gone (or is not a postgres) is left alone: PostgreSQL itself overwrites it.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = runningPostmaster(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle p = orphan.get();
        LOG.warnf("PostgreSQL (pid %d) is still running on %s, left by a process that did not shut down; stopping it",
                p.pid(), dataDirectory);
        p.destroy();
        try {
            p.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("PostgreSQL (pid " + p.pid() + ") on " + dataDirectory
                    + " did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; stop it and start again", e);
        }
    }

    /** The live postmaster named by the folder's {@code postmaster.pid}, if any. */
    public static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(EmbeddedPostgresServer::running)
                .filter(EmbeddedPostgresServer::isPostgres);
    }

    @Override
    public synchronized void close() throws IOException {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        if (watchdog != null) {
            watchdog.shutdown();
        }
        postgres.close();
    }
}
