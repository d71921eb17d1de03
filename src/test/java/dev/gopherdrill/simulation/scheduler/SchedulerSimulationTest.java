package dev.gopherdrill.simulation.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.registry.Simulations;

class SchedulerSimulationTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);
    private final SchedulerSimulation sim = new SchedulerSimulation();

    private Question ask(long seed, Map<String, String> ranges) {
        return sim.question(seed, GO_1_19, ranges);
    }

    @Test
    void isRegisteredAndCoversOnlyGo119() {
        assertTrue(Simulations.find("scheduler.run").isPresent());
        assertEquals(GO_1_19, sim.oldest());
        assertEquals(GO_1_19, sim.newest());
        assertThrows(SimulationInputException.class, () -> sim.question(1, new GoVersion(1, 20), Map.of()));
    }

    @Test
    void tenGoroutinesWithAWaitGroupNeedNoAlignmentAndAcceptTheOrderWithSpacesOrCommas() {
        Question q = ask(3, Map.of("goroutines", "10", "mainWaits", "[waitgroup]", "ask", "[order]"));
        assertEquals("9 0 1 2 3 4 5 6 7 8", q.answer());
        assertTrue(q.accepts("9, 0, 1, 2, 3, 4, 5, 6, 7, 8"));
        assertTrue(q.accepts("[9 0 1 2 3 4 5 6 7 8]"));
        assertTrue(q.accepts("9 0…8"));
        assertTrue(q.accepts("9, 0-8"));
        assertFalse(q.accepts("0 1 2 3 4 5 6 7 8 9"));
        assertFalse(q.verification().program().contains("alignSchedtick"));
        assertEquals("any", q.params().get("schedtick"));
        assertEquals("[9 0 1 2 3 4 5 6 7 8]\n", q.verification().stdout());
        assertTrue(q.question().contains("wg.Wait()"), q.question());
    }

    @ParameterizedTest(name = "Gosched with 100 goroutines from schedtick {0}: {1} ran")
    @CsvSource(textBlock = """
            0,  0
            1,  61
            2,  60
            30, 32
            60, 2
            """)
    void goschedQuestionsPinTheSchedtickAndCountWhatRanBeforeMain(int schedtick, int ran) {
        Question q = ask(1, Map.of("goroutines", "100", "mainWaits", "[gosched]", "ask", "[ran]", "schedtick",
                Integer.toString(schedtick)));
        assertEquals(Integer.toString(ran), q.answer());
        assertTrue(q.verification().program().contains("alignSchedtick(" + schedtick + ")"));
        assertTrue(q.question().contains("schedtick % 61 == " + schedtick), q.question());
        assertEquals(Integer.toString(schedtick), q.params().get("schedtick"));
    }

    @Test
    void whenNothingRunsBeforeMainTheAnswerIsNone() {
        Question q = ask(1, Map.of("goroutines", "5", "mainWaits", "[gosched]", "ask", "[first]", "schedtick", "0"));
        assertEquals("none", q.answer());
        assertTrue(q.accepts("nothing"));
        assertEquals("[]\n", q.verification().stdout());
    }

    @Test
    void longOrdersAreShownWithRuns() {
        Question q = ask(2, Map.of("goroutines", "300", "mainWaits", "[waitgroup]", "ask", "[order]", "schedtick",
                "1"));
        assertEquals("299 128…187 0 188…247 1 248…255 257…298 2…127 256", q.answer());
        assertTrue(q.accepts("299, 128-187, 0, 188-247, 1, 248-255, 257-298, 2-127, 256"));
        assertTrue(q.verification().program().contains("alignSchedtick(1)"));
    }

    @Test
    void firstAndLastAcceptTheGoroutineWithOrWithoutG() {
        Question first = ask(4, Map.of("goroutines", "40", "mainWaits", "[channel]", "ask", "[first]"));
        assertEquals("39", first.answer());
        assertTrue(first.accepts("g39"));
        Question last = ask(4, Map.of("goroutines", "40", "mainWaits", "[sleep]", "ask", "[last]"));
        assertEquals("38", last.answer());
    }

    @Test
    void theSameSeedGivesTheSameQuestion() {
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(ask(seed, Map.of()), ask(seed, Map.of()));
        }
    }

    @Test
    void everyQuestionsTraceEndsWithMainPrinting() {
        for (long seed = 0; seed < 30; seed++) {
            Question q = ask(seed, Map.of("goroutines", "1..60"));
            String last = q.trace().get(q.trace().size() - 1).text();
            assertTrue(last.contains("main prints"), last);
        }
    }
}
