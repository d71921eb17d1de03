package dev.gopherdrill.account;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Accounts over JSON. Signing in is the form login every client shares:
 * {@code POST /j_security_check} with {@code j_username} and {@code j_password}
 * (form-encoded) returns the session cookie.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account")
public class AccountApi {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    public record SignUp(String username, String password, String locale, String timeZone) {
    }

    public record Me(long id, String username, AccountService.Settings settings) {
        static Me of(UserEntity u) {
            return new Me(u.id, u.username, AccountService.settings(u));
        }
    }

    @POST
    @Path("/users")
    @Operation(summary = "Create an account; 409 if the username is taken")
    public Response signUp(@Valid @NotNull SignUp req, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UserEntity u = accounts.signUp(req.username(), req.password(),
                req.locale() != null ? req.locale() : acceptLanguage, req.timeZone());
        return Response.status(201).entity(Me.of(u)).build();
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in learner and their settings")
    public Me me() {
        return Me.of(currentUser.get());
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record Deletion(String confirmUsername, String currentPassword) {
    }

    @PUT
    @Path("/me/password")
    @Operation(summary = "Change the password: the current one, and a new one by sign-up's rules; 400 naming the field. "
            + "Ends every session of the account, the caller's too: sign in again with the new password")
    public Response changePassword(@Valid @NotNull PasswordChange req, @Context HttpServerRequest request) {
        accounts.changePassword(currentUser.get(), req.currentPassword(), req.newPassword(),
                LoginService.address(request));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/me")
    @Operation(summary = "Delete the account and all its data (reviews, history, interviews, quizzes), in one "
            + "transaction; confirmUsername must be the username, currentPassword the password (under sign-in's "
            + "back-off: 429 with Retry-After)")
    public Response delete(@Valid @NotNull Deletion req, @Context HttpServerRequest request) {
        accounts.deleteAccount(currentUser.get(), req.confirmUsername(), req.currentPassword(),
                LoginService.address(request));
        return Response.noContent().cookie(AccountPages.expiredSession()).build();
    }

    @PUT
    @Path("/me/settings")
    @Operation(summary = "Change language, time zone, the hour a day starts, new cards per day and their order, "
            + "reviews per day, the scheduler")
    public AccountService.Settings settings(@Valid @NotNull AccountService.Settings s) {
        return accounts.update(currentUser.get(), s);
    }
}
