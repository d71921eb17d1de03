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
 * {@code work/<name>/main.go}, and {@code go build -gcflags='-m -l' ./a ./b ...} compiles
 * them a hundred packages per invocation (built in parallel by the go command).
 * Its output comes in blocks, a {@code # <import path>} line before each package that printed
 * anything, in whatever order the packages finished; the lines are returned per name, in the
 * order the compiler printed them, without the {@code name/main.go:} prefix.
 */
final class CompilerDiagnostics {

    /**
     * Packages per go invocation: each invocation must finish within {@link GoToolchain}'s
     * two-minute limit on a busy two-core machine, where 320 fresh packages took longer.
     */
    private static final int PACKAGES_PER_BUILD = 100;

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
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(sources.keySet());
        for (String name : names) {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("not a package directory name: " + name);
            }
            Files.createDirectories(work.resolve(name));
            Files.writeString(work.resolve(name).resolve("main.go"), sources.get(name));
            out.put(name, new ArrayList<>());
        }
        for (int from = 0; from < names.size(); from += PACKAGES_PER_BUILD) {
            List<String> args = new ArrayList<>(List.of("build", "-gcflags=-m -l"));
            names.subList(from, Math.min(names.size(), from + PACKAGES_PER_BUILD)).forEach(n -> args.add("./" + n));
            GoToolchain.Run run = go.go(work, args);
            if (run.exit() != 0) {
                throw new AssertionError("go build -gcflags='-m -l' failed (exit " + run.exit() + "):\n" + run.stderr());
            }
            collect(run.stderr(), out);
        }
        return out;
    }

    private static void collect(String stderr, Map<String, List<String>> out) {
        for (String line : stderr.lines().toList()) {
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
    }
}
