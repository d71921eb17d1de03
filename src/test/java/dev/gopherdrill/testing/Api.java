package dev.gopherdrill.testing;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.http.Cookies;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Signs learners up and in over HTTP, the way any client would. */
public final class Api {

    public static final String PASSWORD = "correct horse battery";

    private Api() {
    }

    /** A signed-in learner. Each call builds a fresh request, so a learner can be used from several threads. */
    public record Learner(String username, Cookies cookies) {

        public RequestSpecification req() {
            return given().cookies(cookies).contentType(ContentType.JSON).accept(ContentType.JSON);
        }

        public Response get(String path) {
            return req().get(path);
        }

        public Response post(String path) {
            return req().post(path);
        }

        public Response post(String path, String body) {
            return req().body(body).post(path);
        }

        public Response put(String path, String body) {
            return req().body(body).put(path);
        }

        /** The next card of the daily loop; fails if there is none. */
        public JsonPath nextCard() {
            return get("/api/practice/next").then().statusCode(200).extract().jsonPath();
        }

        /** Grades a card in practice against the version it was shown with; fails unless accepted. */
        public JsonPath grade(String cardId, int version, int rating, String answer) {
            String body = "{\"cardId\":\"" + cardId + "\",\"version\":" + version + ",\"rating\":" + rating
                    + (answer == null ? "" : ",\"answer\":\"" + answer + "\"") + ",\"timeTakenMs\":1200}";
            return post("/api/practice/answers", body).then().statusCode(200).extract().jsonPath();
        }
    }

    /** A fresh learner, signed in. */
    public static Learner newLearner() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 12);
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"UTC\"}")
                .post("/api/users").then().statusCode(201);
        return as(name);
    }

    public static Learner as(String username) {
        Cookies cookies = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().detailedCookies();
        return new Learner(username, cookies);
    }
}
