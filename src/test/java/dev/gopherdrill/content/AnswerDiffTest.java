package dev.gopherdrill.content;

import static dev.gopherdrill.content.AnswerDiff.Mark.MISSING;
import static dev.gopherdrill.content.AnswerDiff.Mark.SAME;
import static dev.gopherdrill.content.AnswerDiff.Mark.WRONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.content.AnswerDiff.Segment;

class AnswerDiffTest {

    /** A row written as text with [wrong] and (missing) runs marked, to keep the table readable. */
    private static String show(List<Segment> row) {
        return row.stream().map(s -> switch (s.mark()) {
            case SAME -> s.text();
            case WRONG -> "[" + s.text() + "]";
            case MISSING -> "(" + s.text() + ")";
        }).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10        | 10        | 10        | 10
            12        | 10        | 1[2]      | 1(0)
            1         | 10        | 1         | 1(0)
            100       | 10        | 10[0]     | 10
            [1 2 3]   | [1 2 4]   | [1 2 [3]] | [1 2 (4)]
            ab        | ba        | a[b]      | (b)a
            xyz       | abc       | [xyz]     | (abc)
            cap=8     | len=3 cap=8 | cap=8   | (len=3 )cap=8
            """)
    void eachCharacterIsMarkedSameWrongOrMissing(String typed, String expected, String typedRow, String expectedRow) {
        AnswerDiff.Comparison c = AnswerDiff.compare(typed, expected);
        assertEquals(typedRow, show(c.typed()));
        assertEquals(expectedRow, show(c.expected()));
    }

    @Test
    void anEmptyAnswerMissesEverything() {
        AnswerDiff.Comparison c = AnswerDiff.compare("", "0x6");
        assertEquals(List.of(), c.typed());
        assertEquals(List.of(new Segment(MISSING, "0x6")), c.expected());
    }

    @Test
    void aMissingLineOfOutputIsMarkedAndTrailingLineEndsAreIgnored() {
        AnswerDiff.Comparison c = AnswerDiff.compare("a\nc\n", "a\nb\nc");
        assertEquals(List.of(new Segment(SAME, "a\nc")), c.typed());
        assertEquals("a\n(b\n)c", show(c.expected()));
    }

    @Test
    void runsWithTheSameMarkAreMerged() {
        AnswerDiff.Comparison c = AnswerDiff.compare("hello world", "hello wor1d");
        assertEquals(List.of(new Segment(SAME, "hello wor"), new Segment(WRONG, "l"), new Segment(SAME, "d")),
                c.typed());
    }

    @Test
    void answersTooLongToAlignAreWrongAsAWhole() {
        String longer = "x".repeat(AnswerDiff.MAXIMUM_ALIGNED_LENGTH + 1);
        AnswerDiff.Comparison c = AnswerDiff.compare(longer, "x");
        assertEquals(List.of(new Segment(WRONG, longer)), c.typed());
        assertEquals(List.of(new Segment(MISSING, "x")), c.expected());
    }
}
