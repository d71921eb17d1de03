package dev.gopherdrill.interview.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.AnswerChecker;
import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.CardKind;
import dev.gopherdrill.content.SimCard;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.content.store.MarkdownRenderer;
import dev.gopherdrill.interview.Answered;
import dev.gopherdrill.interview.Interviewer;
import dev.gopherdrill.interview.KeyPoint;
import dev.gopherdrill.interview.KeyPointMatcher;
import dev.gopherdrill.interview.Level;
import dev.gopherdrill.interview.PointMatch;
import dev.gopherdrill.interview.Prospect;
import dev.gopherdrill.interview.Scoring;
import dev.gopherdrill.interview.Settings;
import dev.gopherdrill.interview.Turn;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Step;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Mock interviews on the server's clock: the pure {@link Interviewer} decides what to
 * ask, this service stores what was asked and answered and scores the answers.
 *
 * The timer is the server's: {@code endsAt} is fixed at the start, every answer is
 * checked against the clock under the interview's row lock, and an answer that arrives
 * at or after {@code endsAt} (or after a finish) is refused with 409. A question is
 * stored the moment it is asked, so a closed tab resumes at the same question with the
 * time that is left; the interviewer is rebuilt for every step from the stored turns
 * ({@code Interviewer.next(history, elapsed)} is pure), so nothing lives in memory and
 * several app instances can serve one interview.
 *
 * Scores: choice, exact and predict cards by the {@link AnswerChecker}, sim cards by the
 * generated question ({@link Question#accepts}), 1 or 0; recall cards by the share of
 * key points the {@link KeyPointMatcher} found, which the candidate may confirm or
 * correct afterwards (the ticks), and then the ticks count.
 */
@ApplicationScoped
public class InterviewService {

    private final AnswerChecker checker = new AnswerChecker();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Inject
    EntityManager em;

    @Inject
    Library library;

    @Inject
    java.time.Clock clock;

    @Inject
    PracticeService practice;

    /** A new interview's settings as a client sends them; {@code decks} empty = every deck. */
    public record Start(Integer minutes, List<String> decks, String level, String language, Boolean revealEach,
                        Long seed) {
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public InterviewEntity start(UserEntity user, Start req) {
        // PostgreSQL keeps microseconds; whole milliseconds read back exactly as they were returned
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        settleTimedOut(user, now);
        Settings settings = settings(req, user.locale);
        InterviewEntity running = InterviewEntity.find("userId = ?1 and status = 'running'", user.id).firstResult();
        if (running != null) {
            throw Problem.conflict("interview " + running.id + " is still running until " + running.endsAt
                    + ": resume it or finish it first");
        }
        InterviewEntity i = new InterviewEntity();
        i.userId = user.id;
        i.seed = req.seed() != null ? req.seed() : ThreadLocalRandom.current().nextLong();
        i.minutes = (short) settings.minutes();
        i.decks = List.copyOf(settings.decks());
        i.level = settings.level().name().toLowerCase(Locale.ROOT);
        i.language = settings.language();
        i.revealEach = settings.revealEach();
        i.startedAt = now;
        i.endsAt = now.plusSeconds(60L * settings.minutes());
        i.status = InterviewEntity.Status.RUNNING.id();
        try {
            i.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            // the unique index on running interviews: another start of this learner won the race
            throw Problem.conflict("another interview was started at the same time; resume that one");
        }
        askNext(i, List.of(), now);
        return i;
    }

    /** Validates and resolves the client's settings; every refusal names the field. */
    Settings settings(Start req, String defaultLanguage) {
        if (req == null) {
            throw Problem.badRequest("body: send {minutes, decks, level, language, revealEach}");
        }
        if (req.minutes() == null) {
            throw Problem.badRequest("minutes: required, 15, 30 or 45");
        }
        if (req.level() == null) {
            throw Problem.badRequest("level: required, junior, mid or senior");
        }
        Level level = Level.parse(req.level()).orElseThrow(
                () -> Problem.badRequest("level: \"" + req.level() + "\" is not junior, mid or senior"));
        List<String> decks = resolveDecks(req.decks());
        try {
            return new Settings(req.minutes(), decks, level, req.language() == null ? defaultLanguage : req.language(),
                    req.revealEach() != null && req.revealEach());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    private List<String> resolveDecks(List<String> asked) {
        List<String> all = library.decksWithCards().stream().map(Library.Shelf::id).toList();
        if (asked == null || asked.isEmpty()) {
            return all;
        }
        List<String> decks = new ArrayList<>();
        for (int n = 0; n < asked.size(); n++) {
            String d = asked.get(n);
            if (!all.contains(d)) {
                throw Problem.badRequest("decks[" + n + "]: no deck \"" + d + "\" with cards (decks: "
                        + String.join(", ", all) + ")");
            }
            decks.add(d);
        }
        return decks;
    }

    /** The learner's interview, settled against the clock; another learner's is 404, as if it did not exist. */
    @Transactional
    public InterviewEntity get(UserEntity user, long id) {
        settleTimedOut(user, clock.instant());
        return owned(user, id, false);
    }

    /** The learner's interviews, newest first. */
    @Transactional
    public List<InterviewEntity> history(UserEntity user) {
        settleTimedOut(user, clock.instant());
        return InterviewEntity.list("userId", Sort.by("startedAt").descending(), user.id);
    }

    /** The interview still running, if any: what the set-up page offers to resume. */
    @Transactional
    public Optional<InterviewEntity> running(UserEntity user) {
        settleTimedOut(user, clock.instant());
        return InterviewEntity.find("userId = ?1 and status = 'running'", user.id).firstResultOptional();
    }

    public List<InterviewTurnEntity> turns(InterviewEntity i) {
        return InterviewTurnEntity.of(i.id);
    }

    /** The question waiting for an answer: the last turn, while unanswered and the interview runs. */
    public Optional<InterviewTurnEntity> current(InterviewEntity i, List<InterviewTurnEntity> turns) {
        if (i.isOver(clock.instant()) || turns.isEmpty() || turns.get(turns.size() - 1).isAnswered()) {
            return Optional.empty();
        }
        return Optional.of(turns.get(turns.size() - 1));
    }

    /** A scored answer and what comes next (empty when the interview is now over). */
    public record Scored(InterviewEntity interview, InterviewTurnEntity turn, CardEntity card,
                         Optional<InterviewTurnEntity> next) {
    }

    @Transactional
    public Scored answer(UserEntity user, long id, int turn, String answer) {
        Instant now = clock.instant();
        InterviewEntity i = owned(user, id, true);
        if (i.status() != InterviewEntity.Status.RUNNING) {
            throw Problem.conflict("interview " + id + " is " + i.status().id().replace('_', ' ')
                    + ": answers are closed; its report is ready");
        }
        if (!now.isBefore(i.endsAt)) {
            throw Problem.conflict("time is up: interview " + id + " ended at " + i.endsAt
                    + "; answers are closed");
        }
        List<InterviewTurnEntity> turns = turns(i);
        InterviewTurnEntity current = current(i, turns).orElseThrow(
                () -> Problem.conflict("interview " + id + " has no question waiting for an answer"));
        if (current.turn != turn) {
            throw Problem.conflict("turn " + turn + " is not the question waiting for an answer; turn "
                    + current.turn + " is");
        }
        CardEntity card = card(current.cardId);
        String given = answer == null ? "" : answer;
        current.answeredAt = now;
        current.answer = given;
        if (card.cardKind() == CardKind.RECALL) {
            current.suggestions = KeyPointMatcher.match(given, keyPoints(card, i.language), i.language);
            current.ticks = current.suggestions.stream().map(PointMatch::covered).toList();
            current.autoScore = Scoring.recall(current.ticks);
        } else {
            current.autoScore = Scoring.checked(correct(card, current, given, i.language));
        }
        current.score = current.autoScore;
        Optional<InterviewTurnEntity> next = askNext(i, turns, now);
        if (next.isEmpty()) {
            i.status = InterviewEntity.Status.FINISHED.id();
            i.finishedAt = now;
        }
        return new Scored(i, current, card, next);
    }

    private boolean correct(CardEntity card, InterviewTurnEntity turn, String given, String language) {
        if (turn.question != null) {
            return SimCard.question(card.content.sim(), turn.question.seed(), language).accepts(given);
        }
        return checker.check(card.toCard(), given).correct();
    }

    /**
     * Asks the interviewer for the next question and stores it as asked now; empty when
     * the interviewer has nothing left (time up, or no card left to ask).
     */
    private Optional<InterviewTurnEntity> askNext(InterviewEntity i, List<InterviewTurnEntity> turns, Instant now) {
        List<Answered> history = turns.stream().filter(InterviewTurnEntity::isAnswered)
                .map(t -> t.toAnswered(i)).toList();
        Interviewer interviewer = new Interviewer(i.settings(), pool(i), i.seed);
        Optional<Turn> next = interviewer.next(history, i.elapsedMillis(now));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Turn t = next.get();
        InterviewTurnEntity row = new InterviewTurnEntity();
        row.interviewId = i.id;
        row.turn = t.index();
        row.cardId = t.cardId();
        row.deckId = t.deck();
        row.reason = t.reason().name();
        row.parentCardId = t.parentCardId();
        row.depth = t.depth();
        row.askedAt = now;
        CardEntity card = card(t.cardId());
        if (card.content.sim() != null) {
            long seed = simSeed(i.seed, card.id);
            Question q = SimCard.question(card.content.sim(), seed, i.language);
            row.question = new InterviewTurnEntity.AskedSim(seed,
                    markdown.block(SimCard.prompt(card.content.sim(), i.language, q)), q.answer(),
                    q.acceptedAnswers(), q.trace().stream().map(Step::text).toList());
        }
        row.persist();
        return Optional.of(row);
    }

    /** Fresh parameters per interview and card: the interview's seed mixed with the card id. */
    static long simSeed(long interviewSeed, String cardId) {
        return new SplittableRandom(interviewSeed ^ (cardId.hashCode() * 0x9E3779B97F4A7C15L)).nextLong();
    }

    /**
     * What the interviewer may ask: every active card of the interview's decks that the
     * learner has not suspended, with what their review state says about it (seen, lapses, ease). Read at every step
     * rather than frozen at the start, so the interview reflects the cards as they are.
     */
    List<Prospect> pool(InterviewEntity i) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.deck_id, c.kind, c.level,
                       (select string_agg(f, ' ') from jsonb_array_elements_text(c.content -> 'followUps') f),
                       rs.due is not null, coalesce(rs.lapses, 0), coalesce(rs.ease_factor, 2.5)
                from card c left join review_state rs on rs.card_id = c.id and rs.user_id = ?1
                where not c.retired and c.deck_id in (?2) and (rs.suspended is null or not rs.suspended)
                order by c.position""").setParameter(1, i.userId).setParameter(2, i.decks).getResultList();
        List<Prospect> pool = new ArrayList<>();
        for (Object[] r : rows) {
            String followUps = (String) r[4];
            pool.add(new Prospect((String) r[0], (String) r[1],
                    CardKind.valueOf(((String) r[2]).toUpperCase(Locale.ROOT)), ((Number) r[3]).intValue(),
                    followUps == null || followUps.isBlank() ? List.of() : List.of(followUps.split(" ")),
                    (Boolean) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).doubleValue()));
        }
        return pool;
    }

    /**
     * The key points as the matcher reads them: their markdown source and the author's
     * synonyms. Cards synced before the synonyms existed carry neither; then the rendered
     * HTML with its tags stripped stands in, with no synonyms.
     */
    public String deckTitle(String deckId, String language) {
        return library.deckTitle(deckId, language);
    }

    public static List<KeyPoint> keyPoints(CardEntity card, String language) {
        CardContent.RenderedText t = card.content.text(language);
        List<String> texts = t.keyPointsText() != null ? t.keyPointsText()
                : t.keyPoints().stream().map(InterviewService::plainText).toList();
        List<KeyPoint> points = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            List<String> synonyms = t.keyPointSynonyms() != null && k < t.keyPointSynonyms().size()
                    ? t.keyPointSynonyms().get(k) : List.of();
            points.add(new KeyPoint(texts.get(k), synonyms));
        }
        return points;
    }

    static String plainText(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    /** The candidate confirms or corrects the matcher's ticks of one recall answer; allowed during and after. */
    @Transactional
    public InterviewTurnEntity tick(UserEntity user, long id, int turn, List<Boolean> covered) {
        InterviewEntity i = owned(user, id, true);
        InterviewTurnEntity t = InterviewTurnEntity
                .<InterviewTurnEntity>find("interviewId = ?1 and turn = ?2", i.id, turn)
                .firstResultOptional().orElseThrow(() -> Problem.notFound("interview " + id + " has no turn " + turn));
        if (!t.isAnswered()) {
            throw Problem.conflict("turn " + turn + " has not been answered");
        }
        if (t.suggestions == null) {
            throw Problem.badRequest("turn: turn " + turn + " is a " + card(t.cardId).kind
                    + " card, scored by its answer; only recall answers have key points to tick");
        }
        if (covered == null || covered.size() != t.suggestions.size() || covered.contains(null)) {
            throw Problem.badRequest("covered: expected " + t.suggestions.size()
                    + " true/false values, one per key point");
        }
        t.ticks = List.copyOf(covered);
        t.score = Scoring.recall(t.ticks);
        return t;
    }

    @Transactional
    public InterviewEntity finish(UserEntity user, long id) {
        Instant now = clock.instant();
        InterviewEntity i = owned(user, id, true);
        if (i.status() == InterviewEntity.Status.RUNNING) {
            if (now.isBefore(i.endsAt)) {
                i.status = InterviewEntity.Status.FINISHED.id();
                i.finishedAt = now;
            } else {
                timeOut(i);
            }
        }
        return i;
    }

    /**
     * The report's action: every missed card (an answer scoring below
     * {@link Scoring#STRONG}) back into the review queue, due today, each logged as an Again with
     * this interview as its source. Once per interview, and only after it is over.
     */
    @Transactional
    public List<PracticeService.Requeued> requeue(UserEntity user, long id) {
        Instant now = clock.instant();
        settleTimedOut(user, now);
        InterviewEntity i = owned(user, id, true);
        if (i.status() == InterviewEntity.Status.RUNNING) {
            throw Problem.conflict("interview " + id + " is still running: finish it first");
        }
        if (i.requeuedAt != null) {
            throw Problem.conflict("the missed cards of interview " + id + " were put back at " + i.requeuedAt);
        }
        List<PracticeService.Requeued> done = new ArrayList<>();
        for (InterviewTurnEntity t : missed(turns(i))) {
            done.add(practice.requeueFromInterview(user, t.cardId, i.id, t.answer));
        }
        i.requeuedAt = now;
        return done;
    }

    /** Answered below {@link Scoring#STRONG}: the weak cards of the report, weakest first. */
    public static List<InterviewTurnEntity> missed(List<InterviewTurnEntity> turns) {
        return turns.stream().filter(t -> t.isAnswered() && !new Answered(t.toTurn(), t.score, 0).strong())
                .sorted(java.util.Comparator.comparingDouble((InterviewTurnEntity t) -> t.score)
                        .thenComparingInt(t -> t.turn))
                .toList();
    }

    /** Marks every interview of the learner whose time ran out while it was running; idempotent. */
    private void settleTimedOut(UserEntity user, Instant now) {
        em.createNativeQuery("""
                update interview set status = 'timed_out', finished_at = ends_at
                where user_id = ?1 and status = 'running' and ends_at <= ?2""")
                .setParameter(1, user.id).setParameter(2, now).executeUpdate();
    }

    private static void timeOut(InterviewEntity i) {
        i.status = InterviewEntity.Status.TIMED_OUT.id();
        i.finishedAt = i.endsAt;
    }

    private static InterviewEntity owned(UserEntity user, long id, boolean lock) {
        InterviewEntity i = lock ? InterviewEntity.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : InterviewEntity.findById(id);
        if (i == null || i.userId != user.id) {
            throw Problem.notFound("no interview " + id);
        }
        return i;
    }

    public CardEntity card(String cardId) {
        return practice.card(cardId);
    }
}
