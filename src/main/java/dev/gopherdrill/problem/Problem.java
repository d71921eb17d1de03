package dev.gopherdrill.problem;

/**
 * What a service refuses, in the domain's terms: the input is wrong, the thing is not there,
 * the request lost a race, the caller must slow down or wait. It names no status code and no
 * URL, so a service reads the same whoever calls it; the web layer ({@code ProblemMapper})
 * turns the kind into an HTTP status and problem+json, or a page shows the message in its form.
 */
public class Problem extends RuntimeException {

    public enum Kind {
        /** The request is wrong; the message says which field and how. */
        BAD_INPUT,
        /** Nobody is signed in, or the session no longer names an account. */
        UNAUTHENTICATED,
        NOT_FOUND,
        /** The request was right but lost to another change (a stale version, a card not due). */
        CONFLICT,
        /** Too many attempts (a password back-off): wait {@link #retryAfterSeconds}. */
        TOO_MANY_ATTEMPTS,
        /** The server is busy, not broken: try again after {@link #retryAfterSeconds}. */
        UNAVAILABLE
    }

    public final Kind kind;
    /** Seconds the client should wait before trying again; null when waiting would not help. */
    public final Integer retryAfterSeconds;

    private Problem(Kind kind, String detail, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Problem badRequest(String detail) {
        return new Problem(Kind.BAD_INPUT, detail, null);
    }

    public static Problem unauthenticated(String detail) {
        return new Problem(Kind.UNAUTHENTICATED, detail, null);
    }

    public static Problem notFound(String detail) {
        return new Problem(Kind.NOT_FOUND, detail, null);
    }

    public static Problem conflict(String detail) {
        return new Problem(Kind.CONFLICT, detail, null);
    }

    public static Problem tooManyRequests(String detail, int retryAfterSeconds) {
        return new Problem(Kind.TOO_MANY_ATTEMPTS, detail, retryAfterSeconds);
    }

    public static Problem unavailable(String detail, int retryAfterSeconds) {
        return new Problem(Kind.UNAVAILABLE, detail, retryAfterSeconds);
    }
}
