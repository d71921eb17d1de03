package dev.gopherdrill.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a valid session cookie into an identity without a database query.
 *
 * Form login checks the password once (BCrypt, in quarkus-security-jpa) and then issues
 * a cookie encrypted with the session key; on every later request Quarkus hands the
 * cookie's user name over as a {@link TrustedAuthenticationRequest}. The JPA provider
 * would answer it by loading the user again, and {@link CurrentUser} loads them anyway,
 * so each request paid for the same row twice. The cookie is already proof enough that it
 * was issued: it cannot be forged without the key. Whether its session is still current is
 * decided by the lookup the request makes anyway: the cookie names the account and its
 * session epoch ({@link SessionKey}), and {@link CurrentUser} (or the grade statement) finds
 * no row once the password changed or the account was deleted, and answers 401.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Every account has this one role; roles are not used for anything else yet. */
    static final String ROLE = "user";

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getPrincipal()))
                .addRole(ROLE)
                .build());
    }

    /**
     * Quarkus asks providers from the highest priority down. quarkus-security-jpa's own
     * providers answer at SYSTEM_FIRST + 1 (1001, listed from the bean container), so a
     * provider at that priority ties with them and which one answers is left to the sort:
     * ours sit clearly above.
     */
    static final int AHEAD_OF_SECURITY_JPA = SYSTEM_FIRST + 100;

    @Override
    public int priority() {
        return AHEAD_OF_SECURITY_JPA;
    }
}
