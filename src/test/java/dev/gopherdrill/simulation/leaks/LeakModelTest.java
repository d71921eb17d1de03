package dev.gopherdrill.simulation.leaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.channels.ChannelModel.Status;
import dev.gopherdrill.simulation.leaks.LeakModel.GoroutineView;
import dev.gopherdrill.simulation.leaks.LeakModel.LeakRun;
import dev.gopherdrill.simulation.leaks.LeakModel.LeakState;
import dev.gopherdrill.simulation.leaks.LeakScenario.Pattern;

class LeakModelTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    /**
     * The verification program's stdout (the count, then {@code leaked()}'s lines joined
     * by " | "), recorded on go1.19.8 linux/amd64 from the program
     * {@link LeakPrograms#verification} prints, run alone and batched, the same every
     * time; {@code LeakDifferentialTest} re-runs the table on the installed toolchain.
     */
    static final String GOLDEN = """
            receiver, 1, 0, 0, false, 1, ''
            receiver, 2, 0, 0, false, 2, 1 chan send main.go:15
            receiver, 3, 0, 0, false, 3, 2 chan send main.go:15
            receiver, 4, 1, 0, false, 3, 2 chan send main.go:15
            receiver, 4, 3, 0, false, 1, ''
            receiver, 5, 2, 0, true,  1, ''
            timeout,  1, 0, 0, false, 2, 1 chan receive main.go:15
            timeout,  3, 0, 2, false, 4, 1 chan receive main.go:15 | 2 chan send main.go:16
            timeout,  3, 0, 2, true,  2, 1 chan receive main.go:15
            timeout,  4, 0, 4, true,  1, ''
            timeout,  5, 0, 0, true,  6, 5 chan receive main.go:15
            range,    1, 0, 0, false, 2, 1 chan receive main.go:15
            range,    3, 2, 5, false, 4, 3 chan receive main.go:15
            range,    3, 2, 5, true,  1, ''
            range,    2, 0, 3, true,  1, ''
            range,    4, 5, 1, false, 5, 4 chan receive main.go:15
            context,  4, 0, 2, false, 3, 2 select main.go:18
            context,  3, 0, 3, false, 1, ''
            context,  5, 0, 0, false, 6, 5 select main.go:18
            context,  4, 0, 2, true,  1, ''
            context,  1, 0, 0, true,  1, ''
            """;

    @ParameterizedTest(name = "{0} workers={1} buffer={2} jobs={3} fixed={4} → {5}")
    @CsvSource(textBlock = GOLDEN)
    void theModelPrintsWhatGoPrinted(String pattern, int workers, int buffer, int jobs, boolean fixed, int count,
                                     String places) {
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.of(pattern), workers, buffer, jobs, fixed), GO_1_19);
        assertEquals(count, run.numGoroutine(), () -> trace(run));
        assertEquals(places.isEmpty() ? List.of() : List.of(places.split(" \\| ")), run.places(), () -> trace(run));
    }

    /** Every program the parameters allow, against the closed form each pattern is known for. */
    @Test
    void everyProgramLeaksWhatItsPatternPredicts() {
        int programs = 0;
        for (Pattern p : Pattern.values()) {
            for (int n = 1; n <= LeakScenario.MAX_WORKERS; n++) {
                for (int b = 0; b <= LeakScenario.MAX_BUFFER; b++) {
                    for (int j = 0; j <= LeakScenario.MAX_JOBS; j++) {
                        if (j > n && (p == Pattern.TIMEOUT || p == Pattern.CONTEXT)) {
                            continue;
                        }
                        for (boolean fixed : new boolean[] {false, true}) {
                            LeakScenario s = new LeakScenario(p, n, b, j, fixed);
                            assertEquals(expectedCount(s), LeakModel.run(s, GO_1_19).numGoroutine(), s::toString);
                            programs++;
                        }
                    }
                }
            }
        }
        assertEquals(2 * (5 * 6 * 6 + 20 * 6 + 5 * 6 * 6 + 20 * 6), programs);
    }

    /** receiver: all but the one answer taken and the ones the buffer holds; the others as their fixes say. */
    private static int expectedCount(LeakScenario s) {
        int n = s.workers();
        return 1 + switch (s.pattern()) {
            case RECEIVER -> Math.max(0, n - 1 - s.resultsCap());
            case TIMEOUT -> s.fixed() ? n - s.jobs() : n;
            case RANGE -> s.fixed() ? 0 : n;
            case CONTEXT -> s.fixed() ? 0 : n - s.jobs();
        };
    }

    @Test
    void theLastStartedReplicaAnswersFirstAndTheFirstStartedFillsTheBuffer() {
        // g4 runs first from runnext and hands 4 to main; settling, g1 takes the one slot, g2 and g3 park
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.RECEIVER, 4, 1, 0, false), GO_1_19);
        assertEquals(List.of("g2", "g3"), run.leaked().stream().map(LeakModel.Leaked::goroutine).toList());
        assertTrue(text(run).contains("g4: results <- 4: main waits in results.recvq → hand over 4 directly"),
                () -> trace(run));
    }

    @Test
    void theBackendServesTheWaitingWorkersInTheOrderTheyParked() {
        // backend.recvq is g1, g2, g3: the two late answers wake g1 and g2, which park on their result channels
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.TIMEOUT, 3, 0, 2, false), GO_1_19);
        assertEquals(List.of("g1 chan send result <- id * 10", "g2 chan send result <- id * 10",
                        "g3 chan receive <-backend"),
                run.leaked().stream().map(l -> l.goroutine() + " " + l.waitReason() + " " + l.site().statement())
                        .toList());
        assertEquals(List.of("1 chan receive", "2 chan send"), run.blockedByReason());
    }

    @Test
    void everyCallWaitsForItsTimerWhileItsWorkerIsParkedOnTheBackend() {
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.TIMEOUT, 2, 0, 0, false), GO_1_19);
        List<String> texts = run.trace().stream().map(Step::text).toList();
        for (int k = 1; k <= 2; k++) {
            int parked = indexOf(texts, "g" + k + ": <-backend: no sender waiting");
            assertTrue(parked > 0 && texts.get(parked + 1).contains("timer" + k + " fires"), () -> trace(run));
        }
    }

    @Test
    void aCancelledContextFreesEveryWorkerLeftWithoutAJob() {
        // main only blocks on a send, which the next worker takes: the others first run after cancel()
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.CONTEXT, 4, 0, 2, true), GO_1_19);
        assertEquals(1, run.numGoroutine());
        assertTrue(text(run).contains("main: close(done): closed = 1, nobody is parked on done"), () -> trace(run));
        for (String g : List.of("g2", "g3")) {
            assertTrue(text(run).contains(g + ": select { case <-done; case <-work }: only case <-done is ready"),
                    () -> trace(run));
        }
    }

    @Test
    void settlingIsToldAsSettleNotAsABlockedMain() {
        for (Pattern p : Pattern.values()) {
            LeakRun run = LeakModel.run(new LeakScenario(p, 3, 1, 1, false), GO_1_19);
            assertFalse(text(run).contains("select (no cases)"), () -> trace(run));
            assertFalse(text(run).contains("deadlock"), () -> trace(run));
            assertTrue(text(run).contains("main calls settle()"), () -> trace(run));
            Step last = run.trace().get(run.trace().size() - 1);
            assertTrue(last.text().startsWith("main prints runtime.NumGoroutine(): " + run.numGoroutine()),
                    last::text);
        }
    }

    @Test
    void aGoroutineIsMarkedLeakedFromTheStepItParksForGood() {
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.TIMEOUT, 2, 0, 1, false), GO_1_19);
        // g2 parks on the backend in call 2 and is never answered: leaked from there on, also while main runs
        // g1 parks there too but is answered later: not leaked until it parks on result1
        int g2Parks = indexOf(run.trace().stream().map(Step::text).toList(), "g2: <-backend");
        LeakState atPark = (LeakState) run.trace().get(g2Parks).state();
        assertTrue(view(atPark, "g2").leaked());
        assertFalse(view(atPark, "g1").leaked());
        assertEquals(Status.WAITING, view(atPark, "g1").status());
        LeakState end = (LeakState) run.trace().get(run.trace().size() - 1).state();
        assertTrue(view(end, "g1").leaked() && view(end, "g2").leaked());
        assertEquals(List.of("result1"), view(end, "g1").blockedOn());
        assertEquals(3, end.numGoroutine());
    }

    @Test
    void aCallsChannelsAreDrawnOnlyOnceTheCallHasMadeThem() {
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.TIMEOUT, 3, 0, 0, false), GO_1_19);
        LeakState first = (LeakState) run.trace().get(2).state();
        assertEquals(List.of("backend", "result1", "timer1"),
                first.channels().stream().map(c -> c.name()).toList());
        LeakState end = (LeakState) run.trace().get(run.trace().size() - 1).state();
        assertEquals(List.of("backend", "result1", "result2", "result3"),
                end.channels().stream().map(c -> c.name()).toList());
    }

    @Test
    void theInvariantCheckRejectsACountThatIsNotTheLiveGoroutines() {
        LeakState wrong = new LeakState("first()", List.of(
                new GoroutineView("main", Status.RUNNING, null, List.of(), null, false),
                new GoroutineView("g1", Status.DEAD, null, List.of(), null, false)),
                List.of(), "main", null, List.of(), 2);
        assertThrows(IllegalStateException.class, () -> LeakModel.checkInvariants(wrong, false));
        LeakState early = new LeakState("fmt.Println(runtime.NumGoroutine())", List.of(
                new GoroutineView("main", Status.RUNNING, null, List.of(), null, false),
                new GoroutineView("g1", Status.RUNNABLE, null, List.of(), null, false)),
                List.of(), "main", "g1", List.of(), 2);
        assertThrows(IllegalStateException.class, () -> LeakModel.checkInvariants(early, true));
    }

    @Test
    void moreJobsThanWorkersIsRejectedForTheTimeoutAndContextPatterns() {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> new LeakScenario(Pattern.CONTEXT, 2, 0, 3, false));
        assertEquals("params.jobs", e.field());
        assertThrows(SimulationInputException.class, () -> new LeakScenario(Pattern.TIMEOUT, 1, 0, 2, false));
        assertEquals(3, new LeakScenario(Pattern.RANGE, 1, 0, 3, false).jobs());
        assertEquals("params.workers", assertThrows(SimulationInputException.class,
                () -> new LeakScenario(Pattern.RANGE, 0, 0, 0, false)).field());
    }

    @Test
    void theQuestionAboutTheFixShowsTheLeakyProgramAndVerifiesTheFixedOne() {
        LeakSimulation sim = new LeakSimulation();
        Question q = sim.question(3, GO_1_19, Map.of("pattern", "timeout", "workers", "3", "jobs", "2", "fix", "yes",
                "ask", "count"));
        assertTrue(q.question().contains("result := make(chan int)\n"), q::question);
        assertTrue(q.question().contains("where it belongs: `result := make(chan int, 1)`."), q::question);
        assertTrue(q.verification().program().contains("result := make(chan int, 1)\n"));
        assertTrue(q.verification().program().contains("\tleaked()\n"));
        assertEquals("2", q.answer());
        assertEquals(q.params().get("program"), "```go\n" + LeakPrograms.program(
                new LeakScenario(Pattern.TIMEOUT, 3, Integer.parseInt(q.params().get("buffer")), 2, false)).source()
                + "```");
    }

    @Test
    void theBlockedAnswerIsCountsByWaitReasonInAnyOrder() {
        LeakSimulation sim = new LeakSimulation();
        Question q = sim.question(1, GO_1_19, Map.of("pattern", "timeout", "workers", "3", "jobs", "2", "fix", "no",
                "ask", "blocked"));
        assertEquals("1 chan receive\n2 chan send", q.answer());
        assertTrue(q.accepts("2 chan send, 1 chan receive"));
        assertTrue(q.accepts("1 goroutine chan receive\n2 goroutines chan send"));
        assertFalse(q.accepts("3 chan send"));
        Question none = sim.question(1, GO_1_19, Map.of("pattern", "range", "fix", "yes", "ask", "blocked"));
        assertEquals("none", none.answer());
        assertTrue(none.accepts("None."));
    }

    @Test
    void theSameSeedGivesTheSameQuestionAndEverySeedOneThatSettles() {
        LeakSimulation sim = new LeakSimulation();
        Map<String, Integer> patterns = new LinkedHashMap<>();
        for (long seed = 0; seed < 400; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of());
            assertEquals(q, sim.question(seed, GO_1_19, Map.of()));
            patterns.merge(q.params().get("pattern"), 1, Integer::sum);
            assertTrue(q.accepts(q.answer()));
        }
        assertEquals(4, patterns.size(), patterns::toString);
        assertNotEquals(sim.question(1, GO_1_19, Map.of()), sim.question(2, GO_1_19, Map.of()));
    }

    @Test
    void thePictureShowsEachGoroutinesStateAndTheLeakedOnesInTheBadColour() {
        LeakRun run = LeakModel.run(new LeakScenario(Pattern.RECEIVER, 4, 1, 0, false), GO_1_19);
        String svg = LeakPicture.svg((LeakState) run.trace().get(run.trace().size() - 1).state(), Language.EN);
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
        for (String label : List.of("main: fmt.Println(runtime.NumGoroutine()) · NumGoroutine() = 3",
                "parked [chan send] on results at results &lt;- i · leaked", "returned: no longer counted",
                "sendq: g2 g3", "cap 1", "fill=\"var(--bad)\"")) {
            assertTrue(svg.contains(label), label + " missing in\n" + svg);
        }
        String early = LeakPicture.svg((LeakState) run.trace().get(5).state(), Language.EN);
        assertTrue(early.contains("parked [chan receive] on results"), early);
        assertFalse(early.contains("var(--bad)"), early);
    }

    private static GoroutineView view(LeakState s, String name) {
        return s.goroutines().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static String text(LeakRun run) {
        return String.join("\n", run.trace().stream().map(Step::text).toList());
    }

    private static String trace(LeakRun run) {
        List<String> lines = new ArrayList<>();
        run.trace().forEach(s -> lines.add("  " + s.text()));
        return "trace:\n" + String.join("\n", lines);
    }

    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
