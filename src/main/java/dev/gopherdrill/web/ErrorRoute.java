package dev.gopherdrill.web;

import java.util.Locale;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Which requests get an HTML error page, and the reroute to {@code /error} for refusals made
 * before any resource runs. Here rather than beside the pages ({@code web/errors}), because the
 * pages read the learner's language from {@code account}, which itself builds on this package.
 */
public final class ErrorRoute {

    /** The status and detail a reroute carries to {@code /error}, in the routing context's data. */
    public static final String STATUS = "gopherdrill.error.status";
    public static final String DETAIL = "gopherdrill.error.detail";

    private ErrorRoute() {
    }

    /**
     * A browser's navigation (or form post) to a page, as opposed to an API call, an htmx
     * fragment request or a static file: only those get an HTML error page.
     */
    public static boolean wantsPage(String path, String accept, String htmxHeader) {
        if (path == null || htmxHeader != null || accept == null
                || !accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            return false;
        }
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/")
                && !path.startsWith("/static/") && !path.startsWith("/webjars/");
    }

    static boolean wantsPage(RoutingContext rc) {
        return wantsPage(rc.request().path(), rc.request().getHeader(HttpHeaders.ACCEPT),
                rc.request().getHeader("HX-Request"));
    }

    /** Shows the error page for {@code status} in place of what the request asked for. */
    static void reroute(RoutingContext rc, int status, String detail) {
        rc.put(STATUS, status);
        rc.put(DETAIL, detail);
        rc.reroute(HttpMethod.GET, "/error");
    }
}
