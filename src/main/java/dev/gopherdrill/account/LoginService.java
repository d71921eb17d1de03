package dev.gopherdrill.account;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Checks a sign-in against the password hash and the back-off of its account name and its
 * client address ({@link LoginBackoff}), in one transaction that records the outcome.
 *
 * Two properties an attacker would probe:
 * <ul>
 *   <li><b>Parallel guesses do not share a check.</b> Both keys are locked (transaction-level
 *       advisory locks, in a fixed order) before the back-off is read, so 100 simultaneous
 *       wrong passwords are counted one after the other and most of them find sign-in
 *       closed.</li>
 *   <li><b>Nothing tells whether an account exists.</b> An unknown name is checked against a
 *       BCrypt hash of the same cost, so it takes as long as a wrong password, and it is
 *       throttled under the same key scheme; the answer is the same "wrong username or
 *       password".</li>
 * </ul>
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);
    private static final WildFlyElytronPasswordProvider ELYTRON = new WildFlyElytronPasswordProvider();
    /** Hashed with the cost sign-up uses, so an unknown name costs what a known one does. */
    static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");
    /** Long enough for any username the sign-up accepts; what a guesser types beyond it is one key. */
    private static final int MAX_KEY_NAME = 100;

    public sealed interface Outcome permits SignedIn, Refused, Throttled {
    }

    /** {@code sessionKey} is what the session cookie will name ({@link SessionKey}). */
    public record SignedIn(String sessionKey) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    /** Sign-in is closed for this account name or address for {@code retryAfter} more. */
    public record Throttled(Duration retryAfter) implements Outcome {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Outcome signIn(String username, String password, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String client = "addr:" + truncate(address);
        lock(account.compareTo(client) < 0 ? List.of(account, client) : List.of(client, account));
        Map<String, Row> rows = rows(account, client);
        Instant openAt = rows.values().stream().map(Row::blockedUntil).max(Instant::compareTo).orElse(now);
        if (openAt.isAfter(now)) {
            // whole seconds, rounded up: Retry-After takes no fractions
            return new Throttled(Duration.ofSeconds((Duration.between(now, openAt).toMillis() + 999) / 1000));
        }
        UserEntity user = UserEntity.findByUsername(username);
        boolean matches = matches(user == null ? NO_ACCOUNT_HASH : user.passwordHash, password);
        if (user != null && matches) {
            em.createNativeQuery("delete from login_throttle where throttle_key = ?1").setParameter(1, account)
                    .executeUpdate();
            return new SignedIn(new SessionKey(user.username, user.sessionEpoch).toString());
        }
        fail(account, rows.get(account), LoginBackoff.ACCOUNT, now);
        fail(client, rows.get(client), LoginBackoff.ADDRESS, now);
        em.createNativeQuery("delete from login_throttle where last_failure < ?1")
                .setParameter(1, utc(now.minus(LoginBackoff.FORGET_AFTER))).executeUpdate();
        return new Refused();
    }

    /**
     * The current password of a signed-in account, asked again before changing the password
     * (or deleting the account): checked as a sign-in is, under the same back-off keys, so a
     * stolen session cannot guess the password any faster there than at the login form. Its
     * own transaction, committed whatever the caller does next: the caller answers a refusal
     * by throwing, which must not roll the recorded failure back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome reauthenticate(String username, String password, String address) {
        return signIn(username, password == null ? "" : password, address);
    }

    /** The client address the back-off keys on ("unknown" when the connection has none). */
    static String address(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** The back-off key of an account name, as typed at sign-in. */
    static String accountKey(String username) {
        return "user:" + truncate(username);
    }

    private record Row(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    private void lock(List<String> keys) {
        for (String key : keys) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, key).getSingleResult();
        }
    }

    private Map<String, Row> rows(String account, String client) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                select throttle_key, failures, last_failure, blocked_until from login_throttle
                where throttle_key in (?1, ?2)""").setParameter(1, account).setParameter(2, client).getResultList();
        Map<String, Row> rows = new HashMap<>();
        for (Object[] r : found) {
            rows.put((String) r[0], new Row(((Number) r[1]).intValue(), instant(r[2]), instant(r[3])));
        }
        return rows;
    }

    private void fail(String key, Row row, LoginBackoff backoff, Instant now) {
        boolean forgotten = row == null || row.lastFailure().isBefore(now.minus(LoginBackoff.FORGET_AFTER));
        int failures = forgotten ? 1 : row.failures() + 1;
        em.createNativeQuery("""
                insert into login_throttle (throttle_key, failures, last_failure, blocked_until) values (?1, ?2, ?3, ?4)
                on conflict (throttle_key) do update
                  set failures = excluded.failures, last_failure = excluded.last_failure,
                      blocked_until = excluded.blocked_until""")
                .setParameter(1, key).setParameter(2, failures).setParameter(3, utc(now))
                .setParameter(4, utc(now.plus(backoff.delayAfter(failures)))).executeUpdate();
    }

    static boolean matches(String hash, String password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), ELYTRON);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException e) {
            LOG.errorf("a stored password hash cannot be read (%s); that account cannot sign in", e.getMessage());
            return false;
        }
    }

    private static String truncate(String s) {
        String v = s == null ? "" : s;
        return v.length() > MAX_KEY_NAME ? v.substring(0, MAX_KEY_NAME) : v;
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
