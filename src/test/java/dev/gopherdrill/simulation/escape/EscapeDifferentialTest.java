package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The analyzer against the real compiler: every file of src/test/resources/escape/corpus
 * is compiled by Go with {@code go build -gcflags='-m -l'} (batched, each file alone in its
 * own package directory), and the analyzer must print
 * exactly the same lines in the same order for every file. Nothing expected is stored:
 * the compiler is the oracle. The same comparison runs on programs drawn from
 * {@link RandomPrograms}, so constructs are also checked in combinations nobody wrote.
 */
@GoTest
class EscapeDifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/escape/corpus");
    private static final int RANDOM_PROGRAMS = 300;

    @Test
    void everyCorpusFileGetsExactlyTheDiagnosticsOfGo119() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() >= 150, "the corpus should have at least 150 files: " + files.size());
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path f : files) {
            sources.put(f.getFileName().toString(), Files.readString(f));
        }
        compare("escape differential", "corpus", sources);
    }

    @Test
    void randomProgramsOfTheSubsetGetExactlyTheDiagnosticsOfGo119() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (long seed = 1; seed <= RANDOM_PROGRAMS; seed++) {
            sources.put("random seed " + seed, RandomPrograms.generate(seed));
        }
        compare("escape differential (random programs)", "random", sources);
    }

    /**
     * Honesty on broken input: the mangled programs of the fuzz test that the analyzer
     * still accepts must be programs Go builds (else the analyzer answered for code Go
     * rejects), and must get Go's output.
     */
    @Test
    void mutantsTheAnalyzerAcceptsAreProgramsGoBuildsAndGetItsDiagnostics() throws Exception {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        Map<String, String> sources = new LinkedHashMap<>();
        for (long seed = 1; seed <= 1500; seed++) {
            String src = RandomPrograms.generate(seed);
            String mutant = EscapeFuzzTest.mutate(src, rnd);
            if (mutant.equals(src)) {
                continue;
            }
            try {
                EscapeAnalyzer.analyze(mutant);
                sources.put("mutant of seed " + seed, mutant);
            } catch (EscapeSourceException refused) {
                // refused input is EscapeFuzzTest's concern
            }
        }
        assertTrue(sources.size() > 50, "too few accepted mutants: " + sources.size());
        compare("escape differential (accepted mutants)", "mutants", sources);
    }

    /** Builds every source with the real compiler ({@link CompilerDiagnostics}) and compares each file's lines with the analyzer's. */
    private static void compare(String title, String dirName, Map<String, String> sources) throws Exception {
        GoToolchain go = GoToolchain.require();
        // package directories need plain names; keep the readable name for the report
        Map<String, String> dirs = new LinkedHashMap<>();
        Map<String, String> byDir = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String dir = String.format("f%04d", dirs.size());
            dirs.put(dir, e.getKey());
            byDir.put(dir, e.getValue());
        }
        Map<String, List<String>> expected = CompilerDiagnostics.of(go,
                Path.of("target", "escape-differential", dirName), byDir);
        int agree = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> e : dirs.entrySet()) {
            List<String> want = expected.get(e.getKey());
            List<String> got;
            try {
                got = EscapeAnalyzer.analyze(sources.get(e.getValue())).lines();
            } catch (EscapeSourceException ex) {
                got = List.of("EscapeSourceException: " + ex.getMessage());
            }
            if (want.equals(got)) {
                agree++;
            } else {
                failures.add(e.getValue() + "\n  expected: " + String.join("\n            ", want)
                        + "\n  actual:   " + String.join("\n            ", got));
            }
        }
        System.out.printf("%s: %d files, %d agree, %d disagree%n", title, sources.size(), agree, failures.size());
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures.stream().map(f -> f.lines().findFirst().orElse("")).toList(),
                "files where the analyzer disagrees with go build -gcflags='-m -l'");
    }
}
