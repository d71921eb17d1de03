package dev.gopherdrill.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
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

    /** Every sign-in of the test run comes from 127.0.0.1: leave its address unthrottled for the other tests. */
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
}
