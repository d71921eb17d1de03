package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.escape.EscapePrograms.Case;
import dev.gopherdrill.simulation.escape.EscapePrograms.Escapes;
import dev.gopherdrill.simulation.escape.EscapePrograms.Program;

/**
 * The templates on their own: every question points at a diagnostic the analyzer prints
 * (the differential test proves those lines on real Go), and every case asks something whose
 * answer differs between draws.
 */
class EscapeProgramsTest {

    /** Draws per case: enough to hit every form of every template several times. */
    private static final int DRAWS = 40;

    @Test
    void everyTemplateAsksAboutADiagnosticTheAnalyzerPrintsAndHasMoreThanOneAnswer() {
        Map<Case, TreeSet<String>> answers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        SplittableRandom params = new SplittableRandom(7);
        for (Case c : Case.values()) {
            for (int i = 0; i < DRAWS; i++) {
                String elem = EscapePrograms.ELEMENT_NAMES.get(params.nextInt(3));
                int margin = params.nextInt(-3, 4);
                String length = EscapePrograms.LENGTHS.get(params.nextInt(3));
                Program p = EscapePrograms.build(c, elem, margin, length, new SplittableRandom(i));
                try {
                    String answer = EscapeAnswers.of(p.ask(), EscapeAnalyzer.analyze(p.source()).lines()).text();
                    answers.computeIfAbsent(c, k -> new TreeSet<>()).add(answer);
                } catch (IllegalStateException ex) {
                    failures.add(c.id + " draw " + i + ": " + ex.getMessage() + "\n" + p.source());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        for (Case c : Case.values()) {
            assertTrue(answers.get(c).size() >= 2, c.id + " always answers " + answers.get(c));
        }
    }

    @ParameterizedTest(name = "{0} {1} elements over the limit: {2}")
    @CsvSource(textBlock = """
            byte,   0, 65536
            byte,   1, 65537
            int64,  0, 8192
            int64, -2, 8190
            int32,  3, 16387
            """)
    void makeSizesCountElementsFromTheSixtyFourKibLimit(String elem, int margin, long expected) {
        assertEquals(expected, EscapePrograms.count(EscapePrograms.IMPLICIT_LIMIT, elem, margin));
        Program p = EscapePrograms.build(Case.MAKE_SIZE, elem, margin, "constant", new SplittableRandom(1));
        assertTrue(p.source().contains("make([]" + elem + ", " + expected + ")"), p.source());
    }

    @ParameterizedTest(name = "{0} {1}: make([]{0}, {2})")
    @CsvSource(textBlock = """
            byte,   1, 64<<10+1
            byte,   0, 64<<10
            int64, -2, 8<<10-2
            int32,  0, 16<<10
            """)
    void constantExpressionLengthsAreWrittenAsGofmtWritesThem(String elem, int margin, String written) {
        Program p = EscapePrograms.build(Case.MAKE_SIZE, elem, margin, "expression", new SplittableRandom(1));
        assertTrue(p.source().contains("make([]" + elem + ", " + written + ")"), p.source());
    }

    @Test
    void theEscapesAskPointsAtTheOpeningParenthesisOfMakeWithATabCountedAsOneColumn() {
        Program p = EscapePrograms.build(Case.MAKE_SIZE, "byte", 1, "constant", new SplittableRandom(1));
        Escapes e = (Escapes) p.ask();
        String line = p.source().lines().toList().get(e.line() - 1);
        assertEquals('(', line.charAt(e.col() - 1), line);
        assertTrue(line.startsWith("\t") && line.contains(" := make("), line);
    }

    @Test
    void theClosureArrayCrossesOneHundredTwentyEightBytesAtMarginOne() {
        assertEquals(16, EscapePrograms.count(EscapePrograms.CAPTURE_BY_VALUE_LIMIT, "int64", 0));
        assertEquals(129, EscapePrograms.count(EscapePrograms.CAPTURE_BY_VALUE_LIMIT, "byte", 1));
        assertEquals(10 * 1024 * 1024 + 1, EscapePrograms.count(EscapePrograms.EXPLICIT_LIMIT, "byte", 1));
    }
}
