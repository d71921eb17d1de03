package dev.gopherdrill.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every HTTP exchange gets before any resource, login included: the browser-side
 * security headers, hardened cookies, and the refusal of state-changing requests a
 * browser sends on behalf of another site.
 *
 * <h2>State-changing requests (POST, PUT, PATCH, DELETE)</h2>
 * <ol>
 *   <li><b>Cross-site, any route</b> ({@code /j_security_check} and {@code /api/*} too):
 *       refused (403) when the browser says the request comes from another site
 *       ({@code Sec-Fetch-Site: cross-site | same-site}) or, for browsers that do not send
 *       that header, when {@code Origin} names another host. This is what stops login CSRF
 *       (an attacker signing the victim into the attacker's account): the login form is
 *       handled by Quarkus' form authentication, which the CSRF token filter never sees.
 *       Clients that are not browsers send neither header and are judged by rule 2.</li>
 *   <li><b>Pages</b> (everything outside {@code /api}, {@code /q} and the login): the CSRF
 *       token is required whatever the content type. quarkus-rest-csrf checks the token
 *       of form posts and of requests carrying the {@code X-CSRF-TOKEN} header, but lets a
 *       request with another content type through unchecked (a {@code text/plain} body is
 *       what a cross-site {@code <form enctype="text/plain">} sends); such a request is
 *       refused here, so every page write passes through the token check.</li>
 *   <li><b>The JSON API</b> takes {@code application/json} only (its resources'
 *       {@code @Consumes}, a 415 otherwise): a body another site's form can send is never
 *       read, and a cross-site {@code fetch} with JSON needs a CORS pre-flight, which this
 *       server does not grant.</li>
 * </ol>
 *
 * A browser's navigation is refused with the 403 page of {@code web.errors.ErrorPages}, anyone else
 * with the problem+json.
 *
 * <h2>Cookies</h2>
 * The CSRF cookie gets {@code SameSite=Strict} (the extension has no setting for it); every
 * cookie gets {@code Secure} when {@code gopherdrill.http.secure-cookies=true}, for
 * deployments behind TLS. It is off by default because {@code bin/start} serves plain
 * HTTP on localhost, where a browser would drop a secure cookie and nobody could sign in.
 */
@ApplicationScoped
public class HttpHardening {

    /**
     * Scripts only from this server (no inline handlers: app.js binds every button), no
     * plugins, no framing, forms and requests to this origin only. Styles allow inline
     * {@code style} attributes: the server-rendered bars and charts size themselves with
     * them, and htmx adds its indicator style; a style cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI is an inline-script page of Quarkus' own, off unless enabled; it keeps its own rules. */
    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String CSRF_COOKIE = "csrf-token";
    private static final String CSRF_HEADER = "X-CSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    @ConfigProperty(name = "gopherdrill.http.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    /** Runs before Quarkus' own routes, the login and authentication among them. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        String path = req.path() == null ? "/" : req.path();
        rc.addHeadersEndHandler(v -> harden(rc, path));
        if (!SAFE.contains(req.method())) {
            if (isCrossSite(req)) {
                refuse(rc, "a state-changing request from another site is refused");
                return;
            }
            if (isPage(path) && req.getHeader(CSRF_HEADER) == null && !isForm(req.getHeader("Content-Type"))) {
                refuse(rc, "the CSRF token is missing: send the page's form, or the " + CSRF_HEADER + " header");
                return;
            }
        }
        rc.next();
    }

    private void harden(RoutingContext rc, String path) {
        var headers = rc.response().headers();
        if (!path.startsWith(SWAGGER_UI)) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        for (Cookie c : rc.request().cookies()) {
            if (c.getName().equals(CSRF_COOKIE)) {
                c.setSameSite(CookieSameSite.STRICT);
            }
            if (secureCookies) {
                c.setSecure(true);
            }
        }
    }

    static boolean isCrossSite(HttpServerRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            // Compared by host and port only: behind a TLS proxy the scheme seen here is http.
            String authority = URI.create(origin).getAuthority();
            return authority == null || !authority.equalsIgnoreCase(req.getHeader("Host"));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.equals("/j_security_check");
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static void refuse(RoutingContext rc, String detail) {
        if (ErrorRoute.wantsPage(rc)) {
            ErrorRoute.reroute(rc, 403, detail);
            return;
        }
        rc.response().setStatusCode(403).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON.toString())
                .end(new JsonObject().put("type", "about:blank").put("title", "Forbidden").put("status", 403)
                        .put("detail", detail).put("instance", rc.request().path()).encode());
    }
}
