package dev.gopherdrill.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.bench.AcknowledgedLoad;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PersistentPostgresTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The app on its embedded PostgreSQL run as in production, with learners grading cards, when
 * the postmaster is killed with {@code kill -9}: the app restarts it and serves again, and
 * every grade it acknowledged is in the review log. The time it took is printed, not asserted
 * (bench/reliability.sh measures it on the packaged app).
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseRecoveryTest.PersistentDatabase.class)
class EmbeddedDatabaseRecoveryTest {

    /** The production-like server instead of the shared throw-away one. */
    public static class PersistentDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PersistentPostgresTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "gopherdrill.db.data-dir")
    Path dataDir;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Test
    void aPostmasterKilledUnderLoadIsRestartedAndEveryAcknowledgedGradeIsStored() throws Exception {
        long killedPid;
        long killedAt;
        long restartedAt;
        AcknowledgedLoad.Verdict verdict;
        java.util.Map<String, Long> outcomes;
        try (AcknowledgedLoad load = AcknowledgedLoad.start(base, 4, 80)) {
            await("grades before the kill", () -> load.acknowledgedCount() >= 40);
            ProcessHandle postmaster = EmbeddedPostgresServer.runningPostmaster(dataDir).orElseThrow();
            killedPid = postmaster.pid();
            killedAt = System.nanoTime();
            postmaster.destroyForcibly(); // kill -9 of our postmaster, found by its data folder

            await("a new postmaster", () -> postmasterPid().map(pid -> pid != killedPid).orElse(false));
            restartedAt = System.nanoTime();
            await("grades after the restart", () -> load.acknowledgedAfter(restartedAt) >= 40);
            load.close();

            try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
                verdict = load.verify(db);
            }
            AcknowledgedLoad.Gap outage = load.longestGapAfter(killedAt);
            System.out.printf(Locale.ROOT, "RESULT kill -9 postmaster: %d grades acknowledged, %d stored, outage %.0f ms "
                    + "(kill -9 to the first grade acknowledged after it: %d ms), outcomes %s%n",
                    verdict.acknowledged(), verdict.stored(), outage.nanos() / 1e6,
                    TimeUnit.NANOSECONDS.toMillis(outage.end() - killedAt), load.outcomes());
            outcomes = load.outcomes();
        }
        assertEquals(List.of(), outcomes.keySet().stream().filter(o -> o.endsWith(" 500")).toList(),
                "requests during the outage are refused as 503 (try again), not failed as 500: " + outcomes);
        assertEquals(List.of(), verdict.lost(), "acknowledged grades missing from review_log");
        assertTrue(verdict.storedNotAcknowledged() <= verdict.inDoubt(),
                verdict.storedNotAcknowledged() + " stored grades were never sent or refused");
        assertNotEquals(killedPid, postmasterPid().orElseThrow());

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Api.Learner me = Api.newLearner();
        JsonPath next = me.get("/api/practice/next").then().statusCode(200).extract().jsonPath();
        me.post("/api/practice/answers", "{\"cardId\":\"" + next.getString("card.id") + "\",\"version\":"
                + next.getInt("state.version") + ",\"rating\":3}").then().statusCode(200);
    }

    private java.util.Optional<Long> postmasterPid() {
        try {
            return EmbeddedPostgresServer.runningPostmaster(dataDir).map(ProcessHandle::pid);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits, generously bounded: how fast is measured by the benchmark, not asserted here. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "no " + what + " within 60 s");
            Thread.sleep(20);
        }
    }
}
