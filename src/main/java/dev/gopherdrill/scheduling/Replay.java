package dev.gopherdrill.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A card's state recomputed from its history by a given scheduler: how the trainer converts
 * a learner's cards when they switch between SM-2 and FSRS. Only the reviews that moved the
 * schedule are replayed (first grades, due reviews, an interview's requeue), in the order
 * they happened; same-session drills and anything else that did not reschedule are left out
 * by the caller. The elapsed days of each review are counted from the previous one's day.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * One rescheduling review.
     *
     * @param dueThatDay the review put the card back for the same day (a mock interview's
     *                   requeue) instead of {@code day + interval}
     */
    public record Review(LocalDate day, Rating rating, boolean dueThatDay) {
    }

    /** The state after the last review and the day it made the card due. */
    public record Replayed(CardState state, LocalDate due) {
    }

    public static Replayed replay(Scheduler scheduler, List<Review> reviews) {
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("nothing to replay: a card without reviews stays new");
        }
        CardState state = CardState.newCard();
        LocalDate previous = null;
        LocalDate due = null;
        for (Review r : reviews) {
            int elapsed = previous == null ? 0 : (int) ChronoUnit.DAYS.between(previous, r.day());
            if (elapsed < 0) {
                throw new IllegalArgumentException("reviews out of order: " + r.day() + " after " + previous);
            }
            state = scheduler.next(state, r.rating(), elapsed);
            due = r.dueThatDay() ? r.day() : r.day().plusDays(state.interval());
            previous = r.day();
        }
        return new Replayed(state, due);
    }
}
