package dev.gopherdrill.practice.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.Outcome;
import dev.gopherdrill.scheduling.QueueCard;
import dev.gopherdrill.scheduling.ReviewQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What Browse does to one or many of the learner's cards at once: suspend, unsuspend, unbury,
 * reset. Each call is one transaction over all the cards named, in id order (so two
 * overlapping calls lock rows in the same order and cannot deadlock); an unknown card refuses
 * the whole call. Every changed card's version moves on, so a practice page showing it gets a 409.
 *
 * What each action does to a card is the queue's rule ({@link ReviewQueue#setSuspended},
 * {@link ReviewQueue#unbury}, {@link ReviewQueue#reset}: Anki's Forget). The review log keeps
 * every row; the reset adds its own, kind {@code reset}, with the state before and after and
 * no rating.
 */
@ApplicationScoped
public class CardActions {

    /** The actions, as the API and the form name them. */
    public enum Action {
        SUSPEND, UNSUSPEND, UNBURY, RESET;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws Problem 400 naming {@code field} for anything but the four ids */
        public static Action parse(String id, String field) {
            for (Action a : values()) {
                if (a.id().equals(id)) {
                    return a;
                }
            }
            throw Problem.badRequest(field + ": one of suspend, unsuspend, unbury, reset; got "
                    + (id == null ? "nothing" : "\"" + id + "\""));
        }
    }

    /** Most cards one call takes: every card of the trainer several times over. */
    public static final int MAXIMUM_CARDS = 1_000;

    @Inject
    java.time.Clock clock;

    /** @return how many cards changed (a card already in the asked-for state is left alone) */
    @Transactional
    public int apply(UserEntity user, Action action, List<String> cardIds) {
        if (cardIds == null || cardIds.isEmpty()) {
            throw Problem.badRequest("cardIds: at least one card");
        }
        if (cardIds.size() > MAXIMUM_CARDS) {
            throw Problem.badRequest("cardIds: at most " + MAXIMUM_CARDS + " cards, got " + cardIds.size());
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(cardIds.stream().sorted().toList()));
        for (int i = 0; i < cardIds.size(); i++) {
            String id = cardIds.get(i);
            if (id == null || CardEntity.findById(id) == null) {
                throw Problem.badRequest("cardIds[" + i + "]: no card \"" + id + "\"");
            }
        }
        ReviewQueue queue = PracticeService.queue(user, clock.instant());
        int changed = 0;
        for (String id : ids) {
            ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, id);
            if (change(user, s, queue, action)) {
                changed++;
            }
        }
        return changed;
    }

    /** Writes what the queue rules make of {@code action}; false, changing nothing, if the card is already so. */
    private static boolean change(UserEntity user, ReviewStateEntity s, ReviewQueue queue, Action action) {
        QueueCard card = s.queueCard();
        Outcome outcome = switch (action) {
            case SUSPEND -> queue.setSuspended(card, true);
            case UNSUSPEND -> queue.setSuspended(card, false);
            case UNBURY -> queue.unbury(card);
            case RESET -> queue.reset(card);
        };
        if (outcome instanceof Outcome.Changed changed) {
            s.set(changed.after());
            return true;
        }
        if (outcome instanceof Outcome.Logged reset) {
            s.set(reset.after());
            ReviewLogEntity.of(user.id, s.cardId, reset, null, null, null).persist();
            return true;
        }
        return false;
    }
}
