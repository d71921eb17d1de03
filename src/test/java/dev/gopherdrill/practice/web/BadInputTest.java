package dev.gopherdrill.practice.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Whatever a client sends, it gets a 4xx problem+json that says what to fix, never a 500. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BadInputTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        POST | /api/practice/answers            | {"cardId":"alpha-recall-1","version":0,"rating":7}      | 400 | rating
        POST | /api/practice/answers            | {"cardId":"alpha-recall-1","version":0,"rating":0}      | 400 | rating
        POST | /api/practice/answers            | {"version":0,"rating":3}                                | 400 | cardId
        POST | /api/practice/answers            | {"cardId":"alpha-recall-1","rating":3}                  | 400 | version
        POST | /api/practice/answers            | {"cardId":"alpha-recall-1","version":"abc","rating":3}  | 400 | version
        POST | /api/practice/answers            | {"cardId":"alpha-recall-1","version":-1,"rating":3}     | 400 | version
        POST | /api/practice/answers            | {"cardId":"no-such-card","version":0,"rating":3}        | 404 | no-such-card
        POST | /api/practice/answers            | {"cardId":"alpha-broken","version":0,"rating":3}        | 404 | alpha-broken
        POST | /api/practice/answers            | not json at all                                         | 400 | JSON
        POST | /api/practice/answers            | `[1,2,3]`                                               | 400 | JSON shape
        POST | /api/practice/check              | {"cardId":"alpha-recall-1","answer":"two"}              | 400 | recall card
        POST | /api/practice/check              | {"cardId":"alpha-exact"}                                | 400 | answer
        POST | /api/practice/cards/alpha-recall-1/bury | {"version":5}                                    | 409 | changed since
        POST | /api/practice/cards/nope/suspend | {"version":0}                                           | 404 | nope
        POST | /api/practice/cards/nope/unsuspend | {}                                                    | 404 | nope
        GET  | /api/practice/cards/nope         |                                                         | 404 | nope
        GET  | /api/no-such-endpoint            |                                                         | 404 | 
        GET  | /api/practice/cards/%00          |                                                         | 404 | no card
        POST | /api/practice/cards/%00/bury     | {"version":0}                                           | 404 | no card
        POST | /api/practice/answers            | {"cardId":"x\\u0000","version":0,"rating":3}            | 400 | cardId
        POST | /api/practice/check              | {"cardId":"alpha-exact","answer":"a\\u0000b"}           | 400 | NUL
        POST | /api/practice/answers            | {"cardId":"alpha-exact","version":0,"rating":3,"answer":"\\u0000"} | 400 | NUL
        POST | /api/practice/cards/alpha-recall-1/bury    | {"version":0,"version":1}                     | 400 | duplicate
        POST | /api/practice/cards/alpha-recall-1/suspend | {"version":0,"version":0}                     | 400 | duplicate
        POST | /api/practice/answers            | {"cardId":"alpha-recall-1","cardId":"b","version":0,"rating":3} | 400 | duplicate
        """)
    void badRequestsGetAProblemDescription(String method, String path, String body, int status, String mentions) {
        var req = Api.newLearner().req();
        if (body != null) {
            req = req.body(body);
        }
        req.request(method, path).then().statusCode(status)
                .contentType(containsString("json"))
                .body("status", equalTo(status))
                .body("detail", mentions == null ? not(containsString("Exception")) : containsString(mentions))
                .body(not(containsString("at dev.gopherdrill")));
    }
}
