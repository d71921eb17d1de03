package dev.gopherdrill.practice.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.AnswerChecker;
import dev.gopherdrill.content.CardKind;
import dev.gopherdrill.content.SimCard;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.practice.LearnerCalendar;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.Fsrs6Scheduler;
import dev.gopherdrill.scheduling.NextStates;
import dev.gopherdrill.scheduling.Outcome;
import dev.gopherdrill.scheduling.Queue;
import dev.gopherdrill.scheduling.QueueCard;
import dev.gopherdrill.scheduling.Rating;
import dev.gopherdrill.scheduling.ReviewKind;
import dev.gopherdrill.scheduling.ReviewQueue;
import dev.gopherdrill.scheduling.Scheduler;
import dev.gopherdrill.scheduling.Sm2Scheduler;
import dev.gopherdrill.simulation.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The daily loop: what to practise next, grading, undo, bury, suspend, leeches.
 *
 * Queue order, as in Anki: due reviews first (most overdue first) up to the learner's daily
 * review limit, then new cards up to the daily new-card limit (round-robin across decks, easy
 * levels first in each, or deck by deck: {@link #nextNewCard}), then the cards graded below Good
 * today (SM-2 step 7: "repeat again all items that scored below four"), oldest first.
 * Each learner's cards are scheduled by SM-2 or FSRS-6 ({@link #scheduler}); with FSRS
 * only Again is drilled, and drills change FSRS's memory no more than SM-2's schedule.
 *
 * Every write is one transaction: lock the learner's row of the card, apply the queue's rule
 * ({@link ReviewQueue}, pure: the version check, what the grade does, the leech rule), persist
 * what it returns (the state, and the log row when the outcome is logged). A second submit of
 * the same version finds the version moved on and gets 409, as does anything the rules refuse.
 */
@ApplicationScoped
public class PracticeService {

    private final AnswerChecker checker = new AnswerChecker();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GradeStore grades;

    public static LearnerCalendar calendar(UserEntity user) {
        return new LearnerCalendar(ZoneId.of(user.timeZone), user.dayStartHour);
    }

    public LocalDate today(UserEntity user) {
        return calendar(user).day(clock.instant());
    }

    /** The learner's scheduler: SM-2 unless they chose FSRS in the settings. */
    public static Scheduler scheduler(UserEntity user) {
        return scheduler(user.scheduler, user.desiredRetention);
    }

    static Scheduler scheduler(String name, java.math.BigDecimal desiredRetention) {
        return UserEntity.SCHEDULER_FSRS.equals(name) ? new Fsrs6Scheduler(desiredRetention.doubleValue())
                : new Sm2Scheduler();
    }

    /**
     * The day of the card's last rescheduling review (drills do not count), from which FSRS
     * counts elapsed days. A card without FSRS memory is new to FSRS or graded by SM-2, which
     * ignores the days: no query for those, null as for a card never reviewed.
     */
    private LocalDate lastReviewDay(ReviewStateEntity s) {
        if (s == null || s.stability == null) {
            return null;
        }
        Object last = em.createNativeQuery("select max(day) from review_log where user_id = ?1 and card_id = ?2"
                        + " and undone_at is null and kind in (" + RESCHEDULING_KINDS + ")")
                .setParameter(1, s.userId).setParameter(2, s.cardId).getSingleResult();
        return last == null ? null : toLocalDate(last);
    }

    private int elapsedDays(ReviewStateEntity s, LocalDate today) {
        return s == null ? 0 : ReviewQueue.elapsedDays(s.cardState(), lastReviewDay(s), today);
    }

    /** The kinds that move a schedule, as an SQL list (constants, not input). */
    static final String RESCHEDULING_KINDS = sqlList(ReviewKind.reschedulingIds());

    /** The daily loop's kinds, as an SQL list: quizzes and interviews are neither done today nor undone here. */
    static final String PRACTICE_KINDS = sqlList(ReviewKind.practiceIds());

    private static String sqlList(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * FSRS's probability that the learner recalls the card today; empty for a card FSRS has not
     * graded (the weights are FSRS's defaults, whichever scheduler the learner uses now).
     */
    public Optional<Double> retrievability(UserEntity user, ReviewStateEntity s) {
        if (s == null || s.stability == null) {
            return Optional.empty();
        }
        return Optional.of(new Fsrs6Scheduler(Fsrs6Scheduler.DEFAULT_DESIRED_RETENTION)
                .retrievability(s.stability, elapsedDays(s, today(user))));
    }

    /** Which part of the queue a card comes from. */
    public enum Source { REVIEW, NEW, DRILL }

    /**
     * The card to show, with the learner's state of it and what each button would do;
     * {@code question} is the simulation's question when the card is a sim card.
     */
    public record Next(CardEntity card, Source source, int version, CardState state, LocalDate due, NextStates buttons,
                       boolean leech, int done, int remaining, Question question) {
    }

    /** A verdict on an answer, with the question a sim card asked (null for other kinds). */
    public record Checked(AnswerChecker.Verdict verdict, Question question) {
    }

    /** @param unseen new cards the learner has not met yet, whatever today's limit */
    public record Counts(long due, long newAvailable, long drill, long doneToday, long unseen) {
        public long remaining() {
            return due + newAvailable + drill;
        }
    }

    public record Overview(Counts counts, int streak, LocalDate today, LocalDate nextDue, long totalCards,
                           long newUnseen) {
    }

    /** All of today's counts in one round trip: the home page and every practice step need them. */
    public Counts counts(UserEntity user) {
        LocalDate today = today(user);
        Object[] row = (Object[]) em.createNativeQuery("""
                select
                  (select count(*) from review_state rs join card c on c.id = rs.card_id
                    where rs.user_id = ?1 and rs.due <= ?2 and not rs.suspended
                      and (rs.buried_until is null or rs.buried_until <= ?2) and not c.retired),
                  (select count(*) from review_log
                    where user_id = ?1 and day = ?2 and kind = 'new' and undone_at is null),
                  (select count(*) from card c where not c.retired and not exists (
                    select 1 from review_state rs where rs.user_id = ?1 and rs.card_id = c.id
                      and (rs.due is not null or rs.suspended or rs.drill or rs.buried_until > ?2))),
                  (select count(*) from review_state rs join card c on c.id = rs.card_id
                    where rs.user_id = ?1 and rs.drill and not rs.suspended and (rs.due is null or rs.due > ?2)
                      and (rs.buried_until is null or rs.buried_until <= ?2) and not c.retired),
                  (select count(*) from review_log where user_id = ?1 and day = ?2 and undone_at is null
                    and kind in (%s)),
                  (select count(*) from review_log
                    where user_id = ?1 and day = ?2 and kind = 'review' and undone_at is null)
                """.formatted(PRACTICE_KINDS)).setParameter(1, user.id).setParameter(2, today).getSingleResult();
        // Anki's "maximum reviews/day": the due reviews beyond it wait for the next day.
        long reviewsLeft = Math.max(0, user.reviewsPerDay - ((Number) row[5]).longValue());
        long due = Math.min(((Number) row[0]).longValue(), reviewsLeft);
        long newLeft = Math.max(0, user.newCardsPerDay - ((Number) row[1]).longValue());
        long unseen = ((Number) row[2]).longValue();
        return new Counts(due, Math.min(newLeft, unseen), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                unseen);
    }

    public Overview overview(UserEntity user) {
        LocalDate today = today(user);
        Counts counts = counts(user);
        Object next = em.createNativeQuery("""
                select min(rs.due) from review_state rs join card c on c.id = rs.card_id
                where rs.user_id = ?1 and rs.due > ?2 and not rs.suspended and not c.retired""")
                .setParameter(1, user.id).setParameter(2, today).getSingleResult();
        long total = count("select count(*) from card where not retired");
        return new Overview(counts, streak(user.id, today), today, next == null ? null : toLocalDate(next), total,
                counts.unseen());
    }

    public Optional<Next> next(UserEntity user) {
        LocalDate today = today(user);
        Counts counts = counts(user);
        // counts.due() is zero once today's review limit is used up
        Optional<ReviewStateEntity> due = counts.due() == 0 ? Optional.empty() : firstState("""
                select rs.* from review_state rs join card c on c.id = rs.card_id
                where rs.user_id = ?1 and rs.due <= ?2 and not rs.suspended
                  and (rs.buried_until is null or rs.buried_until <= ?2) and not c.retired
                order by rs.due, rs.card_id limit 1""", user.id, today);
        if (due.isPresent()) {
            return Optional.of(next(user, due.get(), Source.REVIEW, counts));
        }
        if (counts.newAvailable() > 0) {
            Optional<String> id = nextNewCard(user, today);
            if (id.isPresent()) {
                return Optional.of(newCard(user, CardEntity.findById(id.get()),
                        ReviewStateEntity.find(user.id, id.get()), counts));
            }
        }
        return firstState("""
                select rs.* from review_state rs join card c on c.id = rs.card_id
                where rs.user_id = ?1 and rs.drill and not rs.suspended and (rs.due is null or rs.due > ?2)
                  and (rs.buried_until is null or rs.buried_until <= ?2) and not c.retired
                order by rs.drill_since limit 1""", user.id, today)
                .map(s -> next(user, s, Source.DRILL, counts));
    }

    /**
     * The new card to introduce next, in the learner's gather order. A card's position already
     * puts easy levels first and then file order, so within a deck it is the order to learn in.
     * Interleaved (Anki's round-robin gather): a card's turn is its rank within its deck, counted
     * over all the deck's cards, not only the unseen ones, so that after one card of each deck
     * the next round starts again at the first deck instead of draining the deck just used;
     * decks take their turns in deck order. Deck by deck: each deck's cards before the next deck's.
     */
    private Optional<String> nextNewCard(UserEntity user, LocalDate today) {
        String order = UserEntity.NEW_CARDS_BY_DECK.equals(user.newCardOrder) ? "d.position, c.position"
                : "c.turn, d.position";
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                select c.id from (
                  select id, deck_id, position, row_number() over (partition by deck_id order by position) as turn
                  from card where not retired) c
                join deck d on d.id = c.deck_id
                where not exists (
                  select 1 from review_state rs where rs.user_id = ?1 and rs.card_id = c.id
                    and (rs.due is not null or rs.suspended or rs.drill or rs.buried_until > ?2))
                order by %s limit 1""".formatted(order)).setParameter(1, user.id).setParameter(2, today)
                .getResultList();
        return ids.stream().findFirst();
    }

    /** The learner's view of one given card, e.g. the card an undo just put back. */
    public Next show(UserEntity user, String cardId) {
        CardEntity card = card(cardId);
        LocalDate today = today(user);
        ReviewStateEntity s = ReviewStateEntity.find(user.id, cardId);
        Counts counts = counts(user);
        if (s == null || s.queueCard().isNew()) {
            return newCard(user, card, s, counts);
        }
        // a card asked for by id shows in any queue; a drill shows as one, anything else with its buttons
        Source source = s.queueCard().queue(today) == Queue.DRILL ? Source.DRILL : Source.REVIEW;
        return next(user, s, source, counts);
    }

    /** A card the learner has not graded yet; {@code s} is its row if it was buried or suspended before. */
    private Next newCard(UserEntity user, CardEntity card, ReviewStateEntity s, Counts counts) {
        CardState state = CardState.newCard();
        int version = s == null ? 0 : s.version;
        return new Next(card, Source.NEW, version, state, null, scheduler(user).nextStates(state, 0), false,
                (int) counts.doneToday(), (int) counts.remaining(), simQuestion(user, card, version));
    }

    private Next next(UserEntity user, ReviewStateEntity s, Source source, Counts counts) {
        CardEntity card = CardEntity.findById(s.cardId);
        CardState state = s.cardState();
        NextStates buttons = source == Source.DRILL ? null
                : scheduler(user).nextStates(state, elapsedDays(s, today(user)));
        return new Next(card, source, s.version, state, s.due, buttons,
                s.leech, (int) counts.doneToday(), (int) counts.remaining(), simQuestion(user, card, s.version));
    }

    /**
     * The question a sim card asks at this version of the learner's state, in the learner's
     * language; null for other kinds.
     */
    public static Question simQuestion(UserEntity user, CardEntity card, int version) {
        return card.content.sim() == null ? null
                : SimCard.question(card.content.sim(), SimCard.seed(user.id, card.id, version), user.locale);
    }

    /** Whether a typed or picked answer is right; changes nothing. A sim card is checked against the question shown now. */
    public Checked check(UserEntity user, String cardId, String answer) {
        CardEntity card = card(cardId);
        if (!card.cardKind().isChecked()) {
            throw Problem.badRequest("card " + cardId + " is a recall card: reveal the answer and grade yourself");
        }
        int version = state(user, cardId).map(s -> s.version).orElse(0);
        return checkAgainst(card, simQuestion(user, card, version), answer);
    }

    /** Whether {@code answer} is right for {@code card}, asking {@code question} if it is a sim card. */
    public Checked checkAgainst(CardEntity card, Question question, String answer) {
        if (question != null) {
            return new Checked(new AnswerChecker.Verdict(question.accepts(answer), question.answer()), question);
        }
        return new Checked(checker.check(card.toCard(), answer), null);
    }

    /** The outcome of a grade: the state now, and whether the card comes back this session. */
    public record Graded(String cardId, ReviewKind kind, int version, CardState state, LocalDate due,
                         boolean drill, boolean leech, boolean suspended) {
    }

    /**
     * Grades the card for the learner signed in as {@code username}, in one transaction of
     * {@link GradeStore} (plain JDBC: this is the request every answer makes): lock the row,
     * apply {@link ReviewQueue#apply} (which logs the grade or refuses it), append the log row
     * and write the state.
     */
    public Graded grade(String username, String cardId, int version, Rating rating, String answer, Integer timeTakenMs) {
        return grades.inTransaction(c -> {
            GradeStore.Locked locked = grades.lock(c, username, cardId);
            if (locked.retired()) {
                throw Problem.conflict("card " + cardId + " is retired");
            }
            Instant now = clock.instant();
            ReviewQueue queue = new ReviewQueue(locked.learner().scheduler(), locked.learner().calendar().day(now), now);
            // a grade is logged or refused, never changed without a row
            Outcome.Logged t = (Outcome.Logged) accepted(
                    queue.apply(locked.card(), version, rating, locked.lastReviewDay()), cardId);
            long learnerId = locked.learner().id();
            Boolean correct = answer == null ? null : correct(learnerId, cardId, locked.kind(), version, answer);
            QueueCard after = t.after();
            grades.write(c, ReviewLogEntity.of(learnerId, cardId, t, answer, correct, timeTakenMs), locked.stateId(),
                    after);
            return new Graded(cardId, t.kind(), after.version(), after.schedule(), after.due(), after.drill(),
                    after.leech(), after.suspended());
        });
    }

    /** The outcome the rules allowed; a refusal becomes the 409 naming the card. */
    private static Outcome accepted(Outcome outcome, String cardId) {
        if (outcome instanceof Outcome.Refused refused) {
            throw Problem.conflict(refused.message(cardId));
        }
        return outcome;
    }

    /**
     * Whether a typed answer given with a grade is right; null for a recall card. A sim card is
     * checked against the question shown with {@code version}, which the caller has just
     * found current. The card's content (a JSON column) is read only here.
     */
    private Boolean correct(long userId, String cardId, CardKind kind, int version, String answer) {
        if (kind == CardKind.SIM) {
            // which answers a question accepts does not depend on the language it is asked in
            CardEntity card = readOnlyCard(cardId);
            return SimCard.question(card.content.sim(), SimCard.seed(userId, cardId, version),
                    dev.gopherdrill.content.Card.CANONICAL_LANGUAGE).accepts(answer);
        }
        return kind.isChecked() ? checker.check(readOnlyCard(cardId).toCard(), answer).correct() : null;
    }

    /** What putting a missed interview card back did: due today, or nothing because the learner suspended it. */
    public record Requeued(String cardId, boolean requeued, LocalDate due) {
    }

    /**
     * A card the learner missed in a mock interview, back into the queue: logged as an
     * Again whose source is the interview, and due today. The Again is the learner's
     * scheduler's (SM-2: repetitions restart, ease kept; FSRS: stability after a lapse; a
     * lapse if the card had been scheduled, a leech at the usual count); only its due day differs from a practice Again, today instead of tomorrow,
     * because the interview has just shown the card is not known. A new card becomes a
     * review due today: it leaves the new-card pool without using up today's new-card
     * limit, which counts {@code new} rows only. A suspended or buried card stays as the
     * learner left it.
     */
    @Transactional
    public Requeued requeueFromInterview(UserEntity user, String cardId, long interviewId, String answer) {
        ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, cardId);
        Outcome outcome = queue(user).requeueFromInterview(s.queueCard(), lastReviewDay(s));
        if (outcome instanceof Outcome.Logged t) {
            s.set(t.after());
            ReviewLogEntity log = ReviewLogEntity.of(user.id, cardId, t, answer, false, null);
            log.interviewId = interviewId;
            log.persist();
            return new Requeued(cardId, !s.suspended, s.due);
        }
        return new Requeued(cardId, false, s.due);
    }

    /**
     * Logs an answer given in a quiz. Without {@code reschedule} nothing in the learner's
     * state changes (not even a row is created for a new card): the row's before and after
     * are the same, kind {@code quiz}. With it, the answer is graded as a review whatever the
     * card's due day (an early review, as in Anki's filtered decks), kind
     * {@code quiz_rescheduled}; a card suspended since the quiz began is logged but left alone.
     * Runs in the caller's transaction, which also records the quiz item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewKind logQuizAnswer(UserEntity user, String cardId, Rating rating, String answer,
                                    Boolean correct, Integer timeTakenMs, long quizId, boolean reschedule) {
        ReviewStateEntity s = reschedule ? ReviewStateEntity.lockOrCreate(user.id, cardId)
                : ReviewStateEntity.find(user.id, cardId);
        QueueCard card = s == null ? QueueCard.unseen() : s.queueCard();
        Outcome.Logged t = queue(user).quizAnswer(card, rating, s == null ? null : lastReviewDay(s), reschedule);
        if (t.changesState()) {
            s.set(t.after());
        }
        ReviewLogEntity log = ReviewLogEntity.of(user.id, cardId, t, answer, correct, timeTakenMs);
        log.quizId = quizId;
        log.persist();
        return t.kind();
    }

    /**
     * A card missed in a quiz, into today's reviews: due today (a new card becomes a review
     * due today, without using up the new-card limit). A due-day change is not a grade, so no
     * row is logged; the review it leads to is. A suspended card, or one already due, stays
     * as it is; returns whether the card moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean dueToday(UserEntity user, String cardId) {
        ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, cardId);
        return changed(s, queue(user).dueToday(s.queueCard()), cardId);
    }

    /** The queue rules for {@code user} now, on their day. */
    private ReviewQueue queue(UserEntity user) {
        return queue(user, clock.instant());
    }

    static ReviewQueue queue(UserEntity user, Instant now) {
        return new ReviewQueue(scheduler(user), calendar(user).day(now), now);
    }

    /**
     * Writes a transition that logs nothing to {@code s}; returns whether it changed the card.
     * A refusal is the 409 naming the card.
     */
    private static boolean changed(ReviewStateEntity s, Outcome outcome, String cardId) {
        if (accepted(outcome, cardId) instanceof Outcome.Changed changed) {
            s.set(changed.after());
            return true;
        }
        return false;
    }

    /**
     * Takes back the learner's last grade, exactly: the state before it returns, the log row is
     * marked. A mock interview's requeue rows are the report's batch action and a quiz's answers
     * belong to the quiz, not grades given here: undo passes them by, and they do not count as
     * done today.
     */
    @Transactional
    public String undo(UserEntity user) {
        ReviewLogEntity last = ReviewLogEntity.<ReviewLogEntity>find(
                "userId = ?1 and undoneAt is null and kind in ?2 order by reviewedAt desc, id desc", user.id,
                ReviewKind.practiceIds())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (last == null) {
            throw Problem.conflict("there is no grade to undo");
        }
        ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, last.cardId);
        changed(s, queue(user).undo(s.queueCard(), last.before(), last.versionAfter), last.cardId);
        last.undoneAt = clock.instant();
        return last.cardId;
    }

    /** Hides a card until the learner's next day. */
    @Transactional
    public int bury(UserEntity user, String cardId, int version) {
        card(cardId);
        ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, cardId);
        changed(s, queue(user).bury(s.queueCard(), version), cardId);
        return s.version;
    }

    @Transactional
    public int suspend(UserEntity user, String cardId, int version) {
        card(cardId);
        ReviewStateEntity s = ReviewStateEntity.lockOrCreate(user.id, cardId);
        changed(s, queue(user).suspend(s.queueCard(), version), cardId);
        return s.version;
    }

    /** Back into the queues; a leech keeps its tag, as in Anki, so the learner sees its history. */
    @Transactional
    public int unsuspend(UserEntity user, String cardId) {
        ReviewStateEntity s = ReviewStateEntity.find(user.id, cardId);
        if (s == null) {
            throw Problem.notFound("card " + cardId + " has never been reviewed or suspended");
        }
        changed(s, queue(user).unsuspend(s.queueCard()), cardId);
        return s.version;
    }

    public List<ReviewStateEntity> leeches(UserEntity user) {
        return ReviewStateEntity.list("userId = ?1 and leech = true order by lapses desc, cardId", user.id);
    }

    public List<ReviewStateEntity> suspended(UserEntity user) {
        return ReviewStateEntity.list("userId = ?1 and suspended = true order by cardId", user.id);
    }

    public Optional<ReviewStateEntity> state(UserEntity user, String cardId) {
        return Optional.ofNullable(ReviewStateEntity.find(user.id, cardId));
    }

    public List<ReviewLogEntity> history(UserEntity user, String cardId) {
        return ReviewLogEntity.list("userId = ?1 and cardId = ?2 order by reviewedAt, id", user.id, cardId);
    }

    /** Cards are rewritten only by the content sync; a read-only load skips dirty checking of the JSON. */
    private static CardEntity readOnlyCard(String cardId) {
        return CardEntity.<CardEntity>find("id", cardId).withHint("org.hibernate.readOnly", true).firstResult();
    }

    public CardEntity card(String cardId) {
        CardEntity card = cardId == null ? null : CardEntity.findById(cardId);
        if (card == null) {
            throw Problem.notFound("no card with id \"" + cardId + "\"");
        }
        return card;
    }

    /** Consecutive learner days with at least one review, ending today (or yesterday, if today is still open). */
    public int streak(long userId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> days = em.createNativeQuery("""
                select distinct day from review_log where user_id = ?1 and undone_at is null and kind <> 'reset'
                  and day > ?2
                order by day desc""").setParameter(1, userId).setParameter(2, today.minusYears(3)).getResultList();
        Set<LocalDate> set = new HashSet<>();
        days.forEach(d -> set.add(toLocalDate(d)));
        LocalDate d = set.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (set.contains(d)) {
            streak++;
            d = d.minusDays(1);
        }
        return streak;
    }

    private Optional<ReviewStateEntity> firstState(String sql, Object... params) {
        var q = em.createNativeQuery(sql, ReviewStateEntity.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<ReviewStateEntity> rows = q.getResultList();
        return rows.stream().findFirst();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static LocalDate toLocalDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) o).toLocalDate();
    }
}
