package dev.gopherdrill.web.errors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A page that fails as a bug would, present only in the test application: no route of the
 * trainer fails on purpose, so the 500 page and problem are otherwise out of reach.
 */
@Path("/test-only/fail")
public class FailingPage {

    /** The class and the message stay in the log: neither may reach the response. */
    static final String SECRET = "connection string postgres://secret";

    @GET
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
