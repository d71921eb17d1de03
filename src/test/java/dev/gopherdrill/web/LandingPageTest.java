package dev.gopherdrill.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A visitor at {@code /} is told what the trainer is and where to go; a learner still gets their overview. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LandingPageTest {

    @Test
    void aVisitorSeesWhatTheTrainerIsWithSignUpLogInAndThePlayground() {
        given().redirects().follow(false).get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("id=\"landing\"")).body(containsString("href=\"/signup\""))
                .body(containsString("href=\"/login\"")).body(containsString("href=\"/playground\""))
                .body(containsString("spaced-repetition trainer for Go interviews"))
                .body(containsString("6 cards in 1 deck,")).body(containsString("Alpha"))
                .body(not(containsString("id=\"start\""))).body(not(containsString("Log out")));
    }

    @Test
    void thePlaygroundTheLandingPageOffersIsOpenToAVisitor() {
        given().redirects().follow(false).get("/playground").then().statusCode(200)
                .body(containsString("id=\"simulations\""));
    }

    @Test
    void aChineseVisitorGetsTheLandingPageInChinese() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">")).body(containsString("免费注册"))
                .body(containsString("间隔重复训练器")).body(not(containsString("Create a free account")));
    }

    @Test
    void aSignedInLearnerStillGetsTheirOverviewAtTheRoot() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).get("/").then().statusCode(200).body(containsString("id=\"start\""))
                .body(not(containsString("id=\"landing\"")));
    }
}
