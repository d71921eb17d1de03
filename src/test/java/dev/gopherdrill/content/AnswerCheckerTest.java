package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {

    private final AnswerChecker checker = new AnswerChecker();

    @ParameterizedTest(name = "\"{1}\" against \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
        3 6      | 3 6          | true
        3 6      | '  3,   6 '  | true
        16       | 0x10         | true
        0x10     | 16           | true
        16       | 0X10         | true
        16       | 17           | false
        3 6      | 3            | false
        runnext  | RunNext      | true
        runnext  | run next     | false
        -1       | -0x1         | true
        """)
    void exactAnswersIgnoreCaseSpacingCommasAndNumberBase(String accepted, String given, boolean same) {
        assertEquals(same, AnswerChecker.sameTokens(accepted, given));
    }

    @Test
    void anEmptyAnswerIsNeverRight() {
        assertFalse(AnswerChecker.sameTokens("6", "   "));
    }

    @Test
    void predictedOutputMustMatchLineByLine() {
        Card card = card(CardKind.PREDICT, List.of(), "1\n2\npanic: send on closed channel\n", List.of());
        assertTrue(checker.check(card, "\n1  \n2\npanic: send on closed channel\n\n").correct());
        assertFalse(checker.check(card, "1 2\npanic: send on closed channel").correct());
    }

    @Test
    void choicesAreRightOnlyWhenExactlyTheRightSetIsPicked() {
        Card card = card(CardKind.CHOICE, List.of(), null, List.of(true, false, true));
        assertTrue(checker.check(card, "0,2").correct());
        assertTrue(checker.check(card, "2 0").correct());
        assertFalse(checker.check(card, "0").correct());
        assertFalse(checker.check(card, "0,1,2").correct());
        assertFalse(checker.check(card, "0,2,9").correct());
        assertEquals("0,2", checker.check(card, "").expected());
        assertEquals(Set.of(-1), AnswerChecker.chosen("zero", 3));
    }

    private static Card card(CardKind kind, List<String> accept, String output, List<Boolean> choices) {
        CardText text = new CardText("t", "p", "", List.of(), "", List.of(), List.of());
        return new Card("x", "d", kind, GoRange.ANY, List.of(), 1, List.of(), false, "f", 1, accept, output, choices,
                null, Map.of("en", text));
    }
}
