package dev.gopherdrill.problem;

/**
 * A request the client got wrong, or that lost a race, told back as RFC 9457
 * problem+json by {@link ProblemMapper}. Services throw it; resources never catch it.
 */
public class Problem extends RuntimeException {

    public final int status;
    public final String title;
    /** Seconds the client should wait before trying again; null when waiting would not help. */
    public final Integer retryAfterSeconds;

    public Problem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    private Problem(int status, String title, String detail, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail);
    }

    /** The client is told to slow down (a password back-off): a 429 with {@code Retry-After}. */
    public static Problem tooManyRequests(String detail, int retryAfterSeconds) {
        return new Problem(429, "Too many requests", detail, retryAfterSeconds);
    }

    /** The server is busy, not broken: a 503 with {@code Retry-After}. */
    public static Problem unavailable(String detail, int retryAfterSeconds) {
        return new Problem(503, "Service unavailable", detail, retryAfterSeconds);
    }
}
