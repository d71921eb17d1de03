package dev.gopherdrill.account;

import java.net.URI;

import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.web.ProblemMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Login, sign-up, log-out, the language switch and the settings page (with password change and account deletion). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** Quarkus' form-login session cookie (quarkus.http.auth.form.cookie-name). */
    static final String SESSION_COOKIE = "quarkus-credential";
    /** Where form login sends the browser after signing in (quarkus.http.auth.form.location-cookie). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLanguage ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, String username);

        static native TemplateInstance signup(String error, String username);

        static native TemplateInstance settings(AccountService.Settings settings, boolean saved, String error,
                                                AccountForms account);
    }

    /**
     * The settings page's account panels: the time zones to pick from, and the outcome of
     * the password and delete forms (each shows its own error beside its own fields).
     */
    public record AccountForms(String username, boolean passwordChanged, String passwordError, String deleteError) {
        static AccountForms none(UserEntity u) {
            return new AccountForms(u.username, false, null, null);
        }

        public java.util.SortedSet<String> timeZones() {
            return AccountService.TIME_ZONES;
        }
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("username") String username) {
        return Templates.login(error, username);
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup(null, null);
    }

    /**
     * Creates the account, then signs the learner straight in: the form's fields are
     * named like the login form's, and a 307 makes the browser re-post the same body to
     * the form-login endpoint, which issues the session cookie.
     */
    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@FormParam("j_username") String username, @FormParam("j_password") String password,
                           @FormParam("timeZone") String timeZone) {
        try {
            accounts.signUp(username, password, ui.getLang(), timeZone);
        } catch (Problem p) {
            return Response.status(ProblemMapper.status(p)).entity(Templates.signup(p.getMessage(), username))
                    .build();
        }
        return Response.temporaryRedirect(URI.create("/j_security_check")).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/login")).cookie(expiredSession()).build();
    }

    /** The header's language switch: a cookie for everyone, and the setting of a signed-in learner. */
    @POST
    @Path("lang")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@FormParam("lang") String lang, @HeaderParam("Referer") String referer) {
        String chosen = AccountService.language(lang);
        if (currentUser.isSignedIn()) {
            UserEntity u = currentUser.get();
            accounts.update(u, new AccountService.Settings(chosen, null, u.dayStartHour, u.newCardsPerDay));
        }
        URI back = URI.create("/");
        if (referer != null) {
            URI r = URI.create(referer);
            back = URI.create(r.getRawPath() == null || r.getRawPath().isEmpty() ? "/" : r.getRawPath());
        }
        return Response.seeOther(back)
                .cookie(new NewCookie.Builder(UiLanguage.COOKIE).path("/").maxAge(365 * 24 * 3600).value(chosen).build())
                .build();
    }

    @GET
    @Path("settings")
    public TemplateInstance settings(@QueryParam("saved") boolean saved, @QueryParam("password") String password) {
        UserEntity u = currentUser.get();
        return Templates.settings(AccountService.settings(u), saved, null,
                new AccountForms(u.username, "changed".equals(password), null, null));
    }

    /**
     * Changes the password, which ends every session of the account, this one too (a new
     * session epoch); this browser is signed straight back in with the new password as
     * sign-up does it: the form's fields are named like the login form's ({@code j_username}
     * hidden, the new password as {@code j_password}), a 307 re-posts them to the form-login
     * endpoint, which issues a cookie of the new epoch, and Quarkus' location cookie brings
     * the learner back to the settings with the confirmation.
     */
    @POST
    @Path("settings/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("currentPassword") String currentPassword,
                                   @FormParam("j_password") String newPassword, @Context UriInfo uri,
                                   @Context HttpServerRequest request) {
        UserEntity u = currentUser.get();
        try {
            accounts.changePassword(u, currentPassword, newPassword, LoginService.address(request));
        } catch (Problem p) {
            return settingsPage(u, p, new AccountForms(u.username, false, p.getMessage(), null));
        }
        // absolute: form login only follows a location of the request's own scheme, host and port
        String back = uri.getBaseUri().resolve("settings?password=changed").toString();
        // written as the header, not a NewCookie, which would quote the URL and form login could not read it
        return Response.temporaryRedirect(URI.create("/j_security_check"))
                .header("Set-Cookie", LOCATION_COOKIE + "=" + back + "; Path=/; HttpOnly; SameSite=Lax").build();
    }

    /** The account and all its data, then the landing page, signed out. */
    @POST
    @Path("settings/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAccount(@FormParam("confirmUsername") String confirmUsername,
                                  @FormParam("currentPassword") String currentPassword,
                                  @Context HttpServerRequest request) {
        UserEntity u = currentUser.get();
        try {
            accounts.deleteAccount(u, confirmUsername, currentPassword, LoginService.address(request));
        } catch (Problem p) {
            return settingsPage(u, p, new AccountForms(u.username, false, null, p.getMessage()));
        }
        return Response.seeOther(URI.create("/")).cookie(expiredSession()).build();
    }

    /** The settings again with a form's error beside it, and the problem's status (and Retry-After, under the back-off). */
    private Response settingsPage(UserEntity u, Problem p, AccountForms account) {
        return Response.status(ProblemMapper.status(p)).header("Retry-After", p.retryAfterSeconds)
                .entity(Templates.settings(AccountService.settings(u), false, null, account)).build();
    }

    /** Clears Quarkus' session cookie in this browser: log-out, a deleted account, a cookie whose account is gone. */
    public static NewCookie expiredSession() {
        return new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").build();
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@FormParam("locale") String locale, @FormParam("timeZone") String timeZone,
                                 @FormParam("dayStartHour") int dayStartHour,
                                 @FormParam("newCardsPerDay") int newCardsPerDay,
                                 @FormParam("scheduler") String scheduler,
                                 @FormParam("desiredRetention") String desiredRetention,
                                 @FormParam("newCardOrder") String newCardOrder,
                                 @FormParam("reviewsPerDay") String reviewsPerDay) {
        UserEntity u = currentUser.get();
        AccountService.Settings s = new AccountService.Settings(locale, timeZone, dayStartHour, newCardsPerDay,
                scheduler == null ? u.scheduler : scheduler, u.desiredRetention,
                newCardOrder == null ? u.newCardOrder : newCardOrder, u.reviewsPerDay);
        try {
            s = new AccountService.Settings(locale, timeZone, dayStartHour, newCardsPerDay, s.scheduler(),
                    AccountService.retention(desiredRetention, u.desiredRetention), s.newCardOrder(),
                    AccountService.reviewsPerDay(reviewsPerDay, u.reviewsPerDay));
            accounts.update(u, s);
        } catch (Problem p) {
            return Response.status(ProblemMapper.status(p)).entity(Templates.settings(s, false, p.getMessage(), AccountForms.none(u))).build();
        }
        return Response.seeOther(URI.create("/settings?saved=true"))
                .cookie(new NewCookie.Builder(UiLanguage.COOKIE).path("/").maxAge(365 * 24 * 3600)
                        .value(AccountService.language(locale)).build())
                .build();
    }
}
