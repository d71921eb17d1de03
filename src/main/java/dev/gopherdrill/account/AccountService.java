package dev.gopherdrill.account;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import dev.gopherdrill.content.ContentSet;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.Fsrs6Scheduler;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Sign-up, a learner's settings, their password and the deletion of their account. */
@ApplicationScoped
public class AccountService {

    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MIN_PASSWORD_LENGTH = 8;

    private static final PasswordPolicy PASSWORDS = PasswordPolicy.bundled();

    @Inject
    Clock clock;

    /**
     * The learner's settings as the API shows and takes them; a null locale, time zone,
     * scheduler, desired retention, new-card order or review limit leaves that setting as it is.
     *
     * @param scheduler        {@code sm2} or {@code fsrs}
     * @param desiredRetention FSRS's target probability of recall, 0.70..0.99 in hundredths
     * @param newCardOrder     {@code interleaved} (round-robin across decks) or {@code deck} (deck by deck)
     * @param reviewsPerDay    due reviews shown per day, 0..9999
     */
    public record Settings(String locale, String timeZone, int dayStartHour, int newCardsPerDay, String scheduler,
                           BigDecimal desiredRetention, String newCardOrder, Integer reviewsPerDay) {

        public Settings(String locale, String timeZone, int dayStartHour, int newCardsPerDay) {
            this(locale, timeZone, dayStartHour, newCardsPerDay, null, null, null, null);
        }
    }

    static final BigDecimal MINIMUM_DESIRED_RETENTION = BigDecimal.valueOf(Fsrs6Scheduler.MINIMUM_DESIRED_RETENTION);
    static final BigDecimal MAXIMUM_DESIRED_RETENTION = BigDecimal.valueOf(Fsrs6Scheduler.MAXIMUM_DESIRED_RETENTION);

    static final List<String> NEW_CARD_ORDERS = List.of(UserEntity.NEW_CARDS_INTERLEAVED, UserEntity.NEW_CARDS_BY_DECK);

    @Inject
    Event<SchedulerChanged> schedulerChanged;

    @Inject
    EntityManager em;

    @Inject
    LoginService logins;

    @Transactional
    public UserEntity signUp(String username, String password, String locale, String timeZone) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,32}")) {
            throw Problem.badRequest("username: 3 to 32 letters, digits, '.', '_' or '-'");
        }
        checkNewPassword("password", username, password);
        if (UserEntity.findByUsername(username) != null) {
            throw Problem.conflict("username \"" + username + "\" is taken");
        }
        UserEntity u = UserEntity.create(username, password, language(locale), zoneOrUtc(timeZone), clock.instant());
        u.persist();
        return u;
    }

    /** Sign-up's rules for a password, reported under {@code field}. */
    private static void checkNewPassword(String field, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Problem.badRequest(field + ": at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw Problem.badRequest(field + ": at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        PASSWORDS.weakness(username, password).ifPresent(why -> {
            throw Problem.badRequest(field + ": too easy to guess, " + why);
        });
    }

    /**
     * Replaces the password after checking the current one, with sign-up's rules and a new
     * BCrypt hash (a new salt), and draws a new session epoch: every session opened with
     * the old password, this one included, ends (see SessionKey).
     */
    @Transactional
    public void changePassword(UserEntity user, String currentPassword, String newPassword, String address) {
        UserEntity u = UserEntity.findById(user.id);
        checkCurrentPassword(u, currentPassword, address);
        checkNewPassword("newPassword", u.username, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw Problem.badRequest("newPassword: the same as the current password");
        }
        u.passwordHash = BcryptUtil.bcryptHash(newPassword);
        em.createNativeQuery("update app_user set session_epoch = nextval('session_epoch_seq') where id = ?1")
                .setParameter(1, u.id).executeUpdate();
    }

    /** 400 for a wrong current password, 429 with Retry-After while the sign-in back-off holds. */
    private void checkCurrentPassword(UserEntity u, String currentPassword, String address) {
        LoginService.Outcome outcome = logins.reauthenticate(u.username, currentPassword, address);
        if (outcome instanceof LoginService.Throttled t) {
            throw Problem.tooManyRequests("currentPassword: too many wrong passwords; try again in "
                    + t.retryAfter().toSeconds() + " s", (int) t.retryAfter().toSeconds());
        }
        if (!(outcome instanceof LoginService.SignedIn)) {
            throw Problem.badRequest("currentPassword: that is not your current password");
        }
    }

    /**
     * Deletes the account and everything it owns, in this one transaction: every table
     * with a learner's rows (review_state, review_log, interview and its turns, quiz and its
     * items) references app_user with {@code on delete cascade}, and the sign-in back-off
     * of the account's name, which is keyed by name rather than id, is deleted with it.
     * The one review_log deletion the log ever sees. Sessions are cookies: this browser's is
     * cleared by the caller, any other one finds no account and is sent to the login, also
     * after someone signs up again under the same name (a new account has a new epoch).
     *
     * @param confirmUsername what the learner typed to confirm; must be their username
     * @param currentPassword asked again, so a session left open is not enough to erase everything
     */
    @Transactional
    public void deleteAccount(UserEntity user, String confirmUsername, String currentPassword, String address) {
        if (confirmUsername == null || !confirmUsername.strip().equals(user.username)) {
            throw Problem.badRequest("confirmUsername: type your username, " + user.username + ", to confirm");
        }
        checkCurrentPassword(user, currentPassword, address);
        em.createNativeQuery("delete from login_throttle where throttle_key = ?1")
                .setParameter(1, LoginService.accountKey(user.username)).executeUpdate();
        em.createNativeQuery("delete from app_user where id = ?1").setParameter(1, user.id).executeUpdate();
    }

    @Transactional
    public Settings update(UserEntity user, Settings s) {
        UserEntity u = UserEntity.findById(user.id);
        if (s.locale() != null) {
            if (!ContentSet.LANGUAGES.contains(s.locale())) {
                throw Problem.badRequest("locale: one of " + ContentSet.LANGUAGES);
            }
            u.locale = s.locale();
        }
        // the zone a learner already has stays valid, even one an older version accepted
        if (s.timeZone() != null && !s.timeZone().equals(u.timeZone)) {
            u.timeZone = timeZone(s.timeZone());
        }
        if (s.dayStartHour() < 0 || s.dayStartHour() > 23) {
            throw Problem.badRequest("dayStartHour: 0..23");
        }
        if (s.newCardsPerDay() < 0 || s.newCardsPerDay() > 1000) {
            throw Problem.badRequest("newCardsPerDay: 0..1000");
        }
        if (s.scheduler() != null && !List.of(UserEntity.SCHEDULER_SM2, UserEntity.SCHEDULER_FSRS).contains(s.scheduler())) {
            throw Problem.badRequest("scheduler: \"sm2\" or \"fsrs\", got \"" + s.scheduler() + "\"");
        }
        BigDecimal retention = s.desiredRetention();
        if (retention != null && (retention.compareTo(MINIMUM_DESIRED_RETENTION) < 0
                || retention.compareTo(MAXIMUM_DESIRED_RETENTION) > 0 || retention.stripTrailingZeros().scale() > 2)) {
            throw Problem.badRequest("desiredRetention: 0.70..0.99 in steps of 0.01, got " + retention.toPlainString());
        }
        if (s.newCardOrder() != null && !NEW_CARD_ORDERS.contains(s.newCardOrder())) {
            throw Problem.badRequest("newCardOrder: \"interleaved\" or \"deck\", got \"" + s.newCardOrder() + "\"");
        }
        if (s.reviewsPerDay() != null
                && (s.reviewsPerDay() < 0 || s.reviewsPerDay() > UserEntity.MAXIMUM_REVIEWS_PER_DAY)) {
            throw Problem.badRequest("reviewsPerDay: 0.." + UserEntity.MAXIMUM_REVIEWS_PER_DAY + ", got "
                    + s.reviewsPerDay());
        }
        u.dayStartHour = (short) s.dayStartHour();
        if (s.newCardOrder() != null) {
            u.newCardOrder = s.newCardOrder();
        }
        if (s.reviewsPerDay() != null) {
            u.reviewsPerDay = s.reviewsPerDay();
        }
        u.newCardsPerDay = s.newCardsPerDay();
        if (retention != null) {
            // A new retention applies from the next grade on; due days already set stay, as in Anki.
            u.desiredRetention = retention.setScale(2);
        }
        if (s.scheduler() != null && !s.scheduler().equals(u.scheduler)) {
            u.scheduler = s.scheduler();
            schedulerChanged.fire(new SchedulerChanged(u));
        }
        return settings(u);
    }

    /** The ids the settings page offers (its datalist), sorted; the only ones a setting takes. */
    public static final java.util.SortedSet<String> TIME_ZONES = new java.util.TreeSet<>(ZoneId.getAvailableZoneIds());

    /**
     * A region id from {@link #TIME_ZONES}. Offsets such as {@code +02:00} are refused: a
     * region follows its daylight-saving changes, a fixed offset would move the learner's
     * day-start by an hour twice a year.
     */
    static String timeZone(String id) {
        String trimmed = id.strip();
        if (!TIME_ZONES.contains(trimmed)) {
            throw Problem.badRequest("timeZone: \"" + id + "\" is not a time zone id such as Europe/Berlin");
        }
        return ZoneId.of(trimmed).getId();
    }

    /** A form's desired retention; blank keeps {@code current}, text that is not a number is a 400. */
    static BigDecimal retention(String text, BigDecimal current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("desiredRetention: 0.70..0.99 in steps of 0.01, got \"" + text + "\"");
        }
    }

    /** A form's review limit; blank keeps {@code current}, text that is not a whole number is a 400. */
    static int reviewsPerDay(String text, int current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("reviewsPerDay: a whole number 0.." + UserEntity.MAXIMUM_REVIEWS_PER_DAY
                    + ", got \"" + text + "\"");
        }
    }

    public static Settings settings(UserEntity u) {
        return new Settings(u.locale, u.timeZone, u.dayStartHour, u.newCardsPerDay, u.scheduler, u.desiredRetention,
                u.newCardOrder, u.reviewsPerDay);
    }

    /** "zh-CN", "zh" → zh; anything else → en. */
    public static String language(String tag) {
        if (tag == null) {
            return "en";
        }
        String lang = Locale.forLanguageTag(tag.trim()).getLanguage();
        return ContentSet.LANGUAGES.contains(lang) ? lang : "en";
    }

    static String zoneOrUtc(String zone) {
        return zone != null && TIME_ZONES.contains(zone.strip()) ? zone.strip() : "UTC";
    }
}
