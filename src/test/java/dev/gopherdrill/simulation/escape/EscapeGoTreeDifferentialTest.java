package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The analyzer on a suite nobody here wrote: the Go 1.19 tree's own {@code test/escape*.go}
 * (Debian's golang-1.19-src, installed by .ci/run). {@code escape/gotree/split.go} (go/parser)
 * splits each file into one unit per top-level function with the declarations, methods and
 * imports it needs, plus one unit per whole file, all without the {@code // ERROR}
 * expectations; the real compiler
 * ({@code go build -gcflags='-m -l'}) is the oracle, and a unit it rejects is left out.
 * The analyzer may refuse a unit as outside its subset, but every unit it answers for must get
 * exactly Go's lines, and it must never call a unit Go compiles an error. How much it accepts
 * is printed, with a floor at the level reached so that a narrowing of the subset fails too.
 */
@GoTest
class EscapeGoTreeDifferentialTest {

    private static final String UNIT = "=== unit ";

    /** Function units (of those Go compiles) the analyzer accepted when the floor was last raised. */
    private static final int ACCEPTED_UNITS_FLOOR = 702;
    /** Whole files (of those Go compiles) the analyzer accepted when the floor was last raised. */
    private static final int ACCEPTED_FILES_FLOOR = 14;

    /** A unit of the Go tree: "escape2.go:foo12" (or "escape2.go" for the whole file) and its source. */
    private record Unit(String name, String source, boolean suspect) {
        boolean wholeFile() {
            return !name.contains(":");
        }
    }

    @Test
    void everyUnitOfGosEscapeTestsTheAnalyzerAcceptsGetsExactlyGosDiagnostics() throws Exception {
        GoToolchain go = GoToolchain.require();
        Path tree = Path.of("/usr/share/go-1.19/test");
        assumeTrue(Files.isRegularFile(tree.resolve("escape2.go")), "no Go test tree (apt-get install golang-1.19-src)");
        List<Unit> units = split(go, tree);
        assertTrue(units.size() > 700, "too few units split from " + tree + ": " + units.size());

        Map<String, Unit> byDir = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> suspects = new HashSet<>();
        for (Unit u : units) {
            String dir = String.format("u%04d", byDir.size());
            byDir.put(dir, u);
            sources.put(dir, u.source());
            if (u.suspect()) {
                suspects.add(dir);
            }
        }
        Map<String, List<String>> truth = CompilerDiagnostics.ofCompiling(go,
                Path.of("target", "escape-differential", "gotree"), sources, suspects);

        int[] compiled = new int[2];
        int[] accepted = new int[2];
        int[] exact = new int[2];
        Map<String, Integer> refusals = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : truth.entrySet()) {
            Unit u = byDir.get(e.getKey());
            int kind = u.wholeFile() ? 1 : 0;
            compiled[kind]++;
            List<String> got;
            try {
                got = EscapeAnalyzer.analyze(u.source()).lines();
            } catch (EscapeSourceException ex) {
                if (ex.unsupported()) {
                    if (kind == 1) {
                        continue;
                    }
                    refusals.merge(ex.getMessage().replaceFirst("^\\d+:\\d+: unsupported: ", ""), 1, Integer::sum);
                    continue;
                }
                got = List.of("EscapeSourceException: " + ex.getMessage());
            }
            accepted[kind]++;
            if (got.equals(e.getValue())) {
                exact[kind]++;
            } else {
                failures.add(u.name() + "\n" + u.source() + "  expected: " + String.join("\n            ", e.getValue())
                        + "\n  actual:   " + String.join("\n            ", got));
            }
        }
        System.out.printf("escape differential (Go tree test/escape*.go): function units: %d Go compiles, "
                + "%d accepted (%.1f %%), %d of them exact; whole files: %d Go compiles, %d accepted, %d exact%n",
                compiled[0], accepted[0], 100.0 * accepted[0] / compiled[0], exact[0], compiled[1], accepted[1],
                exact[1]);
        refusals.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(r -> System.out.printf("  refused %3d x %s%n", r.getValue(), r.getKey()));
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures.stream().map(f -> f.lines().findFirst().orElse("")).toList(),
                "units of the Go tree where the analyzer disagrees with go build -gcflags='-m -l'");
        assertTrue(accepted[0] >= ACCEPTED_UNITS_FLOOR, "the analyzer accepts fewer function units than before: "
                + accepted[0] + " < " + ACCEPTED_UNITS_FLOOR);
        assertTrue(accepted[1] >= ACCEPTED_FILES_FLOOR, "the analyzer accepts fewer whole files than before: "
                + accepted[1] + " < " + ACCEPTED_FILES_FLOOR);
    }

    /** Runs the splitter on the tree with the real go command (go/parser is Go's own grammar). */
    private static List<Unit> split(GoToolchain go, Path tree) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "escape-differential", "gotree-split"));
        Path splitter = Path.of("src/test/resources/escape/gotree/split.go").toAbsolutePath();
        GoToolchain.Run run = go.go(dir, List.of("run", splitter.toString(), tree.toString()));
        if (run.exit() != 0) {
            throw new AssertionError("the splitter failed:\n" + run.stderr());
        }
        List<Unit> units = new ArrayList<>();
        String[] parts = ("\n" + run.stdout()).split("\n" + UNIT);
        for (int i = 1; i < parts.length; i++) {
            int eol = parts[i].indexOf('\n');
            String[] head = parts[i].substring(0, eol).split(" ");
            units.add(new Unit(head[0], parts[i].substring(eol + 1) + "\n", head[1].equals("suspect")));
        }
        return units;
    }
}
