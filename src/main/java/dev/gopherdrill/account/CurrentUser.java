package dev.gopherdrill.account;

import dev.gopherdrill.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The signed-in learner of this request. Every service call that reads or writes
 * learner data starts here, so a query cannot forget whose data it is about.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private UserEntity user;

    public UserEntity get() {
        if (user == null) {
            if (!identity.isAnonymous()) {
                user = SessionKey.parse(identity.getPrincipal().getName()).map(UserEntity::findBySession).orElse(null);
            }
            if (user == null) {
                throw unauthorized();
            }
        }
        return user;
    }

    /**
     * The session's key ({@code name/epoch}, see {@link SessionKey}), from the session cookie
     * alone (no query): for the grade transaction, which finds the learner by it
     * ({@code app_user.session_key}) in the same statement that locks the card, so a session
     * a password change ended cannot grade either.
     */
    public String sessionKey() {
        if (identity.isAnonymous()) {
            throw unauthorized();
        }
        return identity.getPrincipal().getName();
    }

    /** No session, the account behind it is gone, or its password changed since it was opened. */
    public static Problem unauthorized() {
        return Problem.unauthenticated(
                "sign in first: POST /j_security_check with j_username and j_password, then send the session cookie");
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }
}
