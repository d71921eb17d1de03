package dev.gopherdrill.simulation.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoBatch;
import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Verification;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The context model against the real Go 1.19 toolchain: generated questions batched into
 * one program (each question's {@code main} a function printing into its own buffer, all
 * run at once, so their three-second sleeps overlap), built and run once; a few
 * verification programs built and run verbatim; and the golden scenarios of
 * {@link ContextModelTest} re-run so their recorded outputs stay true.
 *
 * No re-runs: the programs are deterministic by construction (see {@link ContextPrograms}),
 * so a single disagreement is a model bug.
 */
@GoTest
class ContextDifferentialTest {

    /** Generated questions per test run, spread over every focus Go 1.19 has. */
    static final int SEEDS = 600;

    /** Questions run verbatim, one build each. */
    static final int VERBATIM = 4;

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    private static final Path WORK = Path.of("target", "go-work", "context").toAbsolutePath();

    @Test
    void generatedQuestionsPrintWhatTheModelSaysOnRealGo() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        assertEquals("1.19", go.version(), "the differential test proves the model on Go 1.19");
        ContextSimulation sim = new ContextSimulation();
        List<Question> questions = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            questions.add(sim.question(seed, GO_1_19, Map.of()));
        }
        List<String> failures = runBatch(go, "batch", questions.stream().map(Question::verification).toList(),
                questions.stream().map(q -> "seed " + q.seed() + " (focus " + q.params().get("focus") + ")").toList());
        System.out.printf("context differential: %d cases on go%s, %d mismatches%n", questions.size(), go.version(),
                failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + questions.size()
                + " questions print something else on real Go:\n" + String.join("\n", failures));
    }

    @Test
    void verificationProgramsRunVerbatim() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        ContextSimulation sim = new ContextSimulation();
        List<String> failures = new ArrayList<>();
        String[] focuses = {"err", "deadline", "value", "type"};
        for (int i = 0; i < VERBATIM; i++) {
            Question q = sim.question(1000 + i, GO_1_19, Map.of("focus", focuses[i % focuses.length]));
            Verification v = q.verification();
            Path binary = go.buildOrFail(WORK.resolve("verbatim-" + i), v.program());
            GoToolchain.Run run = GoToolchain.exec(binary, List.of(), null);
            if (run.exit() != 0 || !run.stdout().equals(v.stdout())) {
                failures.add(report("seed " + q.seed(), v.program(), v.stdout(), run.stdout() + run.stderr()));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theGoldenScenariosStillMatchRealGo() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        List<Verification> verifications = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ContextModelTest.Golden g : ContextModelTest.GOLDEN) {
            verifications.add(new Verification("1.19", ContextPrograms.program(g.scenario()),
                    String.join("\n", g.stdout()) + "\n", 0, ""));
            names.add(g.name());
        }
        List<String> failures = runBatch(go, "golden", verifications, names);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> runBatch(GoToolchain go, String dir, List<Verification> verifications,
                                         List<String> names) throws IOException, InterruptedException {
        Map<String, String> functions = new LinkedHashMap<>();
        for (int i = 0; i < verifications.size(); i++) {
            functions.put("s" + i, ContextPrograms.asFunction(verifications.get(i).program(), "s" + i));
        }
        Path binary = go.buildOrFail(WORK.resolve(dir), ContextPrograms.batch(functions));
        GoToolchain.Run run = GoToolchain.exec(binary, List.of(), null);
        assertEquals(0, run.exit(), "the batch program failed:\n" + run.stderr());
        List<String> outputs = GoBatch.split(run.stdout(), verifications.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < verifications.size(); i++) {
            Verification v = verifications.get(i);
            if (!outputs.get(i).equals(v.stdout())) {
                failures.add(report(names.get(i), v.program(), v.stdout(), outputs.get(i)));
            }
        }
        return failures;
    }

    private static String report(String what, String program, String expected, String actual) {
        return "=== " + what + "\n" + program + "--- model:\n" + expected + "--- go:\n" + actual;
    }
}
