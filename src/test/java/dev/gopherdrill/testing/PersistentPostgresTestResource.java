package dev.gopherdrill.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.gopherdrill.database.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The embedded PostgreSQL exactly as the packaged app runs it (GopherDrillMain): a persistent,
 * durable folder, a password, and the watchdog that restarts a dead postmaster; in a temporary
 * folder removed at the end. Its data folder is given to the test as {@code gopherdrill.db.data-dir}.
 */
public class PersistentPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private Path root;
    private EmbeddedPostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("gopherdrill-persistent-pg");
            Path data = root.resolve("pg");
            server = EmbeddedPostgresServer.startPersistent(data);
            return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(),
                    "quarkus.datasource.username", server.username(), "quarkus.datasource.password", server.password(),
                    "gopherdrill.db.data-dir", data.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the persistent embedded PostgreSQL for tests", e);
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
