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

/** Every page renders, in both languages, and the forms carry CSRF tokens. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PagesTest {

    @Test
    void theLoginPageFollowsTheBrowsersLanguage() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/login").then().statusCode(200)
                .body(containsString("用户名")).body(containsString("lang=\"zh\""));
        given().header("Accept-Language", "en-GB").get("/login").then().statusCode(200)
                .body(containsString("Username"));
        given().cookie("lang", "zh").header("Accept-Language", "en").get("/signup").then().statusCode(200)
                .body(containsString("创建账号")).body(containsString("name=\"csrf-token\""));
    }

    @Test
    void everyPageRendersForASignedInLearner() {
        Api.Learner me = Api.newLearner();
        for (String page : new String[] {"/", "/practice", "/leeches", "/settings"}) {
            given().cookies(me.cookies()).get(page).then().statusCode(200).contentType(ContentType.HTML)
                    .body(containsString("</html>")).body(not(containsString("Exception")));
        }
        given().cookies(me.cookies()).get("/practice").then()
                .body(containsString("data-card-id=\"alpha-recall-1\"")).body(containsString("What is one plus one?"));
        given().cookies(me.cookies()).get("/practice/cards/alpha-recall-1/info").then().statusCode(200)
                .body(containsString("src/test/content/decks/alpha.en.md:5"));
    }

    @Test
    void authorsCanBrowseSearchPreviewAndSeeProblems() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).get("/browse").then().statusCode(200)
                .body(containsString("alpha-choice")).body(containsString("6 cards"));
        given().cookies(me.cookies()).queryParam("q", "TWO PLUS").queryParam("fragment", true).get("/browse").then()
                .statusCode(200).body(containsString("alpha-recall-2")).body(not(containsString("alpha-recall-1")))
                .body(containsString("1 cards"));
        given().cookies(me.cookies()).queryParam("q", "阿尔法不存在").queryParam("fragment", true).get("/browse").then()
                .body(containsString("No card matches."));
        given().cookies(me.cookies()).get("/cards/alpha-choice").then().statusCode(200)
                .body(containsString("id=\"preview-en\"")).body(containsString("哪些是偶数？"))
                .body(containsString("src/test/content/decks/alpha.en.md:37"));
        given().cookies(me.cookies()).get("/cards/alpha-predict").then().statusCode(200)
                .body(containsString("<pre><code>hi")).body(containsString("预测输出"));
        given().cookies(me.cookies()).get("/authors").then().statusCode(200)
                .body(containsString("src/test/content/decks/alpha.en.md:90"));
        given().cookies(me.cookies()).get("/cards/nope").then().statusCode(404);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        Api.Learner me = Api.newLearner();
        given().cookies(me.cookies()).contentType(ContentType.URLENC).formParam("cardId", "alpha-recall-1")
                .formParam("version", "0").formParam("rating", "3").post("/practice/grade").then().statusCode(400);
        me.get("/api/practice/cards/alpha-recall-1").then().body("history.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void signingUpInTheFormSignsTheLearnerIn() {
        var csrf = given().get("/signup").then().extract();
        String token = csrf.cookie("csrf-token");
        given().cookie("csrf-token", token).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("j_username", "form-user").formParam("j_password", Api.PASSWORD)
                .formParam("timeZone", "Europe/Berlin")
                .post("/signup").then().statusCode(307).header("Location", containsString("/j_security_check"));
        Api.as("form-user").get("/api/me").then().body("settings.timeZone", org.hamcrest.Matchers.equalTo("Europe/Berlin"));
        given().cookie("csrf-token", token).contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("j_username", "form-user").formParam("j_password", Api.PASSWORD)
                .post("/signup").then().statusCode(409).body(containsString("is taken"));
    }
}
