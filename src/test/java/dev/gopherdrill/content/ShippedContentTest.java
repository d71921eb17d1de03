package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.registry.Simulations;

/** The decks in content/ load without a single problem, fully translated. */
class ShippedContentTest {

    private final ContentSet content = ContentDirectory.read(Path.of("content"));

    @Test
    void everyShippedCardLoadsWithoutProblems() {
        assertEquals("", content.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
    }

    /** The syllabus, as the content issue sets it: 13 decks, 200+ cards, each deck rich enough for an interview. */
    @Test
    void everyDeckOfTheSyllabusIsThereAndDeepEnough() {
        Map<String, java.util.List<Card>> decks = content.cards().stream().collect(Collectors.groupingBy(Card::deck));
        assertEquals(java.util.Set.of("slice", "map", "make-new", "interface", "goroutine", "channel", "gpm", "escape",
                "leak", "gc", "lifecycle", "context", "sync"), decks.keySet());
        assertTrue(content.cards().size() >= 200, "cards: " + content.cards().size());
        Map<String, Card> byId = content.cards().stream().collect(Collectors.toMap(Card::id, c -> c));
        decks.forEach((deck, cards) -> {
            assertTrue(cards.size() >= 12, deck + ": " + cards.size() + " cards");
            assertTrue(cards.stream().filter(c -> c.kind() == CardKind.PREDICT).count() >= 3, deck + ": predict");
            assertTrue(cards.stream().filter(c -> c.kind() == CardKind.CHOICE || c.kind() == CardKind.EXACT).count() >= 2,
                    deck + ": choice/exact");
            assertEquals(java.util.Set.of(1, 2, 3), cards.stream().map(Card::level).collect(Collectors.toSet()), deck);
            long chains = cards.stream().filter(c -> depth(c, byId) >= 3).count();
            assertTrue(chains >= 2, deck + ": cards that start a follow-up chain of depth 3: " + chains);
        });
    }

    /** Cards on the longest follow-up path starting at {@code c} (follow-ups have no cycles: the linter says so). */
    private static int depth(Card c, Map<String, Card> byId) {
        int deepest = 0;
        for (String f : c.followUps()) {
            deepest = Math.max(deepest, depth(byId.get(f), byId));
        }
        return 1 + deepest;
    }

    @Test
    void theSliceAndChannelDecksHaveAtLeastFifteenCardsEachInBothLanguages() {
        Map<String, Long> perDeck = content.cards().stream().collect(Collectors.groupingBy(Card::deck, Collectors.counting()));
        assertTrue(perDeck.getOrDefault("slice", 0L) >= 15, perDeck::toString);
        assertTrue(perDeck.getOrDefault("channel", 0L) >= 15, perDeck::toString);
        for (Card c : content.cards()) {
            assertTrue(c.texts().containsKey("zh"), c.id());
        }
    }

    @Test
    void checkedCardsAcceptTheirOwnAnswer() {
        AnswerChecker checker = new AnswerChecker();
        for (Card c : content.cards()) {
            switch (c.kind()) {
                case EXACT -> assertTrue(checker.check(c, c.accept().get(0)).correct(), c.id());
                case PREDICT -> assertTrue(checker.check(c, c.output()).correct(), c.id());
                case CHOICE -> assertTrue(checker.check(c, checker.check(c, "").expected()).correct(), c.id());
                case RECALL -> assertTrue(!c.text("en").answer().isBlank(), c.id());
                case SIM -> assertTrue(c.sim() != null, c.id());
            }
        }
    }

    /**
     * The linter only draws parameters 64 times (content is parsed at every start-up); here
     * every shipped sim card's simulation runs for 64 seeds, as practice will run it, and
     * each question accepts its own answer and carries a program to verify it.
     */
    @Test
    void everySimCardGeneratesSixtyFourQuestionsThatAcceptTheirAnswer() {
        int questions = 0;
        for (Card c : content.cards()) {
            if (c.kind() != CardKind.SIM) {
                continue;
            }
            Simulation sim = Simulations.find(c.sim().name()).orElseThrow();
            GoVersion v = SimulationCatalog.version(c.sim().name(), c.go()).orElseThrow();
            for (long seed = 0; seed < 64; seed++) {
                Question q = sim.question(seed, v, c.sim().params());
                assertTrue(q.accepts(q.answer()), c.id() + " seed " + seed);
                assertTrue(q.verification().program().startsWith("package main"), c.id() + " seed " + seed);
                questions++;
            }
        }
        assertTrue(questions >= 64 * 40, questions + " questions: fewer sim cards than shipped");
    }
}
