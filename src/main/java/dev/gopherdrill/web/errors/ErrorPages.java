package dev.gopherdrill.web.errors;

import java.net.URI;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.gopherdrill.account.AccountPages;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.web.ErrorRoute;
import dev.gopherdrill.web.ProblemMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Errors as a browser should see them: a page in the layout and the UI language, for a
 * navigation that asked for HTML. Everyone else (the JSON API under {@code /api}, htmx
 * requests, clients that do not ask for {@code text/html}) keeps the problem+json of
 * {@link ProblemMapper}, unchanged.
 *
 * <p>Errors reach it three ways:
 * <ol>
 *   <li>from a resource ({@link Problem}, a bad form value, a bug): {@link ProblemMapper}
 *       writes the problem, and {@link #asPage} turns it into the page on the way out, so the
 *       status, the title and the detail are decided in one place for both kinds of client;</li>
 *   <li>an address no resource answers (a mistyped one): Quarkus REST's own 404, the same way;</li>
 *   <li>a write {@code web.HttpHardening} refuses before any resource runs (403): rerouted to
 *       {@code /error}, which answers with the problem it carries.</li>
 * </ol>
 * A 401 (a session cookie whose account is gone) becomes what form login does for a
 * visitor: the login page, with the dead cookie cleared.
 */
@Path("/error")
@ApplicationScoped
public class ErrorPages {


    @Inject
    CurrentVertxRequest vertxRequest;

    public record ErrorView(int status, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView error);
    }

    /** Where reroutes land; visited directly it is simply a missing page. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response error(@Context RoutingContext rc, @Context UriInfo uri) {
        Integer carried = rc.get(ErrorRoute.STATUS);
        int status = carried == null ? 404 : carried;
        return ProblemMapper.response(status, Response.Status.fromStatusCode(status).getReasonPhrase(),
                carried == null ? "no page at /error" : rc.get(ErrorRoute.DETAIL), uri);
    }

    /**
     * The problem on its way out, as a page. A request no resource matched is answered on
     * the event loop, but the page reads the learner (language, name) from the database:
     * that rendering moves to a worker thread, the request's context with it.
     */
    @ServerResponseFilter
    public Uni<Void> asPage(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || !ErrorRoute.wantsPage(request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.ACCEPT),
                request.getHeaderString("HX-Request"))) {
            return Uni.createFrom().voidItem();
        }
        // A page that answers its own error (the sign-up form with "username is taken") keeps its page.
        if (response.hasEntity() && !ProblemMapper.PROBLEM_JSON.isCompatible(response.getMediaType())) {
            return Uni.createFrom().voidItem();
        }
        if (status == 401) {
            response.setStatus(303);
            response.setEntity(null);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create("/login"));
            response.getHeaders().add(HttpHeaders.SET_COOKIE, AccountPages.expiredSession());
            return Uni.createFrom().voidItem();
        }
        String detail = status >= 500 ? null
                : response.getEntity() instanceof Map<?, ?> problem && problem.get("detail") instanceof String d ? d
                : null;
        keepTheFormsWorking();
        Uni<Void> render = Uni.createFrom().item(() -> {
            String page = Templates.error(new ErrorView(status, detail)).render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            return null;
        });
        return io.vertx.core.Context.isOnEventLoopThread()
                ? render.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid()
                : render.replaceWithVoid();
    }

    /**
     * The layout's forms (the language switch, log out) carry the CSRF token that
     * quarkus-rest-csrf puts into the routing context as {@code csrf_token} on its way in. A
     * post it refused for a missing or wrong token never got one, and the layout would fail
     * to render: the page reuses the browser's token cookie (without a signature key, the
     * token is the cookie's value), so those forms work again once the page is shown.
     */
    private void keepTheFormsWorking() {
        RoutingContext rc = vertxRequest.getCurrent();
        if (rc != null && rc.get(CSRF_TOKEN) == null) {
            Cookie cookie = rc.request().getCookie(CSRF_COOKIE);
            rc.put(CSRF_TOKEN, cookie == null ? "" : cookie.getValue());
        }
    }

    private static final String CSRF_TOKEN = "csrf_token";
    private static final String CSRF_COOKIE = "csrf-token";
}
