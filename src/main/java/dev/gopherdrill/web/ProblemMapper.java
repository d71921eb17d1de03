package dev.gopherdrill.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.escape.EscapeSourceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one place errors become responses: problem+json with the status the client can
 * act on. A client mistake is a 4xx with a sentence saying what to fix; only a bug is
 * a 500, and then the body names no class and carries no stack trace (the log does).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @ServerExceptionMapper
    public Response problem(Problem p, UriInfo uri) {
        Response r = response(status(p), answer(p.kind).title(), p.getMessage(), uri);
        return p.retryAfterSeconds == null ? r
                : Response.fromResponse(r).header("Retry-After", p.retryAfterSeconds).build();
    }

    /** How a refusal reads over HTTP; a switch, so a new kind without an answer does not compile. */
    private record Answer(int status, String title) {
    }

    private static Answer answer(Problem.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> new Answer(400, "Bad request");
            case UNAUTHENTICATED -> new Answer(401, "Unauthorized");
            case NOT_FOUND -> new Answer(404, "Not found");
            case CONFLICT -> new Answer(409, "Conflict");
            case TOO_MANY_ATTEMPTS -> new Answer(429, "Too many requests");
            case UNAVAILABLE -> new Answer(503, "Service unavailable");
        };
    }

    /** The HTTP status of a refusal: also for pages that answer a problem in their own form. */
    public static int status(Problem p) {
        return answer(p.kind).status();
    }

    @ServerExceptionMapper
    public Response simulationInput(SimulationInputException e, UriInfo uri) {
        return response(e.field().equals("id") ? 404 : 400,
                e.field().equals("id") ? "Not found" : "Invalid simulation input", e.getMessage(), uri);
    }

    /** Well-formed JSON, but Go the analyzer cannot answer for truthfully (outside its subset, or not compiling). */
    @ServerExceptionMapper
    public Response escapeSource(EscapeSourceException e, UriInfo uri) {
        return response(422, e.unsupported() ? "Outside the analyzer's Go subset" : "Go source does not compile",
                e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        StringBuilder detail = new StringBuilder();
        e.getConstraintViolations().forEach(v -> {
            String field = field(v.getPropertyPath());
            detail.append(detail.length() == 0 ? "" : "; ").append(field).append(": ").append(v.getMessage());
        });
        return response(400, "Invalid request", detail.toString(), uri);
    }

    /**
     * The field as the client wrote it: {@code cases[3].len}, not {@code append.req.cases[3].len}
     * (the method and its parameter mean nothing to a client); the body itself is {@code body}.
     */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (n.getIndex() != null) {
                field.append('[').append(n.getIndex()).append(']');
            }
            if (n.getName() != null && n.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(n.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    // Quarkus REST brings its own mappers for these Jackson types; naming each type here
    // makes ours the closest match, so every malformed body gets the same problem shape.
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        return malformed(e, uri);
    }

    private static Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? m.getPath().get(m.getPath().size() - 1).getFieldName() : null;
        String detail;
        if (e instanceof StrictJson.NulCharacterException) {
            detail = "field \"" + field + "\": " + e.getOriginalMessage();
        } else if (field != null) {
            detail = "field \"" + field + "\" has the wrong type";
        } else if (e instanceof MismatchedInputException) {
            detail = "the body does not have the expected JSON shape";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field ")) {
            // Jackson's own words, "Duplicate field 'version'", without the parser position
            detail = "duplicate field " + e.getOriginalMessage().substring("Duplicate field ".length())
                    .replace('\'', '"') + ": give each field once";
        } else {
            detail = "the body is not valid JSON";
        }
        return response(400, "Malformed request body", detail, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException j) {
            return malformed(j, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return response(status, "Server error", "the server failed; the error is logged", uri);
        }
        Response.Status s = Response.Status.fromStatusCode(status);
        return response(status, s == null ? "Error" : s.getReasonPhrase(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (isUnstorableText(e)) {
            return response(400, "Invalid text", "the request holds a NUL character or bytes that are not UTF-8, "
                    + "which text fields cannot store", uri);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warn("database unavailable: " + e.getMessage());
            return Response.fromResponse(response(503, "Service unavailable",
                    "the database is not reachable at the moment; try again in a second", uri))
                    .header("Retry-After", 1).build();
        }
        LOG.error("request failed", e);
        return response(500, "Server error", "the server failed; the error is logged", uri);
    }

    /**
     * PostgreSQL's verdict on a value no text column can hold (SQLSTATE 22021
     * character_not_in_repertoire, 22P05 untranslatable_character). JSON bodies are
     * refused earlier ({@link StrictJson}); this catches the same input in a form field or
     * a query parameter, wherever it reaches the database.
     */
    private static boolean isUnstorableText(Throwable e) {
        return hasSqlState(e, state -> state.equals("22021") || state.equals("22P05"));
    }

    /**
     * The database could not be reached or is restarting (SQLSTATE class 08 connection
     * exceptions; 57P01..57P03 shutdown, crash, cannot connect now, as while the embedded
     * server's watchdog brings it back): the request did nothing wrong and can be repeated.
     */
    private static boolean isDatabaseUnavailable(Throwable e) {
        return hasSqlState(e, state -> state.startsWith("08") || state.startsWith("57P"));
    }

    private static boolean hasSqlState(Throwable e, java.util.function.Predicate<String> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && test.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static Response response(int status, String title, String detail, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (uri != null) {
            body.put("instance", uri.getPath());
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
