package dev.gopherdrill.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;

/**
 * Runs many verification programs that exit normally as ONE Go process, so hundreds of
 * generated questions cost one build and one run: each program's {@code main} body
 * becomes {@code func vN()}, and the new {@code main} calls them in order, printing a
 * separator line before each (with fmt, which the programs must import). They must share everything before
 * {@code func main()} (package clause, imports, helper declarations).
 */
public final class VerificationBatch {

    private static final String MAIN = "func main() {\n";
    private static final String SEPARATOR = "=== program ";

    private VerificationBatch() {
    }

    /**
     * Generates {@code count} questions (seeds 1..count, full parameter ranges) and runs their
     * verification programs as one batch; fails naming the first seed whose output differs.
     *
     * @return the number of questions proven
     */
    public static int verifyQuestions(GoToolchain go, Path dir, Simulation sim, int count) throws Exception {
        List<Question> questions = new ArrayList<>();
        for (long seed = 1; seed <= count; seed++) {
            questions.add(sim.question(seed, GoVersion.parse(go.version()), Map.of()));
        }
        List<String> outputs = run(go, dir, questions.stream().map(q -> q.verification().program()).toList());
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            assertEquals(q.verification().stdout(), outputs.get(i), sim.id() + " seed " + q.seed() + ":\n"
                    + q.verification().program());
        }
        System.out.printf("%s differential: %d generated questions, 0 mismatches%n", sim.id(), questions.size());
        return questions.size();
    }

    /** The stdout of each program, in order. */
    public static List<String> run(GoToolchain go, Path dir, List<String> programs) throws Exception {
        String prelude = programs.get(0).substring(0, programs.get(0).indexOf(MAIN));
        StringBuilder src = new StringBuilder(prelude);
        for (int i = 0; i < programs.size(); i++) {
            String p = programs.get(i);
            int at = p.indexOf(MAIN);
            if (!p.substring(0, at).equals(prelude)) {
                throw new IllegalArgumentException("program " + i + " has a different prelude:\n" + p);
            }
            src.append("func v").append(i).append("() {\n").append(p.substring(at + MAIN.length())).append('\n');
        }
        src.append(MAIN);
        for (int i = 0; i < programs.size(); i++) {
            src.append("\tfmt.Println(\"").append(SEPARATOR).append(i).append("\")\n\tv").append(i).append("()\n");
        }
        src.append("}\n");
        GoToolchain.Run run = GoToolchain.exec(go.buildOrFail(dir, src.toString()), List.of(), null);
        if (run.exit() != 0) {
            throw new AssertionError("the batch program failed (exit " + run.exit() + "):\n" + run.stderr());
        }
        List<String> outputs = new ArrayList<>();
        StringBuilder current = null;
        for (String line : run.stdout().lines().toList()) {
            if (line.startsWith(SEPARATOR)) {
                if (current != null) {
                    outputs.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            outputs.add(current.toString());
        }
        if (outputs.size() != programs.size()) {
            throw new AssertionError("expected " + programs.size() + " outputs, got " + outputs.size());
        }
        return outputs;
    }
}
