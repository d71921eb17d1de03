package dev.gopherdrill.simulation.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Verification;
import dev.gopherdrill.simulation.channels.ChannelModel.Outcome;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The channel model against the real Go toolchain: generated questions batched into one
 * program (each scenario a function, picked by {@code os.Args[1]}), built once and run
 * once per scenario; a few verification programs built and run verbatim; and the golden
 * cases of {@link ChannelModelTest} re-run so their recorded outputs stay true.
 *
 * <h2>Why a disagreeing run is re-run</h2>
 * {@code GOMAXPROCS=1} makes the order deterministic only while no goroutine loses the P
 * unexpectedly. On a loaded machine it sometimes does: {@code sysmon} retakes the P from a
 * goroutine whose {@code write} to stdout it sees in a syscall on two ticks (20 µs or more
 * apart) when the run queue is not empty ({@code retake → handoffp}), or preempts one whose
 * time slice, shared by everything that ran from {@code runnext}, passed 10 ms. Another
 * goroutine then runs early. Measured here with other builds running: 1–6 % of runs
 * (41 of 3000 on one pass, 58 of 1000 on a busier one), different seeds on every pass,
 * and every one printed the model's output when run again. A model bug is deterministic
 * and disagrees on every run, so a scenario fails only when {@link #RERUNS} more runs all
 * disagree too.
 */
@GoTest
class ChannelDifferentialTest {

    /** Generated questions proven per test run: about 35 s of process starts on two busy cores. */
    static final int SEEDS = 1000;

    /**
     * Extra runs for a scenario whose first run disagreed; see the class comment. On a
     * machine busy with other work sysmon interferes far more often (seen: one scenario
     * perturbed six runs in a row while two other test JVMs ran), so each re-run waits a
     * little for the load to pass.
     */
    static final int RERUNS = 20;
    private static final long RERUN_PAUSE_MS = 50;

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    private static final Path WORK = Path.of("target", "go-work", "channels").toAbsolutePath();

    @Test
    void generatedQuestionsPrintWhatTheModelSaysOnRealGo() throws IOException, InterruptedException {
        GoToolchain go = requireSupportedGo();
        ChannelSimulation sim = new ChannelSimulation();
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, String> functions = new LinkedHashMap<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of());
            String name = "s" + seed;
            questions.put(name, q);
            functions.put(name, ChannelPrograms.asFunction(q.verification().program(), name));
        }
        Path binary = go.buildOrFail(WORK.resolve("batch"), ChannelPrograms.batch(functions));

        List<String> failures = new ArrayList<>();
        int disagreedOnce = 0;
        for (Map.Entry<String, Question> e : questions.entrySet()) {
            Verification v = e.getValue().verification();
            GoToolchain.Run first = GoToolchain.exec(binary, List.of(e.getKey()), null);
            if (agrees(v, first)) {
                continue;
            }
            disagreedOnce++;
            if (!agreesOnRerun(binary, e.getKey(), v)) {
                failures.add(report("seed " + e.getValue().seed(), v, first));
            }
        }
        System.out.printf("channel differential: %d scenarios on go%s, %d disagreed once and agreed on a re-run, "
                + "%d mismatches%n", questions.size(), go.version(), disagreedOnce - failures.size(), failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + questions.size()
                + " scenarios print something else on real Go:\n" + String.join("\n", failures));
        assertTrue(disagreedOnce < questions.size() / 4, disagreedOnce + " first runs disagreed: too many for "
                + "sysmon to explain");
    }

    @Test
    void verificationProgramsRunVerbatim() throws IOException, InterruptedException {
        GoToolchain go = requireSupportedGo();
        ChannelSimulation sim = new ChannelSimulation();
        // One of each outcome, then two more, so every kind of Verification is exercised verbatim.
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        List<Question> picked = new ArrayList<>();
        for (long seed = 0; picked.size() < 5; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of());
            Outcome o = Outcome.valueOf(q.params().get("outcome").toUpperCase(java.util.Locale.ROOT));
            if (seen.add(o) || seen.size() == 3) {
                picked.add(q);
            }
        }
        List<String> failures = new ArrayList<>();
        for (Question q : picked) {
            Verification v = q.verification();
            Path binary = go.buildOrFail(WORK.resolve("verbatim-" + q.seed()), v.program());
            GoToolchain.Run run = GoToolchain.exec(binary, List.of(), null);
            if (!agrees(v, run) && !agreesOnRerun(binary, null, v)) {
                failures.add(report("seed " + q.seed(), v, run));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theGoldenCasesStillMatchRealGo() throws IOException, InterruptedException {
        GoToolchain go = requireSupportedGo();
        Map<String, String> functions = new LinkedHashMap<>();
        List<ChannelModelTest.Golden> golden = ChannelModelTest.GOLDEN;
        for (int i = 0; i < golden.size(); i++) {
            functions.put("golden" + i, ChannelPrograms.function(golden.get(i).scenario(), "golden" + i));
        }
        Path binary = go.buildOrFail(WORK.resolve("golden"), ChannelPrograms.batch(functions));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < golden.size(); i++) {
            ChannelModelTest.Golden g = golden.get(i);
            Verification v = new Verification(go.version(), ChannelPrograms.program(g.scenario()),
                    g.stdout().stream().map(l -> l + "\n").reduce("", String::concat), g.exitCode(),
                    g.stderrFirstLine());
            GoToolchain.Run run = GoToolchain.exec(binary, List.of("golden" + i), null);
            if (!agrees(v, run) && !agreesOnRerun(binary, "golden" + i, v)) {
                failures.add(report(g.name(), v, run));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theBatchProgramDispatchesOnItsArgument() {
        String batch = ChannelPrograms.batch(Map.of("s1", "func s1() {\n}\n"));
        assertTrue(batch.contains("case \"s1\":\n\t\ts1()\n"), batch);
        assertEquals(1, batch.split("func main\\(\\)", -1).length - 1);
    }

    private static GoToolchain requireSupportedGo() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        GoVersion installed = new GoVersion(go.major(), go.minor());
        ChannelSimulation sim = new ChannelSimulation();
        assumeTrue(sim.supports(installed), "the channel model covers Go " + sim.oldest() + " to " + sim.newest()
                + ", the installed Go is " + installed);
        return go;
    }

    private static boolean agrees(Verification v, GoToolchain.Run run) {
        return run.stdout().equals(v.stdout()) && run.exit() == v.exitCode()
                && run.firstStderrLine().equals(v.stderrFirstLine());
    }

    private static boolean agreesOnRerun(Path binary, String arg, Verification v)
            throws IOException, InterruptedException {
        for (int i = 0; i < RERUNS; i++) {
            Thread.sleep(RERUN_PAUSE_MS);
            if (agrees(v, GoToolchain.exec(binary, arg == null ? List.of() : List.of(arg), null))) {
                return true;
            }
        }
        return false;
    }

    private static String report(String what, Verification v, GoToolchain.Run run) {
        return "=== " + what + "\n" + v.program() + "--- model: exit " + v.exitCode() + ", stderr \""
                + v.stderrFirstLine() + "\", stdout:\n" + v.stdout() + "--- go: exit " + run.exit() + ", stderr \""
                + run.firstStderrLine() + "\", stdout:\n" + run.stdout();
    }
}
