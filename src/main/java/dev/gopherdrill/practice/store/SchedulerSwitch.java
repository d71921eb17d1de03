package dev.gopherdrill.practice.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.account.SchedulerChanged;
import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.Rating;
import dev.gopherdrill.scheduling.Replay;
import dev.gopherdrill.scheduling.ReviewKind;
import dev.gopherdrill.scheduling.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Converts a learner's cards when they switch scheduler (SM-2 to FSRS or back): every card's
 * state is recomputed by replaying its review log through the new scheduler, so the learner
 * continues as if they had used it from the first grade. Runs inside the settings transaction:
 * the switch and the conversion commit together or not at all.
 *
 * Replayed: the rows not undone whose kind reschedules ({@link ReviewKind#reschedules}:
 * new, review, interview), from the card's last reset on (a card reset and not graded since
 * stays new); drills, and any kind that does not move a schedule, are left out.
 * The log itself is only read: its rows keep the scheduler that graded them. Due days move to
 * what the new scheduler gives (a card may become due at once); drill, leech, suspension and
 * burial stay as they are, and so do lapses, which both schedulers count alike. Every
 * converted card's version moves on, so a page showing the old buttons gets a 409.
 */
@ApplicationScoped
class SchedulerSwitch {

    void convert(@Observes SchedulerChanged changed) {
        long userId = changed.user().id;
        Scheduler scheduler = PracticeService.scheduler(changed.user());
        List<String> kinds = new java.util.ArrayList<>(ReviewKind.reschedulingIds());
        kinds.add(ReviewKind.RESET.id());
        List<ReviewLogEntity> rows = ReviewLogEntity.list(
                "userId = ?1 and undoneAt is null and kind in ?2 order by cardId, reviewedAt, id", userId, kinds);
        Map<String, List<Replay.Review>> byCard = new LinkedHashMap<>();
        for (ReviewLogEntity row : rows) {
            List<Replay.Review> reviews = byCard.computeIfAbsent(row.cardId, id -> new java.util.ArrayList<>());
            if (ReviewKind.RESET.id().equals(row.kind)) {
                // a reset made the card new: what came before it no longer counts
                reviews.clear();
                continue;
            }
            reviews.add(new Replay.Review(row.day, Rating.ofButton(row.rating),
                    ReviewKind.INTERVIEW.id().equals(row.kind)));
        }
        byCard.forEach((cardId, reviews) -> {
            ReviewStateEntity s = ReviewStateEntity.lockOrCreate(userId, cardId);
            if (reviews.isEmpty()) {
                s.setCardState(CardState.newCard());
                s.due = null;
            } else {
                Replay.Replayed replayed = Replay.replay(scheduler, reviews);
                s.setCardState(replayed.state());
                s.due = replayed.due();
            }
            s.version++;
        });
    }
}
