package dev.gopherdrill.quiz.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.SimCard;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.content.store.DeckEntity;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.quiz.QuizPicker;
import dev.gopherdrill.scheduling.Rating;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.registry.Simulations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Quizzes: practice now, outside the schedule. A quiz fixes its cards when it starts; each
 * answer is recorded on its item and logged (see {@link PracticeService#logQuizAnswer}); by
 * default nothing in the learner's schedule changes. Every write locks the quiz row, so two
 * tabs answering the same item cannot both succeed. Another learner's quiz answers 404.
 */
@ApplicationScoped
public class QuizService {

    /** The most tags a quiz can filter on; a longer list is a client bug, not a learner's choice. */
    static final int MAX_TAGS = 20;
    static final int MAX_TAG_CHARS = 64;
    /** How many past quizzes the history shows. */
    static final int HISTORY = 50;

    @Inject
    EntityManager em;

    @Inject
    Library library;

    @Inject
    java.time.Clock clock;

    @Inject
    PracticeService practice;

    /**
     * A new quiz as a client asks for it: {@code decks} and {@code tags} empty = all (a card
     * needs one of the tags), {@code which} one of all / due_soon / weakest / new, or
     * {@code simulation} set for N questions of one simulation (decks, tags and which are
     * then ignored). {@code seed} makes a quiz reproducible.
     */
    public record Start(List<String> decks, List<String> tags, Integer size, String which, Boolean reschedule,
                        String simulation, Long seed) {
    }

    @Transactional
    public QuizEntity start(UserEntity user, Start req) {
        if (req == null) {
            throw Problem.badRequest("body: send {decks, tags, size, which, reschedule} or {simulation, size}");
        }
        if (req.size() == null || !QuizPicker.SIZES.contains(req.size())) {
            throw Problem.badRequest("size: " + (req.size() == null ? "required" : req.size() + " is not") + " 10, 20 or 50");
        }
        QuizEntity q = new QuizEntity();
        q.userId = user.id;
        q.size = req.size().shortValue();
        q.reschedule = req.reschedule() != null && req.reschedule();
        q.seed = req.seed() != null ? req.seed() : ThreadLocalRandom.current().nextLong();
        // PostgreSQL keeps microseconds; whole milliseconds read back exactly as they were returned
        q.startedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<String> cards;
        if (req.simulation() != null) {
            if (Simulations.find(req.simulation()).isEmpty()) {
                throw Problem.badRequest("simulation: no simulation \"" + req.simulation() + "\"");
            }
            q.selection = QuizEntity.SIMULATION;
            q.simulation = req.simulation();
            q.decks = List.of();
            q.tags = List.of();
            cards = QuizPicker.cycle(simCards(user, req.simulation()), req.size(), q.seed);
            if (cards.isEmpty()) {
                throw Problem.conflict("no card asks simulation " + req.simulation() + " (or you suspended them all)");
            }
        } else {
            QuizPicker.Selection which = req.which() == null ? QuizPicker.Selection.ALL
                    : QuizPicker.Selection.of(req.which()).orElseThrow(() -> Problem.badRequest(
                            "which: \"" + req.which() + "\" is not all, due_soon, weakest or new"));
            q.selection = which.id();
            q.decks = decks(req.decks());
            q.tags = tags(req.tags());
            cards = QuizPicker.pick(candidates(user, q.decks, q.tags), which, req.size(), q.seed);
            if (cards.isEmpty()) {
                throw Problem.conflict("no card matches: " + describe(which) + " in "
                        + (q.decks.isEmpty() ? "every deck" : String.join(", ", q.decks))
                        + (q.tags.isEmpty() ? "" : " tagged " + String.join(" or ", q.tags)));
            }
        }
        q.persist();
        for (int i = 0; i < cards.size(); i++) {
            QuizItemEntity item = new QuizItemEntity();
            item.quizId = q.id;
            item.position = i;
            item.cardId = cards.get(i);
            CardEntity card = CardEntity.findById(item.cardId);
            item.questionSeed = card.content.sim() == null ? null : QuizPicker.questionSeed(q.seed, i);
            item.persist();
        }
        return q;
    }

    private static String describe(QuizPicker.Selection which) {
        return switch (which) {
            case ALL -> "no active card";
            case DUE_SOON -> "no scheduled card";
            case WEAKEST -> "no card that lapsed or lost ease";
            case NEW -> "no new card";
        };
    }

    private static List<String> decks(List<String> asked) {
        if (asked == null) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        DeckEntity.<DeckEntity>listAll().forEach(d -> known.add(d.id));
        for (int n = 0; n < asked.size(); n++) {
            if (asked.get(n) == null || !known.contains(asked.get(n))) {
                throw Problem.badRequest("decks[" + n + "]: no deck \"" + asked.get(n) + "\" (decks: "
                        + String.join(", ", known) + ")");
            }
        }
        return List.copyOf(new LinkedHashSet<>(asked));
    }

    private static List<String> tags(List<String> asked) {
        if (asked == null) {
            return List.of();
        }
        if (asked.size() > MAX_TAGS) {
            throw Problem.badRequest("tags: at most " + MAX_TAGS);
        }
        for (int n = 0; n < asked.size(); n++) {
            String t = asked.get(n);
            if (t == null || t.isBlank() || t.length() > MAX_TAG_CHARS) {
                throw Problem.badRequest("tags[" + n + "]: a tag of 1 to " + MAX_TAG_CHARS + " characters");
            }
        }
        return List.copyOf(new LinkedHashSet<>(asked.stream().map(String::strip).toList()));
    }

    /** Active cards of the decks with one of the tags, not suspended by the learner, with their state. */
    private List<QuizPicker.Candidate> candidates(UserEntity user, List<String> decks, List<String> tags) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.position, rs.due, coalesce(rs.lapses, 0), coalesce(rs.ease_factor, 2.50), rs.difficulty
                from card c left join review_state rs on rs.card_id = c.id and rs.user_id = ?1
                where not c.retired and (rs.suspended is null or not rs.suspended)
                  and (cardinality(cast(?2 as text[])) = 0 or c.deck_id = any(cast(?2 as text[])))
                  and (cardinality(cast(?3 as text[])) = 0 or exists (
                    select 1 from jsonb_array_elements_text(c.content -> 'tags') t where t = any(cast(?3 as text[]))))
                """).setParameter(1, user.id).setParameter(2, decks.toArray(String[]::new))
                .setParameter(3, tags.toArray(String[]::new)).getResultList();
        return rows.stream().map(r -> new QuizPicker.Candidate((String) r[0], ((Number) r[1]).intValue(),
                r[2] == null ? null : toLocalDate(r[2]), ((Number) r[3]).intValue(), (BigDecimal) r[4],
                r[5] == null ? null : ((Number) r[5]).doubleValue())).toList();
    }

    private List<String> simCards(UserEntity user, String simulation) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                select c.id from card c left join review_state rs on rs.card_id = c.id and rs.user_id = ?1
                where not c.retired and c.kind = 'sim' and c.content -> 'sim' ->> 'name' = ?2
                  and (rs.suspended is null or not rs.suspended)""")
                .setParameter(1, user.id).setParameter(2, simulation).getResultList();
        return ids;
    }

    public QuizEntity quiz(UserEntity user, long id) {
        QuizEntity q = QuizEntity.find(user.id, id);
        if (q == null) {
            throw Problem.notFound("no quiz " + id);
        }
        return q;
    }

    public List<QuizItemEntity> items(QuizEntity q) {
        return QuizItemEntity.of(q.id);
    }

    public List<QuizEntity> history(UserEntity user) {
        return QuizEntity.<QuizEntity>find("userId = ?1 order by startedAt desc, id desc", user.id).page(0, HISTORY)
                .list();
    }

    /** A card of a quiz, for its view; null when the content no longer has it. */
    public CardEntity card(String id) {
        return library.card(id).orElse(null);
    }

    /**
     * The question {@code item} asks, in {@code language}: the sim card's own, drawn from the
     * item's seed; null for other kinds.
     */
    public static Question question(CardEntity card, QuizItemEntity item, String language) {
        return item.questionSeed == null || card.content.sim() == null ? null
                : SimCard.question(card.content.sim(), item.questionSeed, language);
    }

    /** A checked answer and the card it was checked against. */
    public record ItemChecked(CardEntity card, PracticeService.Checked checked) {
    }

    /** Checks an answer to the item waiting at {@code position}; changes nothing. */
    public ItemChecked check(UserEntity user, long quizId, int position, String answer) {
        QuizEntity q = quiz(user, quizId);
        QuizItemEntity item = waiting(q, position);
        CardEntity card = practice.card(item.cardId);
        if (!card.cardKind().isChecked()) {
            throw Problem.badRequest("card " + card.id + " is a recall card: reveal the answer and grade yourself");
        }
        return new ItemChecked(card, practice.checkAgainst(card, question(card, item, user.locale), answer));
    }

    @Transactional
    public QuizEntity answer(UserEntity user, long quizId, int position, Rating rating, String answer,
                             Integer timeTakenMs) {
        QuizEntity q = lock(user, quizId);
        QuizItemEntity item = waiting(q, position);
        CardEntity card = practice.card(item.cardId);
        Boolean correct = answer == null || !card.cardKind().isChecked() ? null
                : practice.checkAgainst(card, question(card, item, user.locale), answer).verdict().correct();
        Instant now = clock.instant();
        item.answeredAt = now;
        item.rating = (short) rating.button;
        item.answer = answer;
        item.correct = correct;
        item.timeTakenMs = timeTakenMs;
        practice.logQuizAnswer(user, item.cardId, rating, answer, correct, timeTakenMs, q.id, q.reschedule);
        if (next(q) == null) {
            q.finishedAt = now;
        }
        return q;
    }

    /** Ends a quiz before its last item; the items left are not answered and do not count. */
    @Transactional
    public QuizEntity finish(UserEntity user, long quizId) {
        QuizEntity q = lock(user, quizId);
        if (q.finishedAt == null) {
            q.finishedAt = clock.instant();
        }
        return q;
    }

    /** What putting one missed card into today's reviews did. */
    public record Requeued(String cardId, boolean moved) {
    }

    /** The missed cards of a finished quiz, into today's reviews; once per quiz. */
    @Transactional
    public List<Requeued> requeueMissed(UserEntity user, long quizId) {
        QuizEntity q = lock(user, quizId);
        if (q.finishedAt == null) {
            throw Problem.conflict("quiz " + quizId + " is not finished: answer its last card or finish it first");
        }
        if (q.requeuedAt != null) {
            throw Problem.conflict("the missed cards of quiz " + quizId + " were put into today's reviews at "
                    + q.requeuedAt);
        }
        q.requeuedAt = clock.instant();
        return missedCards(items(q)).stream().map(id -> new Requeued(id, practice.dueToday(user, id))).toList();
    }

    /** The cards graded Again, once each, in the order they were asked. */
    public static List<String> missedCards(List<QuizItemEntity> items) {
        return List.copyOf(new LinkedHashSet<>(items.stream().filter(QuizItemEntity::missed)
                .map(i -> i.cardId).toList()));
    }

    /** The first unanswered item of an unfinished quiz, or null. */
    public QuizItemEntity next(QuizEntity q) {
        return next(q, items(q));
    }

    /** The same, from the quiz's items as {@link #items} reads them (in position order). */
    public static QuizItemEntity next(QuizEntity q, List<QuizItemEntity> items) {
        return q.finishedAt != null ? null
                : items.stream().filter(i -> i.answeredAt == null).findFirst().orElse(null);
    }

    private QuizItemEntity waiting(QuizEntity q, int position) {
        QuizItemEntity next = next(q);
        if (next == null) {
            throw Problem.conflict("quiz " + q.id + " is finished");
        }
        if (next.position != position) {
            throw Problem.conflict(position < next.position
                    ? "item " + position + " of quiz " + q.id + " was answered already; the next is " + next.position
                    : "answer item " + next.position + " of quiz " + q.id + " first");
        }
        return next;
    }

    private QuizEntity lock(UserEntity user, long id) {
        QuizEntity q = QuizEntity.<QuizEntity>find("id = ?1 and userId = ?2", id, user.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (q == null) {
            throw Problem.notFound("no quiz " + id);
        }
        return q;
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    /** The simulations a simulation quiz can ask: those some active card asks. */
    @SuppressWarnings("unchecked")
    public List<String> simulationsWithCards() {
        return new ArrayList<>(em.createNativeQuery("""
                select distinct c.content -> 'sim' ->> 'name' from card c where not c.retired and c.kind = 'sim'
                order by 1""").getResultList());
    }
}
