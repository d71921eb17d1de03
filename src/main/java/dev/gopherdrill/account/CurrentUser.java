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
                user = UserEntity.findByUsername(identity.getPrincipal().getName());
            }
            if (user == null) {
                throw unauthorized();
            }
        }
        return user;
    }

    /**
     * The signed-in learner's user name, from the session cookie alone (no query): for the
     * grade transaction, which finds the learner in the same statement that locks the card.
     */
    public String username() {
        if (identity.isAnonymous()) {
            throw unauthorized();
        }
        return identity.getPrincipal().getName();
    }

    /** No session, or the account behind it is gone. */
    public static Problem unauthorized() {
        return new Problem(401, "Unauthorized",
                "sign in first: POST /j_security_check with j_username and j_password, then send the session cookie");
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }
}
