package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.registry.Simulations;

/**
 * The question generator on its own (the differential test proves its programs on real
 * Go). The golden answers below were read off {@code go build -gcflags='-m -l'} on Go 1.19.8
 * for the programs these parameters draw.
 */
class EscapeSimulationTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);
    private final EscapeSimulation sim = new EscapeSimulation();

    @ParameterizedTest(name = "{0} of {1} margin {2} ({3}): {4}")
    @CsvSource(textBlock = """
            make-size, byte,   0, constant,   no
            make-size, byte,   1, constant,   yes
            make-size, int64,  0, expression, no
            make-size, int64,  1, expression, yes
            make-size, int32, -3, variable,   yes
            new-size,  byte,   0, constant,   no
            new-size,  int64,  1, constant,   yes
            var-size,  byte,   0, constant,   none
            var-size,  byte,   1, constant,   table
            var-size,  int64,  1, constant,   table
            """)
    void sizeLimitsDecideAtSixtyFourKibAndTenMib(String c, String elem, int margin, String length, String answer) {
        for (long seed = 0; seed < 8; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of("case", "[" + c + "]", "elem", "[" + elem + "]",
                    "margin", Integer.toString(margin), "length", "[" + length + "]"));
            assertEquals(answer, q.answer(), q.question());
        }
    }

    @Test
    void aCapturedArrayOverOneHundredTwentyEightBytesMovesOnlyWhenTheClosureOutlivesTheCall() {
        for (long seed = 0; seed < 40; seed++) {
            Question small = sim.question(seed, GO_1_19, Map.of("case", "[closure-capture]", "elem", "[int64]",
                    "margin", "0"));
            Question big = sim.question(seed, GO_1_19, Map.of("case", "[closure-capture]", "elem", "[int64]",
                    "margin", "1"));
            String program = big.verification().program();
            boolean outlives = program.contains("return func") || program.contains("go func");
            assertFalse(small.answer().contains("table"), small.question());
            assertEquals(outlives, big.answer().contains("table"), big.question());
            assertEquals(outlives && program.contains("count++"), big.answer().contains("count"), big.question());
        }
    }

    @Test
    void theSameSeedAndRangesGiveTheSameQuestion() {
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(sim.question(seed, GO_1_19, Map.of()), sim.question(seed, GO_1_19, Map.of()));
        }
    }

    @Test
    void everyQuestionAcceptsItsAnswerAndCarriesTheAnalyzersLinesAsItsVerification() {
        for (long seed = 0; seed < 200; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of());
            assertTrue(q.accepts(q.answer()), q.question());
            assertFalse(q.accepts("maybe"), q.question());
            List<String> lines = EscapeAnalyzer.analyze(q.verification().program()).lines();
            assertEquals(lines.stream().map(l -> "./main.go:" + l + "\n").reduce("", String::concat),
                    q.verification().stdout());
            assertTrue(q.verification().program().startsWith("package main\n") && q.verification().program()
                    .endsWith("func main() {}\n"), q.verification().program());
            assertTrue(q.question().contains(q.params().get("program")));
        }
    }

    @Test
    void theTraceHasOneStepPerDiagnosticWithItsPathThenTheAnswer() {
        for (long seed = 0; seed < 60; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of());
            Analysis a = EscapeAnalyzer.analyze(q.verification().program());
            List<Step> trace = q.trace();
            int offset = a.diagnostics().isEmpty() ? 1 : 0;
            assertEquals(a.diagnostics().size() + offset + 1, trace.size(), q.question());
            for (int i = 0; i < a.diagnostics().size(); i++) {
                Diagnostic d = a.diagnostics().get(i);
                assertTrue(trace.get(i).text().startsWith(d.text()), trace.get(i).text());
                for (String hop : d.path()) {
                    assertTrue(trace.get(i).text().contains(hop), trace.get(i).text());
                }
                EscapeSimulation.State s = (EscapeSimulation.State) trace.get(i).state();
                assertEquals(d.line() + ":" + d.col() + ": " + s.message(), d.text());
            }
            assertTrue(trace.get(trace.size() - 1).text().startsWith("Answer: " + q.answer()));
        }
    }

    @Test
    void aHeapAnswerIsAcceptedInAnyOrderAndNoneOnlyWhenNothingMoves() {
        boolean sawTwo = false;
        for (long seed = 0; seed < 200 && !sawTwo; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of("case", "[return-pointer]"));
            String[] names = q.answer().split(", ");
            if (names.length == 2) {
                sawTwo = true;
                assertTrue(q.accepts(names[1] + " " + names[0]));
                assertTrue(q.accepts(names[0] + ", " + names[1]));
                assertFalse(q.accepts(names[0]));
                assertFalse(q.accepts("none"));
            }
        }
        assertTrue(sawTwo, "pick(big bool) never drawn");
    }

    @Test
    void aQuestionAboutOneVariableAlsoTakesYesOrNo() {
        Question moved = sim.question(1, GO_1_19, Map.of("case", "[var-size]", "margin", "1"));
        Question kept = sim.question(1, GO_1_19, Map.of("case", "[var-size]", "margin", "0"));
        assertTrue(moved.accepts("table") && moved.accepts("yes") && !moved.accepts("no"), moved.question());
        assertTrue(kept.accepts("none") && kept.accepts("no") && !kept.accepts("yes"), kept.question());
        assertTrue(moved.question().contains("Does the compiler move the variable `table` to the heap"));
        Question two = sim.question(1, GO_1_19, Map.of("case", "[closure-capture]"));
        assertFalse(two.accepts("yes") || two.accepts("no"), two.question());
    }

    @Test
    void aParameterQuestionIsAnsweredWithTheCompilersMessage() {
        for (long seed = 0; seed < 60; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of("case", "[param-leak]"));
            assertTrue(q.answer().matches("\\w+ does not escape|leaking param( content)?: \\w+"
                    + "|leaking param: \\w+ to result (~r\\d|\\w+) level=\\d"), q.answer());
            assertTrue(q.verification().stdout().contains(": " + q.answer() + "\n"), q.verification().stdout());
        }
    }

    @Test
    void onlyGoOneNineteenAndTheDocumentedRangesAreAccepted() {
        assertThrows(SimulationInputException.class, () -> sim.question(1, new GoVersion(1, 20), Map.of()));
        assertThrows(SimulationInputException.class, () -> sim.question(1, GO_1_19, Map.of("margin", "9")));
        assertThrows(SimulationInputException.class, () -> sim.question(1, GO_1_19, Map.of("case", "[goto]")));
        assertEquals(List.of(GO_1_19), sim.verifiedOn());
        assertTrue(Simulations.find(EscapeSimulation.ID).isPresent());
    }

    @Test
    void everyCaseCanBeAskedAlone() {
        for (EscapePrograms.Case c : EscapePrograms.Case.values()) {
            Question q = sim.question(3, GO_1_19, Map.of("case", "[" + c.id + "]"));
            assertEquals(c.id, q.params().get("case"));
            assertTrue(q.params().containsKey("ask") && q.params().containsKey("bytes"));
        }
    }
}
