package dev.gopherdrill.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * A session lasts only as long as the password it was opened with and the account it was
 * opened for: a password change ends the account's other sessions (and the API caller's
 * own), and the cookie of a deleted account opens nothing, not even a new account that
 * took its username. Reads (the identity lookup) and grades (the grade statement) both
 * refuse a stale cookie.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SessionEpochTest {

    private static final String NEW_PASSWORD = "purple elephant marmalade";

    @Inject
    DataSource ds;

    @BeforeEach
    @AfterEach
    void forgetTheAddressesFailures() throws Exception {
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("delete from login_throttle where throttle_key like 'addr:%'");
        }
    }

    private static String anAnswer(Api.Learner me) {
        var next = me.nextCard();
        return "{\"cardId\":\"" + next.getString("card.id") + "\",\"version\":" + next.getInt("state.version")
                + ",\"rating\":3,\"timeTakenMs\":900}";
    }

    private static void refused(Api.Learner stale, String answer) {
        stale.get("/api/me").then().statusCode(401);
        stale.post("/api/practice/answers", answer).then().statusCode(401).contentType("application/problem+json");
        given().cookies(stale.cookies()).accept("text/html").redirects().follow(false).get("/settings").then()
                .statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsAndOnlyTheNewPasswordOpensOne() {
        Api.Learner laptop = Api.newLearner();
        Api.Learner phone = Api.as(laptop.username());
        String answer = anAnswer(phone);
        phone.get("/api/me").then().statusCode(200);

        laptop.put("/api/me/password", "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\""
                + NEW_PASSWORD + "\"}").then().statusCode(204);

        refused(phone, answer);
        refused(laptop, answer);
        var cookies = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", laptop.username()).formParam("j_password", NEW_PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().detailedCookies();
        Api.Learner again = new Api.Learner(laptop.username(), cookies);
        again.get("/api/me").then().statusCode(200).body("username", equalTo(laptop.username()));
        again.post("/api/practice/answers", answer).then().statusCode(200);
    }

    @Test
    void theCookieOfADeletedAccountDoesNotOpenANewAccountOfTheSameName() {
        Api.Learner gone = Api.newLearner();
        String answer = anAnswer(gone);
        gone.req().body("{\"confirmUsername\":\"" + gone.username() + "\",\"currentPassword\":\"" + Api.PASSWORD
                + "\"}").delete("/api/me").then().statusCode(204);

        given().contentType(ContentType.JSON).body("{\"username\":\"" + gone.username() + "\",\"password\":\""
                + Api.PASSWORD + "\",\"timeZone\":\"UTC\"}").post("/api/users").then().statusCode(201);
        Api.Learner reborn = Api.as(gone.username());
        reborn.get("/api/me").then().statusCode(200);

        refused(gone, answer);
        reborn.post("/api/practice/answers", anAnswer(reborn)).then().statusCode(200);
    }
}
