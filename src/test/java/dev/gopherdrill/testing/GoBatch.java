package dev.gopherdrill.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs many verification programs that exit normally as ONE Go process, so hundreds of
 * generated questions cost one build and one run: each program's {@code main} body
 * becomes {@code func vN()}, and the new {@code main} calls them in order, printing a
 * separator line before each (with fmt, which the programs must import). They must share everything before
 * {@code func main()} (package clause, imports, helper declarations).
 */
public final class GoBatch {

    private static final String MAIN = "func main() {\n";
    private static final String SEPARATOR = "=== program ";

    private GoBatch() {
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
