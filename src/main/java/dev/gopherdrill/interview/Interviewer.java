package dev.gopherdrill.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import dev.gopherdrill.content.CardKind;

/**
 * Decides the next question of a mock interview, the way a human interviewer works
 * through topics: open a topic, dig deeper while the answers are strong, step back when
 * they are weak, move on when the thread runs out.
 *
 * <p><b>Plan.</b> The chosen decks that have cards in the pool are shuffled by the seed (after
 * sorting, so the order of the input does not matter). Each topic gets at least
 * {@link #MIN_TOPIC_MINUTES} minutes, so a 15-minute interview covers at most 3 topics, 30
 * minutes 6, 45 minutes 9; with more decks chosen, the first ones of the shuffled order are
 * taken rather than giving each topic a minute or two, which is too short for a follow-up.
 * The time above the minimum is shared in whole minutes in proportion to each topic's number
 * of cards (largest remainder, ties to the earlier topic), and the slots follow each other.
 *
 * <p><b>Visits.</b> A visit to a topic opens with a card at the target level (the nearest level
 * if there is none, the lower one on a tie): a recall card while the topic has one left, else a
 * choice or exact card, else any.
 * After a strong answer ({@link Scoring#STRONG}) it asks one of that card's follow-ups that is
 * in the pool, one step deeper. After a weak answer it asks a clarifying card — one whose
 * follow-ups contain the weak card, so the author placed it before — or else an easier
 * recall, choice or exact card of the nearest lower level; it stays at the same depth. The
 * visit ends when there is nothing to follow up or ease to, after two weak answers in a row,
 * or, on the topic's first visit, once the clock has passed the end of its slot. The
 * interview then moves on to the next topic of the plan that has cards left. A topic that
 * ends early leaves its time to the ones after it; when the last topic ends early, the
 * topics are visited again in plan order (without the slot limit) until the clock runs out.
 * Every planned topic gets its opener even when an earlier one ran late.
 *
 * <p><b>Mixed-in questions.</b> The 2nd, 5th, 8th, … question of a visit is a sim or predict
 * card of the topic at the level nearest the target (reason {@link Reason#SIMULATION} or
 * {@link Reason#PREDICT}) when one is left and the visit goes on, so about a third of a long
 * visit is generated or predict-the-output work; a fixed rhythm rather than a coin toss, so
 * that every visit of two questions or more has one. It is an aside: its answer neither moves
 * the chain nor counts toward the weak streak.
 *
 * <p><b>Weak cards first, not only.</b> Every choice among several cards is a draw weighted by
 * {@link #weight}: {@code 1 + 2·min(lapses, 3) + 4·d}, where {@code d} is how far the ease
 * factor sits below the new-card 2.5 towards the SM-2 floor 1.3 (0..1). An unseen or
 * well-known card weighs 1, a card forgotten three times with the lowest ease 11: weak cards
 * are asked far more often, but every card keeps a chance.
 *
 * <p><b>Invariants.</b> No card is asked twice in one interview. {@link #next} is a pure function
 * of the settings, the pool (as a set), the seed, the history and the clock: the state of a
 * visit is re-read from the history on every call, and the draw for question {@code n} uses
 * its own generator derived from the seed and {@code n}, so nothing is kept between calls.
 * Cards outside the chosen decks are ignored, and follow-ups never leave the topic.
 */
public final class Interviewer {

    static final int MIN_TOPIC_MINUTES = 5;
    /** Questions 2, 5, 8, … of a visit are mixed in: the visit's turn count so far modulo this is 1. */
    static final int MIX_EVERY = 3;
    /** Weak chain answers in a row after which the interviewer leaves the topic. */
    static final int WEAK_STREAK_LIMIT = 2;

    /** SM-2 ease factor of a new card and its floor (Sm2Scheduler). */
    private static final double NEW_EASE = 2.5;
    private static final double MIN_EASE = 1.3;
    private static final int LAPSES_COUNTED = 3;
    private static final double LAPSE_WEIGHT = 2;
    private static final double EASE_WEIGHT = 4;
    /** Weyl increment of SplittableRandom: seeds that differ by it give unrelated streams. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private static final Set<CardKind> MIXED_IN = Set.of(CardKind.SIM, CardKind.PREDICT);
    private static final Set<Reason> MIXED_IN_REASONS = Set.of(Reason.SIMULATION, Reason.PREDICT);

    private final Settings settings;
    private final long seed;
    /** The usable pool (cards of the chosen decks), by id in id order: draws never depend on input order. */
    private final Map<String, Prospect> cards = new TreeMap<>();
    private final List<TopicSlot> plan;

    public Interviewer(Settings settings, List<Prospect> pool, long seed) {
        this.settings = settings;
        this.seed = seed;
        Set<String> chosen = new HashSet<>(settings.decks());
        for (Prospect p : pool) {
            if (!chosen.contains(p.deck())) {
                continue;
            }
            if (cards.put(p.cardId(), p) != null) {
                throw new IllegalArgumentException("pool: card \"" + p.cardId() + "\" appears twice");
            }
        }
        this.plan = makePlan();
    }

    /** The topic schedule: each deck and the time planned for it, in the order they are visited. */
    public List<TopicSlot> plan() {
        return plan;
    }

    /**
     * The next question given everything answered so far and the clock now; empty = the
     * interview is over (time up or nothing left to ask). Pure: same (settings, pool, seed,
     * history, clock) → same Turn.
     *
     * @param history       every question asked so far with its answer, in order (turn indexes 0, 1, 2, …)
     * @param elapsedMillis the interview clock now, ms since the start
     */
    public Optional<Turn> next(List<Answered> history, long elapsedMillis) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).turn().index() != i) {
                throw new IllegalArgumentException("history: turn " + i + " has index " + history.get(i).turn().index());
            }
        }
        if (elapsedMillis >= settings.durationMillis() || plan.isEmpty()) {
            return Optional.empty();
        }
        int n = history.size();
        Set<String> asked = new HashSet<>();
        history.forEach(a -> asked.add(a.turn().cardId()));
        SplittableRandom random = new SplittableRandom(seed + GOLDEN_GAMMA * (n + 1));

        int visitStart = -1;
        for (int i = n - 1; i >= 0 && visitStart < 0; i--) {
            if (history.get(i).turn().reason() == Reason.OPENER) {
                visitStart = i;
            }
        }
        int nextTopic = 0;
        if (visitStart >= 0) {
            String deck = history.get(visitStart).turn().deck();
            Optional<Turn> more = continueVisit(history.subList(visitStart, n), firstVisit(history, visitStart),
                    elapsedMillis, asked, n, random);
            if (more.isPresent()) {
                return more;
            }
            nextTopic = topicIndex(deck) + 1;
        }
        for (int k = 0; k < plan.size(); k++) {
            String deck = plan.get((nextTopic + k) % plan.size()).deck();
            Optional<Prospect> opener = draw(openers(deck, asked), random);
            if (opener.isPresent()) {
                return Optional.of(new Turn(n, opener.get().cardId(), deck, Reason.OPENER, null, 0));
            }
        }
        return Optional.empty();
    }

    /**
     * The weight of a card in every draw: 1 for a card the user knows or has not seen, up to
     * 11 for the weakest. {@link Prospect#seen()} plays no part: an unseen card is neither
     * weak nor known, and its new-card state (no lapses, ease 2.5) already weighs 1.
     */
    static double weight(Prospect p) {
        double easeDeficit = Math.min(1, Math.max(0, (NEW_EASE - p.easeFactor()) / (NEW_EASE - MIN_EASE)));
        return 1 + LAPSE_WEIGHT * Math.min(p.lapses(), LAPSES_COUNTED) + EASE_WEIGHT * easeDeficit;
    }

    private Optional<Turn> continueVisit(List<Answered> visit, boolean firstVisit, long elapsedMillis,
                                         Set<String> asked, int n, SplittableRandom random) {
        String deck = visit.get(0).turn().deck();
        int topic = topicIndex(deck);
        if (topic < 0 || firstVisit && elapsedMillis >= plan.get(topic).untilMillis()) {
            return Optional.empty();
        }
        Answered last = visit.get(0); // the opener: a visit starts with one
        int weakStreak = 0;
        for (Answered a : visit) {
            if (MIXED_IN_REASONS.contains(a.turn().reason())) {
                continue;
            }
            last = a;
            weakStreak = a.strong() ? 0 : weakStreak + 1;
        }
        if (weakStreak >= WEAK_STREAK_LIMIT) {
            return Optional.empty();
        }
        Prospect lastCard = cards.get(last.turn().cardId());
        List<Prospect> chain = last.strong() ? followUps(lastCard, asked) : easier(lastCard, asked);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        if (visit.size() % MIX_EVERY == 1) {
            Optional<Prospect> aside = draw(nearestLevel(candidates(deck, asked, p -> MIXED_IN.contains(p.kind()))),
                    random);
            if (aside.isPresent()) {
                Reason reason = aside.get().kind() == CardKind.SIM ? Reason.SIMULATION : Reason.PREDICT;
                return Optional.of(new Turn(n, aside.get().cardId(), deck, reason, null, 0));
            }
        }
        Prospect pick = draw(chain, random).orElseThrow();
        Turn previous = last.turn();
        return Optional.of(last.strong()
                ? new Turn(n, pick.cardId(), deck, Reason.FOLLOW_UP, previous.cardId(), previous.depth() + 1)
                : new Turn(n, pick.cardId(), deck, Reason.EASIER, previous.cardId(), previous.depth()));
    }

    /** Whether the visit opened at {@code visitStart} is its topic's first. */
    private static boolean firstVisit(List<Answered> history, int visitStart) {
        String deck = history.get(visitStart).turn().deck();
        for (int i = 0; i < visitStart; i++) {
            Turn t = history.get(i).turn();
            if (t.reason() == Reason.OPENER && t.deck().equals(deck)) {
                return false;
            }
        }
        return true;
    }

    /** The topic's place in the plan; -1 when the pool changed under a running interview and dropped it. */
    private int topicIndex(String deck) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).deck().equals(deck)) {
                return i;
            }
        }
        return -1;
    }

    /** Follow-ups of {@code card} still to ask, in its topic (a card unknown to the pool has none). */
    private List<Prospect> followUps(Prospect card, Set<String> asked) {
        if (card == null) {
            return List.of();
        }
        List<Prospect> out = new ArrayList<>();
        for (String id : card.followUps()) {
            Prospect p = cards.get(id);
            if (p != null && p.deck().equals(card.deck()) && !asked.contains(id)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(Prospect::cardId));
        return out;
    }

    /** After a weak answer: the cards leading to it, else conversation cards of the nearest lower level. */
    private List<Prospect> easier(Prospect card, Set<String> asked) {
        if (card == null) {
            return List.of();
        }
        List<Prospect> clarifying = candidates(card.deck(), asked, p -> p.followUps().contains(card.cardId()));
        if (!clarifying.isEmpty()) {
            return clarifying;
        }
        List<Prospect> lower = candidates(card.deck(), asked,
                p -> p.level() < card.level() && !MIXED_IN.contains(p.kind()));
        int level = lower.stream().mapToInt(Prospect::level).max().orElse(0);
        return lower.stream().filter(p -> p.level() == level).toList();
    }

    /**
     * A visit opens with a recall card when one is left: a free-text answer scored on key points
     * is the heart of an interview, and a visit may be one question long, so only the opener
     * guarantees the topic gets one. Else a choice or exact card, else whatever the topic still has.
     */
    private List<Prospect> openers(String deck, Set<String> asked) {
        List<Prospect> recall = candidates(deck, asked, p -> p.kind() == CardKind.RECALL);
        if (!recall.isEmpty()) {
            return nearestLevel(recall);
        }
        List<Prospect> conversation = candidates(deck, asked, p -> !MIXED_IN.contains(p.kind()));
        return nearestLevel(conversation.isEmpty() ? candidates(deck, asked, p -> true) : conversation);
    }

    /** The cards at the level nearest the target; on a tie between one below and one above, the lower. */
    private List<Prospect> nearestLevel(List<Prospect> from) {
        int target = settings.level().cardLevel();
        Comparator<Integer> nearness = Comparator.<Integer>comparingInt(l -> Math.abs(l - target))
                .thenComparingInt(l -> l);
        Optional<Integer> best = from.stream().map(Prospect::level).min(nearness);
        return best.map(level -> from.stream().filter(p -> p.level() == level).toList()).orElse(List.of());
    }

    private List<Prospect> candidates(String deck, Set<String> asked, Predicate<Prospect> filter) {
        List<Prospect> out = new ArrayList<>();
        for (Prospect p : cards.values()) {
            if (p.deck().equals(deck) && !asked.contains(p.cardId()) && filter.test(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** One card, drawn with probability proportional to its {@link #weight}; the list is in id order. */
    private static Optional<Prospect> draw(List<Prospect> from, SplittableRandom random) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        double total = from.stream().mapToDouble(Interviewer::weight).sum();
        double x = random.nextDouble() * total;
        for (Prospect p : from) {
            x -= weight(p);
            if (x < 0) {
                return Optional.of(p);
            }
        }
        return Optional.of(from.get(from.size() - 1));
    }

    private List<TopicSlot> makePlan() {
        Map<String, Integer> sizes = new TreeMap<>();
        cards.values().forEach(p -> sizes.merge(p.deck(), 1, Integer::sum));
        List<String> decks = new ArrayList<>(sizes.keySet());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = decks.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            decks.set(j, decks.set(i, decks.get(j)));
        }
        int topics = Math.min(decks.size(), Math.max(1, settings.minutes() / MIN_TOPIC_MINUTES));
        decks = decks.subList(0, topics);

        int spare = settings.minutes() - topics * MIN_TOPIC_MINUTES;
        long totalCards = decks.stream().mapToLong(sizes::get).sum();
        int[] minutes = new int[topics];
        double[] fraction = new double[topics];
        int given = 0;
        for (int i = 0; i < topics; i++) {
            double share = spare * sizes.get(decks.get(i)) / (double) totalCards;
            minutes[i] = MIN_TOPIC_MINUTES + (int) share;
            fraction[i] = share - (int) share;
            given += (int) share;
        }
        // Largest remainder; the sort is stable, so ties go to the earlier topic.
        List<Integer> byFraction = IntStream.range(0, topics).boxed()
                .sorted(Comparator.comparingDouble(i -> -fraction[i])).toList();
        for (int r = 0; r < spare - given; r++) {
            minutes[byFraction.get(r)]++;
        }
        List<TopicSlot> slots = new ArrayList<>();
        long from = 0;
        for (int i = 0; i < topics; i++) {
            long until = from + minutes[i] * 60_000L;
            slots.add(new TopicSlot(decks.get(i), from, until));
            from = until;
        }
        return List.copyOf(slots);
    }
}
