package dev.gopherdrill.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import dev.gopherdrill.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Guessing passwords gets slower and slower, and never locks the real owner out. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LoginThrottleTest {

    @Inject
    LoginService logins;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    /** Every sign-in of the test run comes from 127.0.0.1: start and leave its address unthrottled. */
    @BeforeEach
    @AfterEach
    void forgetTheFailures() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from login_throttle").executeUpdate());
    }

    private static Response signIn(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    @Test
    void twoHundredWrongPasswordsAreMostlyRefusedUncheckedAndTheRightOneWaitsOutTheBackOff() {
        Api.Learner me = Api.newLearner();
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            Response r = signIn(me.username(), "wrong guess " + i);
            assertEquals(302, r.statusCode());
            assertTrue(r.header("Location").contains("/login?error=true"));
            if (r.header("Retry-After") == null) {
                checked++;
            }
        }
        // 5 free failures, then waits of 1, 2, 4, 8, 16, 32 s and more: the loop is over long before
        assertTrue(checked <= 12, checked + " of 200 guesses were checked");
        Response right = signIn(me.username(), Api.PASSWORD);
        assertTrue(right.header("Location").contains("error=true"), "the right password is refused while closed");
        long wait = Long.parseLong(right.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 900, "Retry-After " + wait);

        clock.advance(Duration.ofSeconds(wait + 1));
        Response after = signIn(me.username(), Api.PASSWORD);
        assertEquals(302, after.statusCode());
        assertTrue(!after.header("Location").contains("error"), after.header("Location"));
    }

    @Test
    void anAttackerCanDelayTheOwnerByAMinuteAtMostAndWaitsFifteenHimself() {
        Api.Learner victim = Api.newLearner();
        LoginService.Outcome last = null;
        for (int i = 0; i < 40; i++) {
            last = logins.signIn(victim.username(), "guess " + i, "10.0.0.66");
            if (last instanceof LoginService.Throttled t) {
                clock.advance(t.retryAfter().plusSeconds(1));
                last = logins.signIn(victim.username(), "guess " + i, "10.0.0.66");
            }
            assertInstanceOf(LoginService.Refused.class, last);
        }
        var attacker = assertInstanceOf(LoginService.Throttled.class,
                logins.signIn(victim.username(), "one more", "10.0.0.66"));
        assertEquals(Duration.ofMinutes(15), attacker.retryAfter());

        var owner = assertInstanceOf(LoginService.Throttled.class,
                logins.signIn(victim.username(), Api.PASSWORD, "192.0.2.7"));
        assertTrue(owner.retryAfter().compareTo(Duration.ofMinutes(1)) <= 0, owner.toString());
        clock.advance(owner.retryAfter().plusSeconds(1));
        assertInstanceOf(LoginService.SignedIn.class, logins.signIn(victim.username(), Api.PASSWORD, "192.0.2.7"));
        // the owner's sign-in clears the account's run; the attacker's address stays closed
        assertInstanceOf(LoginService.Throttled.class, logins.signIn(victim.username(), "again", "10.0.0.66"));
    }

    @Test
    void anUnknownNameIsAnsweredAndThrottledExactlyAsAWrongPassword() {
        Api.Learner me = Api.newLearner();
        for (int i = 0; i < 6; i++) {
            assertInstanceOf(LoginService.Refused.class, logins.signIn("nobody-" + me.username(), "x" + i, "198.51.100." + i));
            assertInstanceOf(LoginService.Refused.class, logins.signIn(me.username(), "x" + i, "203.0.113." + i));
        }
        var unknown = assertInstanceOf(LoginService.Throttled.class,
                logins.signIn("nobody-" + me.username(), "x", "198.51.100.99"));
        var known = assertInstanceOf(LoginService.Throttled.class, logins.signIn(me.username(), "x", "203.0.113.99"));
        assertEquals(known.retryAfter(), unknown.retryAfter());
        // the unknown name is checked against a hash as costly as a real account's
        String signUpHash = QuarkusTransaction.requiringNew().call(() -> UserEntity.findByUsername(me.username()).passwordHash);
        assertEquals(signUpHash.substring(0, 7), LoginService.NO_ACCOUNT_HASH.substring(0, 7));
    }

    @Test
    void signUpRefusesCommonPasswordsAndSaysWhy() {
        given().contentType(ContentType.JSON).body("{\"username\":\"weak-pw\",\"password\":\"aaaaaaaa\"}")
                .post("/api/users").then().statusCode(400).body("detail", containsString("too easy to guess"));
        given().contentType(ContentType.JSON).body("{\"username\":\"weak-pw\",\"password\":\"Password123!\"}")
                .post("/api/users").then().statusCode(400).body("detail", containsString("most common"));
    }

    @Test
    void guessingTheCurrentPasswordOfAnOpenSessionIsThrottledAsSignInIs() {
        Api.Learner me = Api.newLearner();
        Response last = null;
        for (int i = 0; i < LoginBackoff.FREE_FAILURES + 1; i++) {
            last = me.put("/api/me/password", "{\"currentPassword\":\"guess " + i + "\",\"newPassword\":\"purple "
                    + "elephant marmalade\"}");
            assertEquals(400, last.statusCode(), "attempt " + i + ": " + last.asString());
        }
        Response closed = me.put("/api/me/password", "{\"currentPassword\":\"" + Api.PASSWORD
                + "\",\"newPassword\":\"purple elephant marmalade\"}");
        assertEquals(429, closed.statusCode(), "even the right password waits out the back-off: " + closed.asString());
        assertEquals("application/problem+json", closed.contentType());
        assertTrue(closed.jsonPath().getString("detail").startsWith("currentPassword: too many wrong passwords"));
        long wait = Long.parseLong(closed.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
        Response deletion = me.req().body("{\"confirmUsername\":\"" + me.username() + "\",\"currentPassword\":\""
                + Api.PASSWORD + "\"}").delete("/api/me");
        assertEquals(429, deletion.statusCode(), "deleting the account asks under the same back-off");
        assertTrue(signIn(me.username(), Api.PASSWORD).header("Location").contains("error=true"),
                "the guesses count against sign-in too");
        me.get("/api/me").then().statusCode(200);

        clock.advance(Duration.ofSeconds(wait + 1));
        me.put("/api/me/password", "{\"currentPassword\":\"" + Api.PASSWORD
                + "\",\"newPassword\":\"purple elephant marmalade\"}").then().statusCode(204);
    }

    @Test
    void theSettingsPageShowsTheBackOffBesideThePasswordFormWithRetryAfter() {
        Api.Learner me = Api.newLearner();
        for (int i = 0; i <= LoginBackoff.FREE_FAILURES; i++) {
            settingsForm(me, "/settings/password", "currentPassword", "guess " + i).then().statusCode(400);
        }
        Response page = settingsForm(me, "/settings/password", "currentPassword", Api.PASSWORD);
        assertEquals(429, page.statusCode());
        assertTrue(page.asString().contains("id=\"password-error\""), page.asString());
        assertTrue(page.asString().contains("too many wrong passwords"));
        assertTrue(Long.parseLong(page.header("Retry-After")) >= 1);
        Response delete = settingsForm(me, "/settings/delete", "currentPassword", Api.PASSWORD);
        assertEquals(429, delete.statusCode());
        assertTrue(delete.asString().contains("id=\"delete-error\""));
    }

    /** A settings form as the browser posts it (with its CSRF token), the other fields filled in correctly. */
    private static Response settingsForm(Api.Learner me, String action, String field, String value) {
        String csrf = given().cookies(me.cookies()).get("/settings").then().statusCode(200).extract().cookie("csrf-token");
        return given().cookies(me.cookies()).cookie("csrf-token", csrf).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf).formParam("j_username", me.username())
                .formParam("j_password", "purple elephant marmalade").formParam("confirmUsername", me.username())
                .formParam(field, value).post(action);
    }
}
