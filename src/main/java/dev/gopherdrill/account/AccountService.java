package dev.gopherdrill.account;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import dev.gopherdrill.content.ContentSet;
import dev.gopherdrill.scheduling.Fsrs6Scheduler;
import dev.gopherdrill.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Sign-up and a learner's settings. */
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

    @Transactional
    public UserEntity signUp(String username, String password, String locale, String timeZone) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,32}")) {
            throw Problem.badRequest("username: 3 to 32 letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Problem.badRequest("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw Problem.badRequest("password: at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        PASSWORDS.weakness(username, password).ifPresent(why -> {
            throw Problem.badRequest("password: too easy to guess, " + why);
        });
        if (UserEntity.findByUsername(username) != null) {
            throw Problem.conflict("username \"" + username + "\" is taken");
        }
        UserEntity u = UserEntity.create(username, password, language(locale), zoneOrUtc(timeZone), clock.instant());
        u.persist();
        return u;
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
        if (s.timeZone() != null) {
            try {
                u.timeZone = ZoneId.of(s.timeZone()).getId();
            } catch (DateTimeException e) {
                throw Problem.badRequest("timeZone: \"" + s.timeZone() + "\" is not a time zone id such as Europe/Berlin");
            }
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
        try {
            return zone == null || zone.isBlank() ? "UTC" : ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            return "UTC";
        }
    }
}
