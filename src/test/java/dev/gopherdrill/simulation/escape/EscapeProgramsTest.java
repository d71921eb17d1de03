package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import dev.gopherdrill.testing.GoToolchain;

/**
 * The templates on their own, against the real compiler (no analyzer involved): every
 * program builds, every question points at a diagnostic the compiler really prints, and
 * every case asks something whose answer differs between draws.
 */
class EscapeProgramsTest {

    private static final Path WORK = Path.of("target", "go-work", "escape-programs").toAbsolutePath();

    /** Draws per case: enough to hit every form of every template several times. */
    private static final int DRAWS = 24;

    @Test
    void everyTemplateBuildsAndAsksAboutADiagnosticGoPrintsWithMoreThanOneAnswerPerCase() throws Exception {
        GoToolchain go = GoToolchain.require();
        Map<String, Program> programs = new LinkedHashMap<>();
        Map<String, Case> caseOf = new LinkedHashMap<>();
        SplittableRandom params = new SplittableRandom(7);
        for (Case c : Case.values()) {
            for (int i = 0; i < DRAWS; i++) {
                String elem = EscapePrograms.ELEMENT_NAMES.get(params.nextInt(3));
                int margin = params.nextInt(-3, 4);
                String length = EscapePrograms.LENGTHS.get(params.nextInt(3));
                String name = c.id + "-" + i;
                programs.put(name, EscapePrograms.build(c, elem, margin, length, new SplittableRandom(i)));
                caseOf.put(name, c);
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        programs.forEach((n, p) -> sources.put(n, p.source()));
        Map<String, List<String>> lines = CompilerDiagnostics.of(go, WORK, sources);

        Map<Case, TreeSet<String>> answers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Program> e : programs.entrySet()) {
            try {
                String answer = EscapeAnswers.of(e.getValue().ask(), lines.get(e.getKey())).text();
                answers.computeIfAbsent(caseOf.get(e.getKey()), k -> new TreeSet<>()).add(answer);
            } catch (IllegalStateException ex) {
                failures.add(e.getKey() + ": " + ex.getMessage() + "\n" + e.getValue().source());
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
