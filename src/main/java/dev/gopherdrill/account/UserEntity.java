package dev.gopherdrill.account;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's account; quarkus-security-jpa reads it for form login (BCrypt hashes). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String role;

    public String locale;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "day_start_hour")
    public short dayStartHour;

    @Column(name = "new_cards_per_day")
    public int newCardsPerDay;

    /** Gather order of new cards: {@link #NEW_CARDS_INTERLEAVED} (the default) or {@link #NEW_CARDS_BY_DECK}. */
    @Column(name = "new_card_order")
    public String newCardOrder;

    /** Anki's "maximum reviews/day": due reviews shown per learner day, 0..9999 (0: none). */
    @Column(name = "reviews_per_day")
    public int reviewsPerDay;

    /** {@code sm2} (the default) or {@code fsrs}; see {@code PracticeService.scheduler}. */
    public String scheduler;

    /** FSRS's target probability of recall at the due day, 0.70..0.99. */
    @Column(name = "desired_retention")
    public BigDecimal desiredRetention;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * The epoch of the account's sessions ({@link SessionKey}): drawn by the database at
     * insert (session_epoch_seq) and again by {@link AccountService#changePassword}, never
     * written by Hibernate.
     */
    @Column(name = "session_epoch", insertable = false, updatable = false)
    public long sessionEpoch;

    public static final String SCHEDULER_SM2 = "sm2";
    public static final String SCHEDULER_FSRS = "fsrs";
    public static final String NEW_CARDS_INTERLEAVED = "interleaved";
    public static final String NEW_CARDS_BY_DECK = "deck";
    public static final int DEFAULT_REVIEWS_PER_DAY = 200;
    public static final int MAXIMUM_REVIEWS_PER_DAY = 9999;

    public static UserEntity findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** The account a session cookie names, if that session is still current: the same one lookup by name. */
    static UserEntity findBySession(SessionKey key) {
        return find("username = ?1 and sessionEpoch = ?2", key.username(), key.epoch()).firstResult();
    }

    static UserEntity create(String username, String password, String locale, String timeZone, Instant now) {
        UserEntity u = new UserEntity();
        u.username = username;
        u.passwordHash = BcryptUtil.bcryptHash(password);
        u.role = "user";
        u.locale = locale;
        u.timeZone = timeZone;
        u.dayStartHour = 4;
        u.newCardsPerDay = 10;
        u.newCardOrder = NEW_CARDS_INTERLEAVED;
        u.reviewsPerDay = DEFAULT_REVIEWS_PER_DAY;
        u.scheduler = SCHEDULER_SM2;
        u.desiredRetention = new BigDecimal("0.90");
        u.createdAt = now;
        return u;
    }
}
