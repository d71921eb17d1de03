package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;
import dev.gopherdrill.testing.VerificationBatch;

/**
 * {@link Pacer} against the real Go 1.19 runtime: the verification programs of generated
 * {@code gc.pacer} questions, batched into one process (each program's {@code main} a function
 * called in turn). Each run prints the pacer inputs it saw and NextGC; the model's goal for those
 * printed inputs must be within {@link PacerPrograms#TOLERANCE} of the printed NextGC.
 *
 * Batching is sound here because every program measures its own state: it replaces the previous
 * program's live heap, sets its own GOGC and limit, and reads heapMarked, mappedReady and heapFree
 * after its own forced GC. The stack term is read back per program (see {@link PacerPrograms}).
 */
@GoTest
class PacerDifferentialTest {

    static final int SEEDS = 320;
    private static final GoVersion GO_1_19 = new GoVersion(1, 19);
    private static final Path WORK = Path.of("target", "go-work", "gc-pacer").toAbsolutePath();

    @Test
    void everyGeneratedQuestionsProgramPrintsTheNextGcTheModelComputesForItsInputs() throws Exception {
        GoToolchain go = GoToolchain.require();
        PacerSimulation sim = new PacerSimulation();
        List<Question> questions = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            // 4..48 MiB keeps one process under ~15 s; the formula does not change with size.
            questions.add(sim.question(seed, GO_1_19, Map.of("liveMiB", "4..48")));
        }
        List<String> outputs = VerificationBatch.run(go, WORK, questions.stream().map(q -> q.verification().program()).toList());
        List<String> failures = new ArrayList<>();
        Map<Pacer.Regime, Integer> regimes = new EnumMap<>(Pacer.Regime.class);
        double worst = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Optional<PacerPrograms.Check> c = PacerPrograms.check(GO_1_19, outputs.get(i));
            if (c.isEmpty()) {
                failures.add("seed " + q.seed() + ": unreadable output\n" + outputs.get(i));
                continue;
            }
            PacerPrograms.Check check = c.get();
            regimes.merge(Pacer.goal(GO_1_19, check.inputs()).regime(), 1, Integer::sum);
            worst = Math.max(worst, check.relativeError());
            long stack = check.inputs().stackScan();
            if (!check.matches() || stack < 1_024 || stack > 65_536) {
                failures.add("seed " + q.seed() + ": " + PacerPrograms.describe(check) + ", stack read back " + stack
                        + "\nprogram:\n" + q.verification().program() + "\nexpected (typical):\n"
                        + q.verification().stdout() + "actual:\n" + outputs.get(i));
            }
        }
        System.out.println(String.format(Locale.ROOT, "gc.pacer differential: %d cases, %d mismatches, worst relative "
                + "error %.2e, regimes %s", questions.size(), failures.size(), worst, regimes));
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
        assertEquals(SEEDS, questions.size());
    }
}
