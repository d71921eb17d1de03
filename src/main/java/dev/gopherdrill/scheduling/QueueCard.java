package dev.gopherdrill.scheduling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One learner's state of one card as the queue rules see it: the scheduler's state plus
 * what the queue adds to it. A value: every transition of {@link ReviewQueue} returns a new
 * one, and the shell writes it to the learner's row of the card.
 *
 * @param schedule    the scheduler's fields (ease, interval, repetitions, lapses, FSRS memory)
 * @param due         the learner day the card is due; null while it is new
 * @param drill       whether the card is repeated in today's session ({@link Queue#DRILL})
 * @param drillSince  when the card was last graded into or through the drill: the drill
 *                    queue is served oldest first
 * @param buriedUntil the learner day the card shows again; null or past when not buried
 * @param suspended   out of every queue until unsuspended
 * @param leech       tagged a leech; the tag stays once the card is unsuspended
 * @param version     moves on with every change, so that a page showing an older version
 *                    gets a 409 instead of grading a state it did not see
 */
public record QueueCard(CardState schedule, LocalDate due, boolean drill, Instant drillSince, LocalDate buriedUntil,
                        boolean suspended, boolean leech, int version) {

    public QueueCard {
        if (schedule == null) {
            throw new IllegalArgumentException("a card in the queue has a schedule, if only a new card's");
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version: " + version);
        }
    }

    /** A card the learner has never touched: what a new row of the card holds. */
    public static QueueCard unseen() {
        return new QueueCard(CardState.newCard(), null, false, null, null, false, false, 0);
    }

    public boolean isNew() {
        return due == null;
    }

    public boolean isBuried(LocalDate today) {
        return buriedUntil != null && buriedUntil.isAfter(today);
    }

    /** Where the card stands on {@code today}; see {@link Queue} for the order of the cases. */
    public Queue queue(LocalDate today) {
        if (suspended) {
            return Queue.SUSPENDED;
        }
        if (isBuried(today)) {
            return Queue.BURIED;
        }
        if (isNew()) {
            return Queue.NEW;
        }
        if (!due.isAfter(today)) {
            return Queue.REVIEW;
        }
        return drill ? Queue.DRILL : Queue.WAITING;
    }

    QueueCard withSchedule(CardState schedule, LocalDate due) {
        return new QueueCard(schedule, due, drill, drillSince, buriedUntil, suspended, leech, version);
    }

    QueueCard withDrill(boolean drill, Instant drillSince) {
        return new QueueCard(schedule, due, drill, drillSince, buriedUntil, suspended, leech, version);
    }

    QueueCard withBuriedUntil(LocalDate buriedUntil) {
        return new QueueCard(schedule, due, drill, drillSince, buriedUntil, suspended, leech, version);
    }

    QueueCard withSuspended(boolean suspended) {
        return new QueueCard(schedule, due, drill, drillSince, buriedUntil, suspended, leech, version);
    }

    QueueCard withLeech(boolean leech) {
        return new QueueCard(schedule, due, drill, drillSince, buriedUntil, suspended, leech, version);
    }

    /** The same state at the next version: every change ends so. */
    QueueCard nextVersion() {
        return new QueueCard(schedule, due, drill, drillSince, buriedUntil, suspended, leech, version + 1);
    }
}
