package dev.gopherdrill.testing;

import java.util.Map;

import dev.gopherdrill.database.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real, throw-away PostgreSQL for the test run: the same server the app embeds, in a temp folder. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgresServer.startThrowAway();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL for tests", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.username(), "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
