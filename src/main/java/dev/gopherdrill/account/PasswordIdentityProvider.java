package dev.gopherdrill.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The form login's password check, in place of quarkus-security-jpa's: the same BCrypt
 * verification, plus the back-off and the equal treatment of unknown names that
 * {@link LoginService} adds. A refused sign-in goes back to the login page as any wrong
 * password does; while the back-off holds, the response also carries {@code Retry-After}.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginService logins;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = LoginService.address(rc == null ? null : rc.request());
        return context.runBlocking(() -> {
            LoginService.Outcome outcome = logins.signIn(request.getUsername(),
                    new String(request.getPassword().getPassword()), address);
            if (outcome instanceof LoginService.SignedIn in) {
                return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(in.sessionKey()))
                        .addRole(SessionIdentityProvider.ROLE).build();
            }
            if (outcome instanceof LoginService.Throttled t && rc != null) {
                rc.response().putHeader("Retry-After", Long.toString(t.retryAfter().toSeconds()));
            }
            throw new AuthenticationFailedException();
        });
    }

    /** Ahead of quarkus-security-jpa's provider for the same request type (see SessionIdentityProvider). */
    @Override
    public int priority() {
        return SessionIdentityProvider.AHEAD_OF_SECURITY_JPA;
    }
}
