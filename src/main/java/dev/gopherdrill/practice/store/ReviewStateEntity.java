package dev.gopherdrill.practice.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.MemoryState;
import dev.gopherdrill.scheduling.QueueCard;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * One learner's state of one card. Created the first time the learner touches a card;
 * a card without a row is simply new. Every change bumps {@link #version}.
 */
@Entity
@Table(name = "review_state")
public class ReviewStateEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "card_id")
    public String cardId;

    @Column(name = "ease_factor")
    public BigDecimal easeFactor;

    @Column(name = "interval_days")
    public int interval;

    public int repetitions;

    public int lapses;

    public LocalDate due;

    public boolean drill;

    @Column(name = "drill_since")
    public Instant drillSince;

    @Column(name = "buried_until")
    public LocalDate buriedUntil;

    public boolean suspended;

    public boolean leech;

    public int version;

    /** FSRS's memory (days, 1..10); null until FSRS grades the card. */
    public Double stability;

    public Double difficulty;

    public CardState cardState() {
        MemoryState memory = stability == null ? null : new MemoryState(stability, difficulty);
        return new CardState(easeFactor, interval, repetitions, lapses, memory);
    }

    /** The scheduler's fields of {@code state}; due, drill, leech and suspension are the caller's. */
    void setCardState(CardState state) {
        easeFactor = state.easeFactor();
        interval = state.interval();
        repetitions = state.repetitions();
        lapses = state.lapses();
        stability = state.memory() == null ? null : state.memory().stability();
        difficulty = state.memory() == null ? null : state.memory().difficulty();
    }

    /** The row as the queue rules see it. */
    public QueueCard queueCard() {
        return new QueueCard(cardState(), due, drill, drillSince, buriedUntil, suspended, leech, version);
    }

    /** Writes what a transition of the queue left, version included. */
    void set(QueueCard card) {
        setCardState(card.schedule());
        due = card.due();
        drill = card.drill();
        drillSince = card.drillSince();
        buriedUntil = card.buriedUntil();
        suspended = card.suspended();
        leech = card.leech();
        version = card.version();
    }

    static ReviewStateEntity find(long userId, String cardId) {
        return find("userId = ?1 and cardId = ?2", userId, cardId).firstResult();
    }

    /**
     * The row, locked for this transaction, created first if the card is new to the learner.
     * Two concurrent first grades of a new card both reach the same row: the insert that
     * loses the race does nothing, then waits for the lock and sees the bumped version.
     */
    static ReviewStateEntity lockOrCreate(long userId, String cardId) {
        // Most grades are of cards the learner has seen: one locking select is enough.
        ReviewStateEntity s = lock(userId, cardId);
        if (s != null) {
            return s;
        }
        getEntityManager().createNativeQuery(
                "insert into review_state (user_id, card_id) values (?1, ?2) on conflict (user_id, card_id) do nothing")
                .setParameter(1, userId).setParameter(2, cardId).executeUpdate();
        return lock(userId, cardId);
    }

    private static ReviewStateEntity lock(long userId, String cardId) {
        return find("userId = ?1 and cardId = ?2", userId, cardId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
