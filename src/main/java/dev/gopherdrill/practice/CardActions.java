package dev.gopherdrill.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.CardState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What Browse does to one or many of the learner's cards at once: suspend, unsuspend, unbury,
 * reset. Each call is one transaction over all the cards named, in id order (so two
 * overlapping calls lock rows in the same order and cannot deadlock); an unknown card refuses
 * the whole call. Every changed card's version moves on, so a practice page showing it gets a 409.
 *
 * A reset (Anki's Forget) makes the card new again: ease, interval, repetitions, lapses and
 * FSRS memory back to a new card's, not due, no drill. Suspension, burial and the leech tag
 * stay as the learner left them. The review log keeps every row; the reset adds its own, kind
 * {@code reset}, with the state before and after and no rating.
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
        Instant now = clock.instant();
        LocalDate today = PracticeService.calendar(user).day(now);
        int changed = 0;
        for (String id : ids) {
            ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, id);
            if (change(user, s, action, now, today)) {
                changed++;
            }
        }
        return changed;
    }

    /** Changes {@code s} and moves its version on; false, changing nothing, if it is already so. */
    private boolean change(UserEntity user, ReviewStateEntity s, Action action, Instant now, LocalDate today) {
        switch (action) {
            case SUSPEND -> {
                if (s.suspended) {
                    return false;
                }
                s.suspended = true;
            }
            case UNSUSPEND -> {
                if (!s.suspended) {
                    return false;
                }
                s.suspended = false;
            }
            case UNBURY -> {
                if (!s.isBuried(today)) {
                    return false;
                }
                s.buriedUntil = null;
            }
            case RESET -> {
                if (s.isNew() && !s.drill) {
                    return false;
                }
                reset(user, s, now, today);
                return true;
            }
        }
        s.version++;
        return true;
    }

    private void reset(UserEntity user, ReviewStateEntity s, Instant now, LocalDate today) {
        ReviewLogEntity log = new ReviewLogEntity();
        log.recordBefore(s);
        s.setCardState(CardState.newCard());
        s.due = null;
        s.drill = false;
        s.drillSince = null;
        log.userId = user.id;
        log.cardId = s.cardId;
        log.reviewedAt = now;
        log.day = today;
        log.kind = ReviewLogEntity.Kind.RESET.id();
        log.scheduler = PracticeService.scheduler(user).name();
        s.version++;
        log.recordAfter(s);
        log.persist();
    }
}
