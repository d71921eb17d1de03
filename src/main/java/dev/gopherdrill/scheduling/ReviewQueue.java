package dev.gopherdrill.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.gopherdrill.scheduling.Outcome.Changed;
import dev.gopherdrill.scheduling.Outcome.Logged;
import dev.gopherdrill.scheduling.Outcome.Refused;
import dev.gopherdrill.scheduling.Outcome.Refused.Reason;
import dev.gopherdrill.scheduling.Outcome.Unchanged;

/**
 * The review queue's rules: what happens to one learner's card when they answer it, bury,
 * suspend, reset or undo it. Pure, like Anki's {@code scheduler/states}: the shell locks the
 * learner's row of the card, hands its {@link QueueCard} in, and writes the {@link Outcome}
 * back in the same transaction (with the log row, when the outcome is {@link Logged}).
 * Everything a transition depends on besides the card enters here: the learner's scheduler,
 * their {@code today} and the instant {@code now}, both read by the shell from its clock.
 *
 * <p>Transitions, by the card's {@link Queue} on {@code today}:
 * <ul>
 *   <li><b>grade</b> ({@link #apply}): first the version the page showed must be the card's
 *       (else {@link Reason#STALE}); then SUSPENDED, BURIED and WAITING refuse; NEW and REVIEW
 *       are graded by the scheduler and due {@code today + interval}; DRILL only moves the
 *       drill flag (SM-2 step 7: the repeats are practice, not scheduling). A grade the
 *       scheduler wants repeated ({@link Scheduler#repeatSameSession}) puts the card in the
 *       drill, unless the grade made it a leech;</li>
 *   <li><b>leech</b>: a lapse that reaches {@link #LEECH_THRESHOLD}, and every
 *       {@link #LEECH_REPEAT} lapses after, tags and suspends the card, as Anki does;</li>
 *   <li><b>interview requeue</b>: an Again from the learner's scheduler, due today rather than
 *       tomorrow; a suspended or buried card is left alone;</li>
 *   <li><b>quiz answer</b>: logged; with rescheduling, graded as a review whatever the due day
 *       (a suspended card only logged), without it nothing moves;</li>
 *   <li><b>due today</b> (a card missed in a quiz): due today, unburied, not logged;</li>
 *   <li><b>bury</b>, <b>suspend</b> (version-checked, from the practice page), <b>unsuspend</b>,
 *       and Browse's <b>suspend / unsuspend / unbury</b> (no-ops when already so);</li>
 *   <li><b>reset</b> (Anki's Forget): new again, not due, no drill; suspension, burial and the
 *       leech tag stay; logged with no rating;</li>
 *   <li><b>undo</b>: the state before the grade, exactly, if nothing changed the card since.</li>
 * </ul>
 * Every change moves the version on by one, so a page showing the card before gets a 409.
 *
 * @param scheduler the learner's scheduler
 * @param today     the learner's day (their time zone and day-start hour), on which due days are counted
 * @param now       the instant of the transition: the log row's time and the drill's order
 */
public record ReviewQueue(Scheduler scheduler, LocalDate today, Instant now) {

    /** Anki's default: a card failed 8 times is a leech; it is flagged again every 4 lapses after. */
    public static final int LEECH_THRESHOLD = 8;
    public static final int LEECH_REPEAT = 4;

    /**
     * The learner grades a card the page showed at {@code seenVersion}.
     *
     * @param lastReview the day of the card's last rescheduling review (FSRS counts elapsed
     *                   days from it); null when there is none, or the card has no FSRS memory
     * @return {@link Logged} (kind new, review or drill), or {@link Refused}
     */
    public Outcome apply(QueueCard card, int seenVersion, Rating rating, LocalDate lastReview) {
        if (card.version() != seenVersion) {
            return Refused.stale(seenVersion, card.version());
        }
        return switch (card.queue(today)) {
            case SUSPENDED -> Refused.because(Reason.SUSPENDED);
            case BURIED -> Refused.because(Reason.BURIED, card.buriedUntil());
            case WAITING -> Refused.because(Reason.NOT_DUE, card.due());
            // Step 7 repeats are practice, not scheduling: only the drill flag moves.
            case DRILL -> logged(ReviewKind.DRILL, rating, card,
                    card.withDrill(scheduler.repeatSameSession(rating), now).nextVersion(), false);
            case NEW -> graded(ReviewKind.NEW, card, rating, lastReview);
            case REVIEW -> graded(ReviewKind.REVIEW, card, rating, lastReview);
        };
    }

    /**
     * A first grade or a due review: the scheduler decides, due {@code today + interval}; a
     * grade it wants repeated joins the drill now, unless it made the card a leech (suspended).
     */
    private Logged graded(ReviewKind kind, QueueCard card, Rating rating, LocalDate lastReview) {
        boolean repeat = scheduler.repeatSameSession(rating);
        CardState next = scheduler.next(card.schedule(), rating, elapsedDays(card, lastReview));
        boolean leech = becomesLeech(card, next);
        return logged(kind, rating, card, schedule(card, next, today.plusDays(next.interval()))
                .withDrill(repeat && !leech, repeat ? now : null).nextVersion(), leech);
    }

    /**
     * A card the learner missed in a mock interview, back into the queue: an Again from their
     * scheduler (a lapse if it had been scheduled, a leech at the usual count), due today
     * because the interview has just shown the card is not known. A new card becomes a review
     * due today, so it leaves the new-card pool without using up the day's new-card limit.
     * A suspended or buried card stays as the learner left it.
     */
    public Outcome requeueFromInterview(QueueCard card, LocalDate lastReview) {
        if (card.suspended() || card.isBuried(today)) {
            return new Unchanged(card);
        }
        CardState next = scheduler.next(card.schedule(), Rating.AGAIN, elapsedDays(card, lastReview));
        return logged(ReviewKind.INTERVIEW, Rating.AGAIN, card,
                schedule(card, next, today).withDrill(false, null).nextVersion(), becomesLeech(card, next));
    }

    /**
     * An answer given in a quiz, always logged. Without {@code reschedule} nothing moves (the
     * row's before and after are the same, kind {@code quiz}). With it, the answer is graded as
     * a review whatever the card's due day (an early review, as in Anki's filtered decks), kind
     * {@code quiz_rescheduled}; a card suspended since the quiz began is logged but left alone.
     */
    public Logged quizAnswer(QueueCard card, Rating rating, LocalDate lastReview, boolean reschedule) {
        if (!reschedule || card.suspended()) {
            return logged(ReviewKind.QUIZ, rating, card, card, false);
        }
        CardState next = scheduler.next(card.schedule(), rating, elapsedDays(card, lastReview));
        return logged(ReviewKind.QUIZ_RESCHEDULED, rating, card,
                schedule(card, next, today.plusDays(next.interval())).withDrill(false, null).nextVersion(),
                becomesLeech(card, next));
    }

    /**
     * A card missed in a quiz, into today's reviews (a new card becomes a review due today,
     * without using up the new-card limit). A due-day change is not a grade, so nothing is
     * logged; the review it leads to is. A suspended card, or one already due, stays as it is.
     */
    public Outcome dueToday(QueueCard card) {
        if (card.suspended() || card.due() != null && !card.due().isAfter(today)) {
            return new Unchanged(card);
        }
        return new Changed(card.withSchedule(card.schedule(), today).withBuriedUntil(null).nextVersion());
    }

    /** The practice page's bury: hidden until the learner's next day. */
    public Outcome bury(QueueCard card, int seenVersion) {
        if (card.version() != seenVersion) {
            return Refused.stale(seenVersion, card.version());
        }
        return new Changed(card.withBuriedUntil(today.plusDays(1)).nextVersion());
    }

    /** The practice page's suspend: the version moves on even if the card was suspended already. */
    public Outcome suspend(QueueCard card, int seenVersion) {
        if (card.version() != seenVersion) {
            return Refused.stale(seenVersion, card.version());
        }
        return new Changed(card.withSuspended(true).nextVersion());
    }

    /** The suspended list's unsuspend; a leech keeps its tag, as in Anki, so the learner sees its history. */
    public Outcome unsuspend(QueueCard card) {
        return new Changed(card.withSuspended(false).nextVersion());
    }

    /**
     * Browse's suspend and unsuspend over many cards: a card already so is left alone, so that
     * the count of cards changed is the count the learner sees change.
     */
    public Outcome setSuspended(QueueCard card, boolean suspended) {
        return card.suspended() == suspended ? new Unchanged(card)
                : new Changed(card.withSuspended(suspended).nextVersion());
    }

    /** Browse's unbury: back in today's queues; a card not buried is left alone. */
    public Outcome unbury(QueueCard card) {
        return card.isBuried(today) ? new Changed(card.withBuriedUntil(null).nextVersion()) : new Unchanged(card);
    }

    /**
     * Anki's Forget: the card is new again (ease, interval, repetitions, lapses and FSRS memory
     * back to a new card's, not due, no drill). Suspension, burial and the leech tag stay as the
     * learner left them. Logged with no rating, kind {@code reset}; a new card not drilled is
     * left alone.
     */
    public Outcome reset(QueueCard card) {
        if (card.isNew() && !card.drill()) {
            return new Unchanged(card);
        }
        return logged(ReviewKind.RESET, null, card,
                card.withSchedule(CardState.newCard(), null).withDrill(false, null).nextVersion(), false);
    }

    /**
     * Takes back a grade: {@code before} is the state its log row kept, {@code versionAfter}
     * the version the grade left. Refused when the card has moved on since (buried, suspended,
     * graded elsewhere), because putting "before" back would silently undo that too. The log
     * row does not keep the burial, which a grade never changes: the card's own stays.
     */
    public Outcome undo(QueueCard card, QueueCard before, int versionAfter) {
        if (card.version() != versionAfter) {
            return Refused.because(Reason.CHANGED_SINCE_GRADE);
        }
        return new Changed(new QueueCard(before.schedule(), before.due(), before.drill(), before.drillSince(),
                card.buriedUntil(), before.suspended(), before.leech(), card.version() + 1));
    }

    /**
     * Learner days from the card's last rescheduling review to {@code today}, which FSRS
     * needs; 0 for a card without FSRS memory (new to FSRS, or graded by SM-2, which ignores
     * the days) or without a review, and never negative (a clock or time zone moved back).
     */
    public static int elapsedDays(CardState schedule, LocalDate lastReview, LocalDate today) {
        if (schedule.memory() == null || lastReview == null) {
            return 0;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(lastReview, today));
    }

    private int elapsedDays(QueueCard card, LocalDate lastReview) {
        return elapsedDays(card.schedule(), lastReview, today);
    }

    /** The lapses count reaches the leech count with this grade: 8, 12, 16, ... */
    static boolean isLeech(int lapses) {
        return lapses >= LEECH_THRESHOLD && (lapses - LEECH_THRESHOLD) % LEECH_REPEAT == 0;
    }

    private static boolean becomesLeech(QueueCard card, CardState next) {
        return next.lapses() > card.schedule().lapses() && isLeech(next.lapses());
    }

    /** The scheduler's next state, due on {@code due}; a leech is also tagged and suspended. */
    private static QueueCard schedule(QueueCard card, CardState next, LocalDate due) {
        QueueCard scheduled = card.withSchedule(next, due);
        return becomesLeech(card, next) ? scheduled.withLeech(true).withSuspended(true) : scheduled;
    }

    private Logged logged(ReviewKind kind, Rating rating, QueueCard before, QueueCard after, boolean leech) {
        return new Logged(kind, rating, before, after, leech, now, today, scheduler.name());
    }
}
