package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;
import dev.gopherdrill.testing.VerificationBatch;

/**
 * The marking model's end state against real Go 1.19: the verification programs of generated
 * {@code gc.mark} questions (every ask and barrier), batched into one process, must print exactly
 * the objects the model finds unreachable once the writes are done, and never fewer than the
 * model's cycle frees (for every barrier but {@code none}, whose lost objects Go keeps).
 */
@GoTest
class MarkDifferentialTest {

    static final int SEEDS = 320;
    private static final GoVersion GO_1_19 = new GoVersion(1, 19);
    private static final Path WORK = Path.of("target", "go-work", "gc-mark").toAbsolutePath();

    @Test
    void realGoFreesExactlyTheObjectsTheModelFindsUnreachable() throws Exception {
        GoToolchain go = GoToolchain.require();
        MarkSimulation sim = new MarkSimulation();
        List<Question> questions = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            questions.add(sim.question(seed, GO_1_19, Map.of("barrier", "[hybrid, dijkstra, yuasa, none]",
                    "objects", "3..8", "steps", "1..24")));
        }
        List<String> outputs = VerificationBatch.run(go, WORK, questions.stream().map(q -> q.verification().program()).toList());
        List<String> failures = new ArrayList<>();
        int floating = 0;
        int lost = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String expected = q.verification().stdout();
            if (!outputs.get(i).equals(expected)) {
                failures.add("seed " + q.seed() + "\nprogram:\n" + q.verification().program() + "\nexpected: "
                        + expected + "actual:   " + outputs.get(i));
            }
            if (q.params().get("ask").equals("lost")) {
                lost++;
            } else if (!q.params().get("ask").equals("colour") && !expected.equals("freed: " + q.answer() + "\n")) {
                floating++;
            }
        }
        System.out.println("gc.mark differential: " + questions.size() + " cases, " + failures.size()
                + " mismatches (" + lost + " lost-object questions, whose object Go keeps; " + floating
                + " freed questions with floating garbage)");
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }
}
