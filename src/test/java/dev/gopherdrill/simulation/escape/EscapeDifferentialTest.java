package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.GoToolchain;

/**
 * The analyzer against the real compiler: every file of src/test/resources/escape/corpus
 * is compiled by Go with {@code go build -gcflags='-m -l'} (all of them in one go
 * invocation, each file alone in its own package directory), and the analyzer must print
 * exactly the same lines in the same order for every file. Nothing expected is stored:
 * the compiler is the oracle.
 */
class EscapeDifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/escape/corpus");
    private static final Pattern LINE = Pattern.compile("^(?:\\./)?(f\\d+)/p\\.go:(\\d+:\\d+: .*)$");

    @Test
    void everyCorpusFileGetsExactlyTheDiagnosticsOfGo119() throws Exception {
        GoToolchain go = GoToolchain.require();
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() > 0, "empty corpus");
        Path work = Files.createDirectories(Path.of("target", "escape-differential"));
        try (Stream<Path> old = Files.walk(work)) {
            old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(work)).forEach(p -> p.toFile().delete());
        }
        Map<String, Path> dirs = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String dir = String.format("f%04d", i);
            Files.createDirectories(work.resolve(dir));
            Files.copy(files.get(i), work.resolve(dir).resolve("p.go"));
            dirs.put(dir, files.get(i));
        }
        GoToolchain.Run run = go.go(work, List.of("build", "-gcflags=-m -l", "./..."));
        if (run.exit() != 0) {
            fail("the corpus does not compile:\n" + run.stdout() + run.stderr());
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : (run.stdout() + run.stderr()).lines().toList()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                fail("unexpected compiler output: " + line);
            }
            expected.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
        int agree = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Path> e : dirs.entrySet()) {
            List<String> want = expected.getOrDefault(e.getKey(), List.of());
            List<String> got;
            try {
                got = EscapeAnalyzer.analyze(Files.readString(e.getValue())).lines();
            } catch (EscapeSourceException ex) {
                got = List.of("EscapeSourceException: " + ex.getMessage());
            }
            if (want.equals(got)) {
                agree++;
            } else {
                failures.add(e.getValue().getFileName() + "\n  expected: " + String.join("\n            ", want)
                        + "\n  actual:   " + String.join("\n            ", got));
            }
        }
        System.out.printf("escape differential: %d files, %d agree, %d disagree%n", files.size(), agree,
                failures.size());
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures.stream().map(f -> f.lines().findFirst().orElse("")).toList(),
                "files where the analyzer disagrees with go build -gcflags='-m -l'");
    }
}
