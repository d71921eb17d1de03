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
 * The analyzer's errors against the real compiler's, as the playground shows them: every
 * file of src/test/resources/escape/errors is a program {@code go build} rejects, and the
 * analyzer, which stops at its first error, must refuse it with the first error Go prints
 * (the compiler sorts them by position): the same position and the same words, Go 1.19's,
 * which differ from later releases'. Nothing expected is stored.
 */
@GoTest
class EscapeErrorDifferentialTest {

    private static final Path ERRORS = Path.of("src/test/resources/escape/errors");

    @Test
    void everyRejectedFileGetsGo119sError() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(ERRORS)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() >= 40, "the error corpus should have at least 40 files: " + files.size());
        Map<String, Path> byDir = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path f : files) {
            String dir = String.format("e%04d", byDir.size());
            byDir.put(dir, f);
            sources.put(dir, Files.readString(f));
        }
        Map<String, List<String>> go = CompilerDiagnostics.errors(GoToolchain.require(),
                Path.of("target", "escape-errors"), sources);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Path> e : byDir.entrySet()) {
            List<String> want = go.get(e.getKey());
            assertTrue(!want.isEmpty(), e.getValue() + " must not compile");
            String got;
            try {
                EscapeAnalyzer.analyze(sources.get(e.getKey()));
                got = "(accepted)";
            } catch (EscapeSourceException refused) {
                got = refused.getMessage();
            }
            if (!want.get(0).equals(got)) {
                failures.add(e.getValue().getFileName() + "\n  go:       " + want.get(0) + "\n  analyzer: " + got);
            }
        }
        System.out.printf("escape errors: %d files, %d as Go says, %d differ%n", files.size(),
                files.size() - failures.size(), failures.size());
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures.stream().map(f -> f.lines().findFirst().orElse("")).toList(),
                "files where the analyzer's error differs from go build's");
    }
}
