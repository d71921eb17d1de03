package dev.gopherdrill.simulation.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<String> names = write(work, sources);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int from = 0; from < names.size(); from += PACKAGES_PER_BUILD) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + PACKAGES_PER_BUILD));
            GoToolchain.Run run = build(go, work, batch);
            if (run.exit() != 0) {
                throw new AssertionError("go build -gcflags='-m -l' failed (exit " + run.exit() + "):\n" + run.stderr());
            }
            collect(run.stderr(), batch, out);
        }
        return out;
    }

    /**
     * Like {@link #of}, but the files Go rejects are left out of the answer instead of failing:
     * a batch that does not build is halved until each failing file stands alone (the halves
     * that build come from the go command's cache, so this costs little when few fail).
     * {@code suspects} are built one at a time from the start.
     */
    static Map<String, List<String>> ofCompiling(GoToolchain go, Path work, Map<String, String> sources,
            Set<String> suspects) throws IOException, InterruptedException {
        List<String> names = write(work, sources);
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> plain = names.stream().filter(n -> !suspects.contains(n)).toList();
        for (int from = 0; from < plain.size(); from += PACKAGES_PER_BUILD) {
            buildCompiling(go, work, plain.subList(from, Math.min(plain.size(), from + PACKAGES_PER_BUILD)), out);
        }
        for (String n : names) {
            if (suspects.contains(n)) {
                buildCompiling(go, work, List.of(n), out);
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        names.stream().filter(out::containsKey).forEach(n -> ordered.put(n, out.get(n)));
        return ordered;
    }

    /**
     * The errors Go gives each of {@code sources}, all of which it must reject: per name, each
     * error as one string, its indented continuation lines (Go 1.19 puts an interface's
     * missing method on a second line, and a second position without the file's name)
     * joined with a newline. The go command compiles every
     * package it can and reports each failing one, so one invocation serves a batch.
     */
    static Map<String, List<String>> errors(GoToolchain go, Path work, Map<String, String> sources)
            throws IOException, InterruptedException {
        List<String> names = write(work, sources);
        Map<String, List<String>> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, new ArrayList<>()));
        for (int from = 0; from < names.size(); from += PACKAGES_PER_BUILD) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + PACKAGES_PER_BUILD));
            List<String> args = new ArrayList<>(List.of("build"));
            batch.forEach(n -> args.add("./" + n));
            List<String> last = null;
            for (String line : go.go(work, args).stderr().lines().toList()) {
                int slash = line.indexOf("/main.go:");
                if (line.startsWith("\t") && last != null) {
                    // a second position ("previous case") names the file; the analyzer has none
                    String more = line.replaceFirst("^\t[^:\\s]+/main\\.go:", "\t");
                    last.set(last.size() - 1, last.get(last.size() - 1) + "\n" + more);
                } else if (slash > 0 && out.containsKey(line.substring(0, slash))) {
                    last = out.get(line.substring(0, slash));
                    last.add(line.substring(slash + "/main.go:".length()));
                } else if (!line.startsWith("# ")) {
                    throw new AssertionError("unexpected compiler output line: " + line);
                }
            }
        }
        return out;
    }

    private static void buildCompiling(GoToolchain go, Path work, List<String> batch, Map<String, List<String>> out)
            throws IOException, InterruptedException {
        GoToolchain.Run run = build(go, work, batch);
        if (run.exit() == 0) {
            collect(run.stderr(), batch, out);
        } else if (batch.size() > 1) {
            buildCompiling(go, work, batch.subList(0, batch.size() / 2), out);
            buildCompiling(go, work, batch.subList(batch.size() / 2, batch.size()), out);
        }
    }

    private static GoToolchain.Run build(GoToolchain go, Path work, List<String> batch)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("build", "-gcflags=-m -l"));
        batch.forEach(n -> args.add("./" + n));
        return go.go(work, args);
    }

    /** Writes each source to {@code work/<name>/main.go} in a fresh directory; returns the names. */
    private static List<String> write(Path work, Map<String, String> sources) throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        List<String> names = new ArrayList<>(sources.keySet());
        for (String name : names) {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("not a package directory name: " + name);
            }
            Files.createDirectories(work.resolve(name));
            Files.writeString(work.resolve(name).resolve("main.go"), sources.get(name));
        }
        return names;
    }

    private static void collect(String stderr, List<String> batch, Map<String, List<String>> out) {
        batch.forEach(n -> out.put(n, new ArrayList<>()));
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
