package dev.gopherdrill.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** Settings' account panels: the time zone list, changing the password, deleting the account with all its data. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AccountSettingsTest {

    private static final String NEW_PASSWORD = "purple elephant marmalade";

    @Inject
    DataSource ds;

    /** Every sign-in of the test run comes from 127.0.0.1: its failed ones here must not throttle the rest. */
    @BeforeEach
    @AfterEach
    void forgetTheAddressesFailures() throws Exception {
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("delete from login_throttle where throttle_key like 'addr:%'");
        }
    }

    @Test
    void theTimeZoneIsPickedFromASearchableListOfJavasZoneIdsAndCheckedByTheServer() {
        Api.Learner me = Api.newLearner();
        String page = given().cookies(me.cookies()).get("/settings").then().statusCode(200).extract().asString();
        assertTrue(page.contains("list=\"time-zones\""), "the input offers the list");
        assertTrue(page.contains("<datalist id=\"time-zones\">"));
        assertTrue(page.contains("<option value=\"Europe/Berlin\">") && page.contains("<option value=\"Asia/Shanghai\">"));
        String list = page.substring(page.indexOf("<datalist id=\"time-zones\">"), page.indexOf("</datalist>"));
        assertEquals(AccountService.TIME_ZONES.size(), list.split("<option value=\"", -1).length - 1,
                "one option per zone");

        form(me, "/settings", Map.of("locale", "en", "timeZone", "Mars/Olympus", "dayStartHour", "4",
                "newCardsPerDay", "10", "scheduler", "sm2", "desiredRetention", "0.90"))
                .statusCode(400).contentType(ContentType.HTML).body(containsString("timeZone: &quot;Mars/Olympus&quot;"));
        me.put("/api/me/settings", "{\"timeZone\":\"+02:00\",\"dayStartHour\":4,\"newCardsPerDay\":10}").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("timeZone"));
        form(me, "/settings", Map.of("locale", "en", "timeZone", "Asia/Shanghai", "dayStartHour", "4",
                "newCardsPerDay", "10", "scheduler", "sm2", "desiredRetention", "0.90")).statusCode(303);
        me.get("/api/me").then().body("settings.timeZone", equalTo("Asia/Shanghai"));
    }

    @Test
    void aNewPasswordReplacesTheOldOneWhichStopsWorking() {
        Api.Learner me = Api.newLearner();
        String oldHash = hash(me.username());
        var changed = form(me, "/settings/password", Map.of("currentPassword", Api.PASSWORD, "j_username", me.username(),
                "j_password", NEW_PASSWORD)).statusCode(307).header("Location", endsWith("/j_security_check"))
                .cookie("quarkus-redirect-location", endsWith("/settings?password=changed")).extract();
        String newHash = hash(me.username());
        assertTrue(newHash.startsWith("$2a$") && !newHash.equals(oldHash), "re-hashed with BCrypt");

        // the browser re-posts the form to form login: signed in again, with the new password, and back at settings
        var signedIn = given().redirects().follow(false).cookie("quarkus-redirect-location",
                        changed.cookie("quarkus-redirect-location")).contentType(ContentType.URLENC)
                .formParam("j_username", me.username()).formParam("j_password", NEW_PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .header("Location", endsWith("/settings?password=changed")).extract();
        given().cookie("quarkus-credential", signedIn.cookie("quarkus-credential")).get("/settings?password=changed")
                .then().statusCode(200).body(containsString("id=\"password-changed\""));
        me.get("/api/me").then().statusCode(401);

        signIn(me.username(), Api.PASSWORD).header("Location", containsString("/login?error=true"));
        signIn(me.username(), NEW_PASSWORD).header("Location", not(containsString("error")));
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedNamingTheField() {
        Api.Learner me = Api.newLearner();
        String before = hash(me.username());
        form(me, "/settings/password", Map.of("currentPassword", "not my password", "j_password", NEW_PASSWORD))
                .statusCode(400).contentType(ContentType.HTML).body(containsString("id=\"password-error\""))
                .body(containsString("currentPassword: that is not your current password"));
        form(me, "/settings/password", Map.of("currentPassword", Api.PASSWORD, "j_password", "password1"))
                .statusCode(400).body(containsString("newPassword: too easy to guess"));
        me.put("/api/me/password", "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"short\"}").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("newPassword: at least 8 characters"));
        assertEquals(before, hash(me.username()), "nothing changed");
        given().cookies(me.cookies()).contentType(ContentType.URLENC).formParam("currentPassword", Api.PASSWORD)
                .formParam("j_password", NEW_PASSWORD).post("/settings/password").then().statusCode(400);
        assertEquals(before, hash(me.username()), "a form without its CSRF token changes nothing");

        me.put("/api/me/password", "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD
                + "\"}").then().statusCode(204);
        signIn(me.username(), NEW_PASSWORD).header("Location", not(containsString("error")));
    }

    @Test
    void deletingTheAccountRemovesEveryRowOfItsOwnAndNoneOfAnotherLearners() throws Exception {
        Api.Learner gone = withHistory(Api.newLearner());
        Api.Learner stays = withHistory(Api.newLearner());
        long goneId = gone.get("/api/me").then().extract().jsonPath().getLong("id");
        long staysId = stays.get("/api/me").then().extract().jsonPath().getLong("id");
        Map<String, Long> goneBefore = rowsPerTable(goneId);
        Map<String, Long> staysBefore = rowsPerTable(staysId);
        for (String table : List.of("review_state", "review_log", "interview", "quiz")) {
            assertTrue(goneBefore.get(table + ".user_id") > 0, "the fixture has rows in " + table + ": " + goneBefore);
        }
        assertTrue(count("select count(*) from login_throttle where throttle_key = 'user:" + gone.username() + "'") > 0);

        form(gone, "/settings/delete", Map.of("confirmUsername", "someone-else", "currentPassword", Api.PASSWORD))
                .statusCode(400).body(containsString("id=\"delete-error\"")).body(containsString("confirmUsername"));
        form(gone, "/settings/delete", Map.of("confirmUsername", gone.username(), "currentPassword", "not it"))
                .statusCode(400).body(containsString("id=\"delete-error\"")).body(containsString("currentPassword"));
        assertEquals(goneBefore, rowsPerTable(goneId), "a wrong confirmation or password deletes nothing");

        form(gone, "/settings/delete", Map.of("confirmUsername", gone.username(), "currentPassword", Api.PASSWORD))
                .statusCode(303)
                .header("Location", endsWith("/")).cookie("quarkus-credential", "");
        Map<String, Long> goneAfter = rowsPerTable(goneId);
        goneAfter.forEach((column, rows) -> assertEquals(0L, rows, column + " still holds rows of the deleted user"));
        assertEquals(0L, count("select count(*) from app_user where id = " + goneId));
        assertEquals(0L, count("select count(*) from login_throttle where throttle_key = 'user:" + gone.username() + "'"));
        assertEquals(0L, count("select count(*) from interview_turn t where not exists "
                + "(select 1 from interview i where i.id = t.interview_id)"));
        assertEquals(0L, count("select count(*) from quiz_item q where not exists "
                + "(select 1 from quiz z where z.id = q.quiz_id)"));
        assertEquals(staysBefore, rowsPerTable(staysId), "the other learner's data is untouched");

        // the deleted account's cookie opens nothing: the API says 401, a browser is sent to the login
        gone.get("/api/me").then().statusCode(401);
        given().cookies(gone.cookies()).accept("text/html").redirects().follow(false).get("/settings").then()
                .statusCode(303).header("Location", containsString("/login"));
        signIn(gone.username(), Api.PASSWORD).header("Location", containsString("/login?error=true"));
    }

    @Test
    void theApiDeletesAnAccountOnlyWithItsUsernameAsConfirmationAndItsPassword() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).contentType(ContentType.JSON).body("{}").delete("/api/me").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("confirmUsername"));
        me.get("/api/me").then().statusCode(200);
        given().cookies(me.cookies()).contentType(ContentType.JSON)
                .body("{\"confirmUsername\":\"" + me.username() + "\"}").delete("/api/me").then().statusCode(400)
                .body("detail", containsString("currentPassword"));
        me.get("/api/me").then().statusCode(200);
        given().cookies(me.cookies()).contentType(ContentType.JSON)
                .body("{\"confirmUsername\":\"" + me.username() + "\",\"currentPassword\":\"" + Api.PASSWORD + "\"}")
                .delete("/api/me").then().statusCode(204);
        me.get("/api/me").then().statusCode(401);
    }

    /** Reviews, an interview with a turn, a quiz with an answer and a failed sign-in. */
    private static Api.Learner withHistory(Api.Learner me) {
        var next = me.nextCard();
        me.grade(next.getString("card.id"), next.getInt("state.version"), 1, null);
        long interview = me.post("/api/interviews", "{\"minutes\":15,\"decks\":[\"alpha\"],\"level\":\"junior\","
                + "\"language\":\"en\",\"revealEach\":false}").then().statusCode(201).extract().jsonPath().getLong("id");
        me.post("/api/interviews/" + interview + "/answers", "{\"turn\":0,\"answer\":\"two\"}").then().statusCode(200);
        me.post("/api/interviews/" + interview + "/finish").then().statusCode(200);
        me.post("/api/interviews/" + interview + "/requeue").then().statusCode(200);
        long quiz = me.post("/api/quizzes", "{\"size\":10,\"which\":\"all\"}").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        me.post("/api/quizzes/" + quiz + "/answers", "{\"position\":0,\"rating\":3}").then().statusCode(200);
        signIn(me.username(), "not the password");
        return me;
    }

    /** Every column of the schema named user_id (or ending in _user_id), with the rows holding {@code userId}. */
    private Map<String, Long> rowsPerTable(long userId) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and (column_name = 'user_id' or column_name like '%\\_user\\_id')
                order by table_name, column_name""")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1) + "." + r.getString(2));
                }
            }
        }
        assertTrue(columns.size() >= 4, "the walk finds the user columns: " + columns);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String column : columns) {
            String[] tc = column.split("\\.");
            rows.put(column, count("select count(*) from " + tc[0] + " where " + tc[1] + " = " + userId));
        }
        return rows;
    }

    private long count(String sql) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String hash(String username) {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("select password_hash from app_user where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302);
    }

    /** A settings form as the browser sends it: with the CSRF token of the page it came from. */
    private static ValidatableResponse form(Api.Learner me, String action, Map<String, String> fields) {
        String csrf = given().cookies(me.cookies()).get("/settings").then().statusCode(200).extract().cookie("csrf-token");
        var req = given().cookies(me.cookies()).cookie("csrf-token", csrf).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf);
        fields.forEach(req::formParam);
        return req.post(action).then();
    }
}
