package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.registry.Simulations;

class GcSimulationTest {

    @Test
    void bothSimulationsAreRegistered() {
        assertTrue(Simulations.find("gc.mark").isPresent());
        assertTrue(Simulations.find("gc.pacer").isPresent());
    }

    /** A lost question redraws its schedule until one loses an object (about 40 ms each), so fewer seeds. */
    @ParameterizedTest(name = "gc.mark ask={0}: {1} seeds give answerable questions")
    @CsvSource({"freed, 1000", "colour, 1000", "lost, 200"})
    void everyMarkQuestionHasAnAcceptedAnswerAndATrace(String ask, int seeds) {
        MarkSimulation sim = new MarkSimulation();
        for (long seed = 0; seed < seeds; seed++) {
            Question q = sim.question(seed, GoVersion.VERIFIED, Map.of("ask", "[" + ask + "]",
                    "barrier", "[hybrid, dijkstra, yuasa, none]", "objects", "3..8", "steps", "1..24"));
            assertTrue(q.accepts(q.answer()), q.answer());
            assertFalse(q.trace().isEmpty());
            if (ask.equals("lost")) {
                assertTrue(q.trace().get(q.trace().size() - 1).text().contains("hybrid barrier"), q.question());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameQuestion() {
        MarkSimulation sim = new MarkSimulation();
        assertEquals(sim.question(42, GoVersion.VERIFIED, Map.of()), sim.question(42, GoVersion.VERIFIED, Map.of()));
        PacerSimulation pacer = new PacerSimulation();
        assertEquals(pacer.question(42, GoVersion.VERIFIED, Map.of()), pacer.question(42, GoVersion.VERIFIED, Map.of()));
    }

    @ParameterizedTest(name = "gc.pacer on Go {0}: 500 seeds give answerable questions")
    @CsvSource({"1.17", "1.18", "1.19"})
    void everyPacerQuestionHasAnAcceptedAnswer(String version) {
        PacerSimulation sim = new PacerSimulation();
        for (long seed = 0; seed < 500; seed++) {
            Question q = sim.question(seed, GoVersion.parse(version), Map.of());
            assertTrue(q.accepts(q.answer()), q.answer());
            assertTrue(q.accepts(PacerSimulation.group(Long.parseLong(q.answer().replace("none", "0"))))
                    || q.answer().equals("none"));
        }
    }

    @ParameterizedTest(name = "the card ranges liveMiB {0}, gogc {1}, ask {2} always land in the {3} regime")
    @CsvSource(textBlock = """
            4..16,  0..5,    [goal], SWEEP_DISTANCE
            4..256, 25..400, [goal], GOGC
            """)
    void aCardsNarrowedRangesShowTheOnePhenomenonItTeaches(String live, String gogc, String ask, String regime) {
        PacerSimulation sim = new PacerSimulation();
        for (long seed = 0; seed < 500; seed++) {
            Question q = sim.question(seed, GoVersion.VERIFIED, Map.of("liveMiB", live, "gogc", gogc, "ask", ask));
            PacerSimulation.PacerState s = (PacerSimulation.PacerState) q.trace().get(0).state();
            assertEquals(regime, s.regime(), q.question());
        }
    }
}
