package dev.gopherdrill.account;

import dev.gopherdrill.web.Problem;
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
                throw new Problem(401, "Unauthorized",
                        "sign in first: POST /j_security_check with j_username and j_password, then send the session cookie");
            }
        }
        return user;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }
}
