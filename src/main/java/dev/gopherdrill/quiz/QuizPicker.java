package dev.gopherdrill.quiz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which cards a quiz asks, in which order: Anki's custom study, over the cards the shell
 * found for the chosen decks and tags. Pure: the shell passes the candidates, today and a
 * seed, so the same inputs give the same quiz (and a test can say which).
 *
 * <ul>
 *   <li>{@link Selection#ALL}: every candidate, shuffled;</li>
 *   <li>{@link Selection#DUE_SOON}: cards already scheduled, soonest due first (overdue
 *       ones lead), so a quiz before a trip covers what the next days would ask;</li>
 *   <li>{@link Selection#WEAKEST}: cards already scheduled that have lapsed or lost ease,
 *       most lapses first, then lowest ease, then (FSRS) highest difficulty; a card that
 *       never lapsed and kept its starting ease is not weak and is left out;</li>
 *   <li>{@link Selection#NEW}: cards the learner has not met, in the decks' order.</li>
 * </ul>
 * Suspended cards are the shell's to leave out (as Anki's custom study does); ties are
 * broken by the shuffle, so two quizzes over the same weak cards do not repeat one order.
 */
public final class QuizPicker {

    /** The sizes a learner can choose. */
    public static final Set<Integer> SIZES = Set.of(10, 20, 50);

    /** SM-2's starting ease: a card still at it has never been graded below Good. */
    static final BigDecimal STARTING_EASE = new BigDecimal("2.50");

    public enum Selection {
        ALL, DUE_SOON, WEAKEST, NEW;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The selection named {@code id} ("due_soon"), or empty. */
        public static java.util.Optional<Selection> of(String id) {
            return java.util.Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
        }
    }

    /**
     * One card the quiz may ask, with the learner's state of it: {@code due} is null for a card
     * never scheduled (new), {@code difficulty} is null until FSRS has graded it.
     */
    public record Candidate(String cardId, int position, LocalDate due, int lapses, BigDecimal easeFactor,
                            Double difficulty) {
        boolean isNew() {
            return due == null;
        }

        boolean isWeak() {
            return !isNew() && (lapses > 0 || easeFactor.compareTo(STARTING_EASE) < 0);
        }
    }

    private QuizPicker() {
    }

    /** Up to {@code size} card ids for {@code selection}, in the order to ask them. */
    public static List<String> pick(List<Candidate> candidates, Selection selection, int size, long seed) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        // a fixed order first, so the shuffle depends on the seed alone and not on the query's row order
        shuffled.sort(Comparator.comparing(Candidate::cardId));
        shuffle(shuffled, new SplittableRandom(seed));
        List<Candidate> chosen = switch (selection) {
            case ALL -> shuffled;
            case DUE_SOON -> shuffled.stream().filter(c -> !c.isNew()).sorted(Comparator.comparing(Candidate::due))
                    .toList();
            case WEAKEST -> shuffled.stream().filter(Candidate::isWeak).sorted(Comparator
                    .comparingInt(Candidate::lapses).reversed()
                    .thenComparing(Candidate::easeFactor)
                    .thenComparing(c -> c.difficulty() == null ? 0 : -c.difficulty())).toList();
            case NEW -> shuffled.stream().filter(Candidate::isNew).sorted(Comparator.comparingInt(Candidate::position))
                    .toList();
        };
        return chosen.stream().limit(size).map(Candidate::cardId).toList();
    }

    /**
     * A simulation quiz: {@code size} questions drawn from the cards that ask that
     * simulation, taking them in turn (shuffled) so each card's question varies as much as
     * the others'; each item gets its own question seed.
     */
    public static List<String> cycle(List<String> simCards, int size, long seed) {
        if (simCards.isEmpty()) {
            return List.of();
        }
        List<String> order = new ArrayList<>(simCards.stream().sorted().toList());
        shuffle(order, new SplittableRandom(seed));
        List<String> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(order.get(i % order.size()));
        }
        return items;
    }

    /** The seed of item {@code position}'s question: unrelated to its neighbours' and to practice's seeds. */
    public static long questionSeed(long quizSeed, int position) {
        return new SplittableRandom(quizSeed ^ (0x9E3779B97F4A7C15L * (position + 1))).nextLong();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
