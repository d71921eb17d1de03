package dev.gopherdrill.simulation.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.gopherdrill.testing.GoToolchain;

/**
 * What the real Go compiler prints for many files at once: each source goes to
 * {@code work/<name>/main.go}, and ONE {@code go build -gcflags='-m -l' ./a ./b ...} compiles
 * them all (hundreds of packages cost one invocation, built in parallel by the go command).
 * Its output comes in blocks, a {@code # <import path>} line before each package that printed
 * anything, in whatever order the packages finished; the lines are returned per name, in the
 * order the compiler printed them, without the {@code name/main.go:} prefix.
 */
final class CompilerDiagnostics {

    private CompilerDiagnostics() {
    }

    /** @throws AssertionError with the compiler's message when a file does not compile */
    static Map<String, List<String>> of(GoToolchain go, Path work, Map<String, String> sources)
            throws IOException, InterruptedException {
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("build", "-gcflags=-m -l"));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (!e.getKey().matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("not a package directory name: " + e.getKey());
            }
            Files.createDirectories(work.resolve(e.getKey()));
            Files.writeString(work.resolve(e.getKey()).resolve("main.go"), e.getValue());
            args.add("./" + e.getKey());
            out.put(e.getKey(), new ArrayList<>());
        }
        GoToolchain.Run run = go.go(work, args);
        if (run.exit() != 0) {
            throw new AssertionError("go build -gcflags='-m -l' failed (exit " + run.exit() + "):\n" + run.stderr());
        }
        for (String line : run.stderr().lines().toList()) {
            if (line.startsWith("# ")) {
                continue;
            }
            int slash = line.indexOf("/main.go:");
            List<String> lines = slash < 0 ? null : out.get(line.substring(0, slash));
            if (lines == null) {
                throw new AssertionError("unexpected compiler output line: " + line);
            }
            lines.add(line.substring(slash + "/main.go:".length()));
        }
        return out;
    }
}
