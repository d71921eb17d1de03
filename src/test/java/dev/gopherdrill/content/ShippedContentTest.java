package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The decks in content/ load without a single problem, fully translated. */
class ShippedContentTest {

    private final ContentSet content = ContentDirectory.read(Path.of("content"));

    @Test
    void everyShippedCardLoadsWithoutProblems() {
        assertEquals("", content.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
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
}
