package dev.gopherdrill.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Export and import over HTTP on the embedded PostgreSQL: a history made through the API
 * (practice, undo, FSRS, a quiz, an interview) plus 5,000 seeded log rows goes out and into a
 * fresh account, which then exports the same document; a second import adds nothing; a bad
 * file is a 400 naming the field and writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BackupApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEEDED = 5_000;

    @Inject
    EntityManager em;

    private static long id(Api.Learner me) {
        return me.get("/api/me").then().extract().jsonPath().getLong("id");
    }

    private static JsonNode export(Api.Learner me) throws Exception {
        String body = me.get("/api/me/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        return JSON.readTree(body);
    }

    /** A learner with a varied history: every table the export covers has rows. */
    private Api.Learner withHistory() {
        Api.Learner me = Api.newLearner();
        me.put("/api/me/settings", "{\"dayStartHour\":5,\"newCardsPerDay\":7,\"scheduler\":\"fsrs\","
                + "\"desiredRetention\":0.87,\"locale\":\"zh\",\"timeZone\":\"Asia/Shanghai\"}").then().statusCode(200);
        me.grade("alpha-recall-1", 0, 3, null);
        me.grade("alpha-recall-2", 0, 1, null);
        me.grade("alpha-exact", 0, 3, "6");
        me.post("/api/practice/undo").then().statusCode(200);
        long quiz = me.post("/api/quizzes", "{\"size\":10,\"seed\":5}").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        me.post("/api/quizzes/" + quiz + "/answers", "{\"position\":0,\"rating\":1}").then().statusCode(200);
        me.post("/api/quizzes/" + quiz + "/finish").then().statusCode(200);
        me.post("/api/quizzes/" + quiz + "/requeue").then().statusCode(200);
        long interview = me.post("/api/interviews", "{\"minutes\":15,\"level\":\"junior\",\"seed\":9}").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        me.post("/api/interviews/" + interview + "/finish").then().statusCode(200);
        long uid = id(me);
        // 5,000 more rows over the six cards: every kind, undone rows, FSRS memory with full doubles
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into review_log (user_id, card_id, reviewed_at, day, rating, quality, kind, answer, correct,
                  time_taken_ms, ease_before, interval_before, repetitions_before, lapses_before, due_before,
                  drill_before, leech_before, suspended_before, ease_after, interval_after, repetitions_after,
                  lapses_after, due_after, version_after, scheduler, undone_at, stability_before, difficulty_before,
                  stability_after, difficulty_after)
                select ?1, (array['alpha-recall-1','alpha-recall-2','alpha-choice','alpha-exact','alpha-predict','alpha-sim'])[1 + g % 6],
                  timestamptz '2025-01-01 08:00:00.123456+00' + g * interval '37 minutes 11.000001 seconds',
                  date '2025-01-01' + g / 39, 1 + g % 4, (array[1,3,4,5])[1 + g % 4],
                  (array['new','review','drill','quiz'])[1 + g % 4], case when g % 5 = 0 then 'answer ' || g end,
                  case when g % 3 = 0 then g % 2 = 0 end, g % 9000, 2.50 - (g % 10) * 0.1, g % 40, g % 7, g % 3,
                  date '2025-01-02' + g / 39, g % 11 = 0, false, false, 2.36, g % 50, g % 8, g % 4,
                  date '2025-01-03' + g / 39, g, 'fsrs6-r0.87',
                  case when g % 97 = 0 then timestamptz '2025-06-01 00:00:00+00' + g * interval '1 second' end,
                  g / 7.0, 1 + (g % 9) / 3.0, g / 6.5 + 0.1, 1 + (g % 9) / 2.9
                from generate_series(1, ?2) g""").setParameter(1, uid).setParameter(2, SEEDED).executeUpdate());
        return me;
    }

    /** The document without what differs between two accounts by design: the name, the time, the ids. */
    private static JsonNode comparable(JsonNode doc) {
        ObjectNode d = doc.deepCopy();
        d.remove(List.of("username", "exportedAt"));
        for (String part : List.of("interviews", "interviewTurns", "quizzes", "quizItems", "reviewLog")) {
            for (JsonNode row : (ArrayNode) d.get(part)) {
                ObjectNode r = (ObjectNode) row;
                for (String ref : List.of("id", "interview_id", "quiz_id")) {
                    if (r.has(ref)) {
                        r.put(ref, r.get(ref).isNull() ? "null" : "ref");
                    }
                }
            }
        }
        return d;
    }

    @Test
    void aHistoryOfMoreThan5000ReviewsRoundTripsExactlyAndASecondImportAddsNothing() throws Exception {
        Api.Learner source = withHistory();
        JsonNode out = export(source);
        assertEquals(BackupService.FORMAT, out.get("format").asText());
        assertEquals(1, out.get("version").asInt());
        assertTrue(out.get("reviewLog").size() > SEEDED, "log rows: " + out.get("reviewLog").size());
        for (String part : List.of("reviewStates", "interviews", "interviewTurns", "quizzes", "quizItems")) {
            assertTrue(out.get(part).size() > 0, part + " is empty: the test would prove nothing about it");
        }
        assertTrue(out.get("reviewLog").findValues("undone_at").stream().anyMatch(v -> !v.isNull()));

        Api.Learner target = Api.newLearner();
        long before = System.nanoTime();
        target.post("/api/me/import", out.toString()).then().statusCode(200)
                .body("reviewLog", equalTo(out.get("reviewLog").size()))
                .body("reviewStates", equalTo(out.get("reviewStates").size()))
                .body("interviews", equalTo(1)).body("quizzes", equalTo(1));
        System.out.printf("BackupApiTest: imported %d log rows, %d states, %d turns, %d quiz items in %d ms%n",
                out.get("reviewLog").size(), out.get("reviewStates").size(), out.get("interviewTurns").size(),
                out.get("quizItems").size(), (System.nanoTime() - before) / 1_000_000);
        JsonNode back = export(target);
        assertEquals(comparable(out), comparable(back));
        assertEquals(out.get("settings"), back.get("settings"));

        target.post("/api/me/import", out.toString()).then().statusCode(200).body("reviewLog", equalTo(0))
                .body("reviewStates", equalTo(0)).body("interviews", equalTo(0)).body("quizzes", equalTo(0));
        assertEquals(comparable(out), comparable(export(target)));
        // importing into the account it came from changes nothing either
        source.post("/api/me/import", out.toString()).then().statusCode(200).body("reviewLog", equalTo(0));
        assertEquals(comparable(out), comparable(export(source)));
    }

    @Test
    void aBadFileIsA400NamingTheFieldAndNothingIsWritten() throws Exception {
        JsonNode good = export(withHistory());
        Api.Learner target = Api.newLearner();
        long uid = id(target);
        Object[][] cases = {
            {"version", (Edit) d -> d.put("version", 2)},
            {"format", (Edit) d -> d.put("format", "anki")},
            {"reviewLog", (Edit) d -> d.put("reviewLog", "lots")},
            {"reviewLog[4999].rating", (Edit) d -> ((ObjectNode) d.get("reviewLog").get(4999)).put("rating", "three")},
            {"reviewLog[3].reviewed_at", (Edit) d -> ((ObjectNode) d.get("reviewLog").get(3)).put("reviewed_at", "yesterday")},
            {"reviewLog[2].card_id", (Edit) d -> ((ObjectNode) d.get("reviewLog").get(2)).put("card_id", "not-a-card")},
            {"reviewLog[1].kind", (Edit) d -> ((ObjectNode) d.get("reviewLog").get(1)).remove("kind")},
            {"reviewStates[0].secret", (Edit) d -> ((ObjectNode) d.get("reviewStates").get(0)).put("secret", 1)},
            {"reviewStates[0].user_id", (Edit) d -> ((ObjectNode) d.get("reviewStates").get(0)).put("user_id", 1)},
            {"settings.dayStartHour", (Edit) d -> ((ObjectNode) d.get("settings")).put("dayStartHour", 30)},
            {"rule", (Edit) d -> ((ObjectNode) d.get("reviewLog").get(4000)).put("rating", 7)},
        };
        for (Object[] c : cases) {
            ObjectNode doc = good.deepCopy();
            ((Edit) c[1]).apply(doc);
            target.post("/api/me/import", doc.toString()).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString((String) c[0]));
        }
        target.post("/api/me/import", "{\"format\":").then().statusCode(400);
        for (String table : List.of("review_log", "review_state", "interview", "quiz")) {
            assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from " + table + " where user_id = ?1")
                    .setParameter(1, uid).getSingleResult()).longValue(), table);
        }
        target.get("/api/me").then().body("settings.dayStartHour", equalTo(4)).body("settings.scheduler", equalTo("sm2"));
    }

    @Test
    void anExportHoldsOnlyTheLearnersOwnRows() throws Exception {
        Api.Learner a = withHistory();
        Api.Learner b = Api.newLearner();
        b.grade("alpha-choice", 0, 3, null);
        JsonNode mine = export(b);
        assertEquals(1, mine.get("reviewLog").size());
        assertEquals(1, mine.get("reviewStates").size());
        assertEquals(0, mine.get("quizzes").size());
        assertEquals(b.username(), mine.get("username").asText());
        Iterator<JsonNode> rows = mine.get("reviewLog").elements();
        assertEquals("alpha-choice", rows.next().get("card_id").asText());
        assertTrue(export(a).get("reviewLog").size() > SEEDED);
    }

    @Test
    void theSettingsPageOffersTheDownloadAndTheImport() {
        Api.Learner me = Api.newLearner();
        me.req().accept("text/html").get("/settings").then().statusCode(200)
                .body(containsString("id=\"export\" href=\"/api/me/export\""))
                .body(containsString("id=\"import-file\""));
    }

    @FunctionalInterface
    interface Edit {
        void apply(ObjectNode doc);
    }
}
