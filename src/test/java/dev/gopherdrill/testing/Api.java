package dev.gopherdrill.testing;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.http.Cookies;
import io.restassured.specification.RequestSpecification;

/** Signs learners up and in over HTTP, the way any client would. */
public final class Api {

    public static final String PASSWORD = "correct horse battery";

    private Api() {
    }

    /** A fresh learner, signed in; the returned spec sends their session cookie. */
    public static RequestSpecification newLearner() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 12);
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"UTC\"}")
                .post("/api/users").then().statusCode(201);
        return as(name);
    }

    public static RequestSpecification as(String username) {
        Cookies cookies = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().detailedCookies();
        return given().cookies(cookies).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
