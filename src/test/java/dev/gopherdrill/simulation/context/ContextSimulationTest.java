package dev.gopherdrill.simulation.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.registry.Simulations;

class ContextSimulationTest {

    private final ContextSimulation sim = new ContextSimulation();

    @Test
    void theSimulationIsRegisteredAsContextTree() {
        assertTrue(Simulations.find("context.tree").isPresent());
    }

    @Test
    void aSeedNamesTheSameQuestionEveryTime() {
        Question a = sim.question(42, new GoVersion(1, 19), Map.of());
        Question b = sim.question(42, new GoVersion(1, 19), Map.of());
        assertEquals(a, b);
    }

    @Test
    void theAnswerIsTheVerificationsStdoutAndIsAccepted() {
        for (long seed = 0; seed < 50; seed++) {
            Question q = sim.question(seed, new GoVersion(1, 19), Map.of());
            assertEquals(q.answer() + "\n", q.verification().stdout());
            assertTrue(q.accepts(q.answer().replace('\n', ' ')), q.answer());
            assertTrue(q.question().contains(q.verification().program()));
        }
    }

    @ParameterizedTest(name = "focus {0} is refused on Go {1}")
    @CsvSource(textBlock = """
            cause,     1.19
            afterfunc, 1.19
            afterfunc, 1.20
            """)
    void focusesThatDoNotCompileOnTheReleaseAreRefused(String focus, String version) {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> sim.question(1, GoVersion.parse(version), Map.of("focus", focus)));
        assertEquals("params.focus", e.field());
    }

    @Test
    void anyFocusOnAnOldReleaseDrawsOnlyWhatItHas() {
        for (long seed = 0; seed < 200; seed++) {
            String program = sim.question(seed, new GoVersion(1, 19), Map.of()).verification().program();
            for (String api : new String[] {"Cause", "AfterFunc", "WithoutCancel"}) {
                assertTrue(!program.contains(api), "seed " + seed + " uses " + api + " on Go 1.19:\n" + program);
            }
        }
    }

    @ParameterizedTest(name = "Go 1.21 questions with focus {0} use the 1.21 API")
    @CsvSource({"cause, Cause", "afterfunc, AfterFunc"})
    void newerReleasesAskAboutTheirAdditions(String focus, String api) {
        for (long seed = 0; seed < 20; seed++) {
            Question q = sim.question(seed, new GoVersion(1, 21), Map.of("focus", focus));
            assertTrue(q.verification().program().contains("context." + api), q.verification().program());
        }
    }

    @Test
    void everyFocusAndEveryTreeSizeIsDrawn() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            Question q = sim.question(seed, new GoVersion(1, 21), Map.of());
            seen.add(q.params().get("focus"));
            seen.add("contexts=" + q.params().get("contexts"));
        }
        for (String s : new String[] {"err", "value", "deadline", "done", "type", "cause", "afterfunc",
                "contexts=3", "contexts=7"}) {
            assertTrue(seen.contains(s), s + " never drawn: " + seen);
        }
    }

    @Test
    void everyStepCarriesTheTreeForThePicture() {
        Question q = sim.question(3, new GoVersion(1, 19), Map.of("contexts", "5"));
        q.trace().forEach(step -> assertTrue(step.state() instanceof ContextModel.State, step.text()));
        ContextModel.State last = (ContextModel.State) q.trace().get(q.trace().size() - 1).state();
        assertEquals(6, last.nodes().size());
    }
}
