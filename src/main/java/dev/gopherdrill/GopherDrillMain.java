package dev.gopherdrill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import dev.gopherdrill.database.EmbeddedPostgresServer;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the trainer. When no database is configured it first starts an embedded
 * PostgreSQL on a persistent folder and points Quarkus at it, so that {@code java -jar}
 * on a bare machine is enough.
 *
 * That server is restarted by its own watchdog if it dies (see {@link EmbeddedPostgresServer});
 * with a configured URL nothing watches the database, whose owner runs it.
 *
 * The check reads the same two places Quarkus would ({@code -Dquarkus.datasource.jdbc.url}
 * and {@code QUARKUS_DATASOURCE_JDBC_URL}); dev mode re-runs this method on every hot
 * reload, finds the URL it set itself, and so never starts a second server.
 */
@QuarkusMain
public class GopherDrillMain {

    private static final Logger LOG = Logger.getLogger(GopherDrillMain.class);
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_PROPERTY = "gopherdrill.db.data-dir";
    static final String DEFAULT_DATA_DIR = "data/pg";
    static final String KEY_PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String KEY_FILE_PROPERTY = "gopherdrill.session-key-file";
    static final String DEFAULT_KEY_FILE = "data/session.key";

    public static void main(String... args) throws Exception {
        sessionKey();
        if (System.getProperty(URL_PROPERTY) != null || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            Quarkus.run(args);
            return;
        }
        Path dataDir = Path.of(setting(DATA_DIR_PROPERTY, "GOPHERDRILL_DB_DATA_DIR", DEFAULT_DATA_DIR)).toAbsolutePath();
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir);
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", pg.port(), dataDir);
        System.setProperty(URL_PROPERTY, pg.jdbcUrl());
        System.setProperty("quarkus.datasource.username", pg.username());
        System.setProperty("quarkus.datasource.password", pg.password());

        // On SIGTERM/Ctrl+C, Quarkus stops from its own JVM shutdown hook ("Shutdown thread"),
        // and Quarkus.run returns while that hook is still draining requests and closing the
        // pool. So PostgreSQL is stopped from a second hook that first waits for Quarkus'.
        Thread stopDatabase = new Thread(() -> {
            awaitQuarkusShutdown();
            closeQuietly(pg);
        }, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopDatabase);
        try {
            Quarkus.run(args);
        } finally {
            try {
                // Quarkus ended without a signal (a start-up failure, Quarkus.asyncExit): stop here.
                Runtime.getRuntime().removeShutdownHook(stopDatabase);
                closeQuietly(pg);
            } catch (IllegalStateException jvmShuttingDown) {
                // the hook above stops the database once Quarkus is down
            }
        }
    }

    private static void awaitQuarkusShutdown() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t != Thread.currentThread() && t.getName().equals("Shutdown thread")) {
                try {
                    t.join(TimeUnit.SECONDS.toMillis(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgresServer pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("stopping the embedded PostgreSQL failed", e);
        }
    }

    /**
     * Sessions are cookies encrypted with this key; a key made up at each start would sign
     * everybody out on every restart. Unless one is configured (as it must be, the same,
     * on every instance behind a load balancer), a random key is made once and kept in
     * a file next to the data.
     */
    static void sessionKey() throws IOException {
        if (System.getProperty(KEY_PROPERTY) != null || System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY") != null) {
            return;
        }
        Path file = Path.of(setting(KEY_FILE_PROPERTY, "GOPHERDRILL_SESSION_KEY_FILE", DEFAULT_KEY_FILE));
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warnf("cannot restrict the permissions of %s", file);
            }
        }
        System.setProperty(KEY_PROPERTY, Files.readString(file, StandardCharsets.US_ASCII).trim());
    }


    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
