package dev.gopherdrill.browse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.practice.store.ReviewStateEntity;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.Queue;
import dev.gopherdrill.scheduling.QueueCard;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Browse: every card with the learner's own state of it, searched as Anki's browser is. The
 * search text is words that must all match the card's id, title or prompt (either language),
 * plus Anki's state terms {@code is:new is:due is:review is:suspended is:buried is:leech}; the
 * page's state list adds one more term. Read-only; the actions are {@link dev.gopherdrill.practice.store.CardActions}.
 */
@ApplicationScoped
public class BrowseService {

    /** Anki's state searches, as the search box and the list take them. */
    public enum State {
        /** never graded */
        NEW,
        /** a review due today or overdue, neither suspended nor buried */
        DUE,
        /** graded at least once */
        REVIEW,
        SUSPENDED,
        /** hidden until a later day */
        BURIED,
        /** failed so often it was suspended as a leech (it keeps the tag once unsuspended) */
        LEECH;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State parse(String id, String field) {
            for (State s : values()) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
            throw Problem.badRequest(field + ": is:new, is:due, is:review, is:suspended, is:buried or is:leech; got \""
                    + id + "\"");
        }
    }

    /** A card and the learner's state of it; {@code due}, {@code ease} are null for a new card. */
    public record Row(String id, String deck, String kind, int level, String goVersions, String title,
                      List<String> tags, boolean isNew, LocalDate due, int interval, BigDecimal ease, int lapses,
                      boolean dueNow, boolean suspended, boolean buried, LocalDate buriedUntil, boolean leech) {

        /** The ease as Anki shows it, 250 for 2.50; null for a new card. */
        public Integer easePercent() {
            return ease == null ? null : ease.movePointRight(2).intValue();
        }

        boolean is(State s) {
            return switch (s) {
                case NEW -> isNew;
                case DUE -> dueNow;
                case REVIEW -> !isNew;
                case SUSPENDED -> suspended;
                case BURIED -> buried;
                case LEECH -> leech;
            };
        }
    }

    @Inject
    PracticeService practice;

    /**
     * @param q     words and {@code is:} terms; null or blank matches every card
     * @param state one more {@code is:} term from the page's list (without {@code is:}); blank for none
     */
    public List<Row> rows(UserEntity user, String q, String deck, String tag, String state, String lang) {
        List<String> words = new ArrayList<>();
        List<State> states = new ArrayList<>();
        if (state != null && !state.isBlank()) {
            states.add(State.parse(state.strip(), "state"));
        }
        for (String w : q == null ? new String[0] : q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.startsWith("is:")) {
                states.add(State.parse(w.substring(3), "q"));
            } else if (!w.isEmpty()) {
                words.add(w);
            }
        }
        LocalDate today = practice.today(user);
        Map<String, ReviewStateEntity> mine = ReviewStateEntity.<ReviewStateEntity>list("userId", user.id).stream()
                .collect(Collectors.toMap(s -> s.cardId, Function.identity()));
        // retired cards keep their history and their /cards/{id} page, but are no longer browsed
        return CardEntity.<CardEntity>list("retired = false", Sort.by("position")).stream()
                .filter(c -> deck == null || deck.isBlank() || c.deckId.equals(deck))
                .filter(c -> tag == null || tag.isBlank() || c.content.tags().contains(tag))
                .filter(c -> words.stream().allMatch(w -> matches(c, w)))
                .map(c -> row(c, mine.get(c.id), today, lang))
                .filter(r -> states.stream().allMatch(r::is))
                .toList();
    }

    /** {@code s} is null for a card the learner has never touched: the queue sees it as unseen. */
    private static Row row(CardEntity c, ReviewStateEntity s, LocalDate today, String lang) {
        QueueCard card = s == null ? QueueCard.unseen() : s.queueCard();
        boolean isNew = card.isNew();
        boolean buried = card.isBuried(today);
        return new Row(c.id, c.deckId, c.kind, c.level, c.goVersions, c.content.text(lang).title(), c.content.tags(),
                isNew, card.due(), card.schedule().interval(), isNew ? null : card.schedule().easeFactor(),
                card.schedule().lapses(), card.queue(today) == Queue.REVIEW, card.suspended(), buried,
                buried ? card.buriedUntil() : null, card.leech());
    }

    /** Case-insensitive substring of the id, or of the title or prompt in either language. */
    static boolean matches(CardEntity c, String needle) {
        return c.id.contains(needle) || c.content.texts().values().stream()
                .anyMatch(t -> (t.title() + " " + t.prompt()).toLowerCase(Locale.ROOT).contains(needle));
    }
}
