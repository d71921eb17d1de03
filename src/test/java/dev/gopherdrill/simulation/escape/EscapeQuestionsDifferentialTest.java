package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The generated questions against the real Go 1.19 compiler: questions from consecutive seeds
 * (even seeds with every margin, odd ones with those next to each size limit) until
 * {@link #PROGRAMS} distinct programs are drawn, each compiled by one batched
 * {@code go build -gcflags='-m -l'} ({@link CompilerDiagnostics}),
 * and the compiler's lines compared, in order, with the analyzer's that the question's
 * verification carries and its answer was read from.
 */
@GoTest
class EscapeQuestionsDifferentialTest {

    /** Distinct programs to compile: questions are generated, seed after seed, until this many differ. */
    static final int PROGRAMS = 320;

    /** Seeds tried at most; the templates allow about 750 programs, so this is never reached unless they shrink. */
    static final int MAX_SEEDS = 5_000;

    private static final Path WORK = Path.of("target", "go-work", "escape-questions").toAbsolutePath();

    @Test
    void everyGeneratedQuestionsProgramPrintsWhatTheAnalyzerSaysOnRealGo() throws Exception {
        GoToolchain go = GoToolchain.require();
        EscapeSimulation sim = new EscapeSimulation();
        GoVersion installed = new GoVersion(go.major(), go.minor());
        assumeTrue(sim.supports(installed),
                "escape.heap covers Go 1.19 only, the installed Go is " + installed);

        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> firstNameOf = new LinkedHashMap<>();
        for (long seed = 0; sources.size() < PROGRAMS; seed++) {
            assertTrue(seed < MAX_SEEDS, "only " + sources.size() + " distinct programs in " + MAX_SEEDS + " seeds");
            Map<String, String> ranges = seed % 2 == 0 ? Map.of() : Map.of("margin", "[-1, 0, 1, 2]");
            Question q = sim.question(seed, installed, ranges);
            String name = "q" + seed;
            questions.put(name, q);
            String program = q.verification().program();
            if (!firstNameOf.containsKey(program)) {
                firstNameOf.put(program, name);
                sources.put(name, program);
            }
        }
        Map<String, List<String>> compiled = CompilerDiagnostics.of(go, WORK, sources);

        List<String> mismatches = new ArrayList<>();
        int diagnostics = 0;
        for (Map.Entry<String, Question> e : questions.entrySet()) {
            Question q = e.getValue();
            List<String> real = compiled.get(firstNameOf.get(q.verification().program())).stream()
                    .map(l -> "./main.go:" + l).toList();
            List<String> analyzer = q.verification().stdout().lines().toList();
            diagnostics += real.size();
            if (!real.equals(analyzer)) {
                mismatches.add("seed " + q.seed() + " " + q.params().get("case") + ":\n" + q.verification().program()
                        + "--- go 1.19:\n" + String.join("\n", real) + "\n--- analyzer:\n" + String.join("\n", analyzer));
            }
        }
        System.out.printf("escape.heap differential: %d generated questions (%d distinct programs, %d diagnostics) "
                + "compiled with go%s -gcflags='-m -l': %d mismatches%n", questions.size(), sources.size(), diagnostics,
                go.version(), mismatches.size());
        assertTrue(mismatches.isEmpty(), mismatches.size() + " programs print something else on real Go:\n"
                + String.join("\n\n", mismatches));
    }
}
