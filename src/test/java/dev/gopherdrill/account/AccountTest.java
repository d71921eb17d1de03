package dev.gopherdrill.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AccountTest {

    @Test
    void signUpStoresABcryptHashAndTheLearnerCanSignIn() {
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN,zh;q=0.9")
                .body("{\"username\":\"gopher-zh\",\"password\":\"" + Api.PASSWORD + "\"}")
                .post("/api/users").then().statusCode(201)
                .body("username", equalTo("gopher-zh")).body("settings.locale", equalTo("zh"))
                .body("settings.timeZone", equalTo("UTC")).body("settings.newCardsPerDay", equalTo(10));
        UserEntity stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> UserEntity.findByUsername("gopher-zh"));
        org.junit.jupiter.api.Assertions.assertTrue(stored.passwordHash.startsWith("$2a$"), stored.passwordHash);
        Api.as("gopher-zh").get("/api/me").then().statusCode(200).body("username", equalTo("gopher-zh"));
    }

    @Test
    void aWrongPasswordSendsTheBrowserBackToTheLoginPage() {
        Api.newLearner();
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "nobody-here").formParam("j_password", "wrong password")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("/login?error=true"));
    }

    @Test
    void signUpRejectsBadInputWithAProblemDescription() {
        given().contentType(ContentType.JSON).body("{\"username\":\"ab\",\"password\":\"" + Api.PASSWORD + "\"}")
                .post("/api/users").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("username"));
        given().contentType(ContentType.JSON).body("{\"username\":\"short-pw\",\"password\":\"1234567\"}")
                .post("/api/users").then().statusCode(400).body("detail", containsString("at least 8"));
        given().contentType(ContentType.JSON).body("{\"username\":\"long-pw\",\"password\":\"" + "x".repeat(73) + "\"}")
                .post("/api/users").then().statusCode(400).body("detail", containsString("72 bytes"));
        given().contentType(ContentType.JSON).body("{\"username\":")
                .post("/api/users").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"username\":\"twice\",\"password\":\"" + Api.PASSWORD + "\"}")
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"username\":\"twice\",\"password\":\"" + Api.PASSWORD + "\"}")
                .post("/api/users").then().statusCode(409).body("detail", equalTo("username \"twice\" is taken"));
    }

    @Test
    void withoutASessionTheApiAnswers401AndPagesRedirectToLogin() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/practice/next").then().statusCode(401);
        given().redirects().follow(false).get("/practice").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void settingsAreValidated() {
        Api.Learner me = Api.newLearner();
        me.put("/api/me/settings", "{\"locale\":\"zh\",\"timeZone\":\"Asia/Shanghai\",\"dayStartHour\":5,\"newCardsPerDay\":3}").then().statusCode(200).body("timeZone", equalTo("Asia/Shanghai"));
        me.put("/api/me/settings", "{\"timeZone\":\"Mars/Olympus\",\"dayStartHour\":5,\"newCardsPerDay\":3}").then().statusCode(400).body("detail", containsString("Mars/Olympus"));
        me.put("/api/me/settings", "{\"dayStartHour\":24,\"newCardsPerDay\":3}").then().statusCode(400);
        me.get("/api/practice/overview").then().body("newAvailable", equalTo(3));
    }

    @Test
    void oneLearnerCanNeitherSeeNorChangeAnothersState() {
        Api.Learner alice = Api.newLearner();
        Api.Learner bob = Api.newLearner();
        alice.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":3}")
                .then().statusCode(200);

        bob.get("/api/practice/cards/alpha-recall-1").then().statusCode(200).body("history", hasSize(0))
                .body("state", equalTo(null));
        bob.get("/api/practice/overview").then().body("doneToday", equalTo(0)).body("newAvailable", equalTo(6));
        bob.post("/api/practice/undo").then().statusCode(409);
        // Bob's version 0 is his own state, not Alice's version 1
        bob.post("/api/practice/answers", "{\"cardId\":\"alpha-recall-1\",\"version\":0,\"rating\":1}")
                .then().statusCode(200);
        bob.post("/api/practice/cards/alpha-recall-1/suspend", "{\"version\":1}").then().statusCode(200);

        alice.get("/api/practice/cards/alpha-recall-1").then().body("history", hasSize(1))
                .body("history[0].rating", equalTo(3)).body("suspended", equalTo(false));
        alice.post("/api/practice/undo").then().statusCode(200);
        bob.get("/api/practice/cards/alpha-recall-1").then().body("history[0].undoneAt", equalTo(null))
                .body("suspended", equalTo(true));
    }
}
