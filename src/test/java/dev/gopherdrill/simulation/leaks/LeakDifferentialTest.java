package dev.gopherdrill.simulation.leaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.leaks.LeakScenario.Pattern;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The leak model against the real Go toolchain. Every program the parameters allow
 * (about 475 distinct ones: parameters a pattern ignores give the same program) and
 * the verification programs of {@link #SEEDS} generated questions are batched into one
 * program ({@link LeakPrograms#batch}, which keeps each program's line numbers), built
 * once and run once per program in its own process: a leaked goroutine must not be
 * counted by the next program. Each program runs {@link #RUNS} times; the claim is that
 * the count and the blocked places are the same on every run, so nothing is re-run and
 * any difference fails. Also: a verification program per pattern built and run verbatim,
 * and the golden table of {@link LeakModelTest} checked against the real runs.
 */
@GoTest
class LeakDifferentialTest {

    /** Generated questions per test run (they land on about 190 distinct programs). */
    static final int SEEDS = 400;

    /** Runs of each program: a count that depended on timing would show up as a difference. */
    static final int RUNS = 2;

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    private static final Path WORK = Path.of("target", "go-work", "leaks").toAbsolutePath();

    @Test
    void everyProgramAndEveryGeneratedQuestionPrintWhatTheModelSaysOnRealGo()
            throws IOException, InterruptedException {
        GoToolchain go = requireSupportedGo();
        Map<String, String> nameBySource = new LinkedHashMap<>();
        Map<String, LeakScenario> programs = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (LeakScenario s : everyScenario()) {
            add(s, nameBySource, programs, expected);
        }
        int allowed = programs.size();

        LeakSimulation sim = new LeakSimulation();
        Map<Long, String> seedProgram = new LinkedHashMap<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of());
            LeakScenario s = scenarioOf(q);
            // the question verifies exactly the printed program of the scenario its parameters name
            assertEquals(LeakPrograms.verification(s).source(), q.verification().program(), "seed " + seed);
            String name = nameBySource.get(q.verification().program());
            assertEquals(expected.get(name), q.verification().stdout(), "seed " + seed);
            seedProgram.put(seed, name);
        }

        Path binary = go.buildOrFail(WORK.resolve("batch"), LeakPrograms.batch(programs));
        Map<String, String> actual = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, LeakScenario> e : programs.entrySet()) {
            for (int r = 0; r < RUNS; r++) {
                GoToolchain.Run run = GoToolchain.exec(binary, List.of(e.getKey()), null);
                actual.putIfAbsent(e.getKey(), run.stdout());
                if (run.exit() != 0 || !run.stdout().equals(expected.get(e.getKey()))) {
                    failures.add(report(e.getValue(), expected.get(e.getKey()), run));
                }
            }
        }
        long seedPrograms = seedProgram.values().stream().distinct().count();
        System.out.printf("leak differential: %d generated questions (%d distinct programs) and all %d programs the "
                + "parameters allow, each run %d times on go%s: %d mismatches%n", SEEDS, seedPrograms, allowed, RUNS,
                go.version(), failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " runs print something else on real Go:\n"
                + String.join("\n", failures));

        List<String> goldenFailures = new ArrayList<>();
        for (String[] row : goldenRows()) {
            LeakScenario s = new LeakScenario(Pattern.of(row[0]), Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                    Integer.parseInt(row[3]), Boolean.parseBoolean(row[4]));
            String recorded = row[5] + "\n" + (row[6].isEmpty() ? "" : String.join("\n", row[6].split(" \\| ")) + "\n");
            String real = actual.get(nameBySource.get(LeakPrograms.verification(s).source()));
            if (!recorded.equals(real)) {
                goldenFailures.add(s + ": recorded\n" + recorded + "go now prints\n" + real);
            }
        }
        assertTrue(goldenFailures.isEmpty(), String.join("\n", goldenFailures));
    }

    @Test
    void aVerificationProgramOfEachPatternRunsVerbatim() throws IOException, InterruptedException {
        GoToolchain go = requireSupportedGo();
        LeakSimulation sim = new LeakSimulation();
        Set<Pattern> seen = EnumSet.noneOf(Pattern.class);
        List<String> failures = new ArrayList<>();
        for (long seed = 0; seen.size() < Pattern.values().length; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of("ask", "blocked"));
            if (!seen.add(Pattern.of(q.params().get("pattern")))) {
                continue;
            }
            Path binary = go.buildOrFail(WORK.resolve("verbatim-" + seed), q.verification().program());
            GoToolchain.Run run = GoToolchain.exec(binary, List.of(), null);
            if (run.exit() != q.verification().exitCode() || !run.stdout().equals(q.verification().stdout())) {
                failures.add(report(scenarioOf(q), q.verification().stdout(), run));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theBatchKeepsEachProgramsLineNumbers() {
        LeakScenario s = new LeakScenario(Pattern.TIMEOUT, 2, 0, 1, false);
        String alone = LeakPrograms.verification(s).source();
        String batch = LeakPrograms.batch(Map.of("p1", s));
        int first = alone.indexOf("// call waits");
        int line = alone.substring(0, first).split("\n", -1).length;
        assertTrue(batch.contains("\n//line main.go:" + line + "\n// call waits"), batch);
        assertTrue(batch.contains("case \"p1\":\n\t\tmainp1()\n"), batch);
        assertTrue(batch.contains("func callp1(backend chan int, id int) (int, bool) {"), batch);
        assertEquals(1, batch.split("\nfunc settle\\(\\)", -1).length - 1);
    }

    static List<LeakScenario> everyScenario() {
        List<LeakScenario> all = new ArrayList<>();
        for (Pattern p : Pattern.values()) {
            for (int n = 1; n <= LeakScenario.MAX_WORKERS; n++) {
                for (int b = 0; b <= LeakScenario.MAX_BUFFER; b++) {
                    for (int j = 0; j <= LeakScenario.MAX_JOBS; j++) {
                        if (j <= n || p == Pattern.RANGE || p == Pattern.RECEIVER) {
                            all.add(new LeakScenario(p, n, b, j, false));
                            all.add(new LeakScenario(p, n, b, j, true));
                        }
                    }
                }
            }
        }
        return all;
    }

    private static void add(LeakScenario s, Map<String, String> nameBySource, Map<String, LeakScenario> programs,
                            Map<String, String> expected) {
        String source = LeakPrograms.verification(s).source();
        if (!nameBySource.containsKey(source)) {
            String name = "p" + programs.size();
            nameBySource.put(source, name);
            programs.put(name, s);
            expected.put(name, LeakModel.run(s, GO_1_19).verificationStdout());
        }
    }

    private static LeakScenario scenarioOf(Question q) {
        Map<String, String> p = q.params();
        return new LeakScenario(Pattern.of(p.get("pattern")), Integer.parseInt(p.get("workers")),
                Integer.parseInt(p.get("buffer")), Integer.parseInt(p.get("jobs")), p.get("fix").equals("yes"));
    }

    /** {@link LeakModelTest#GOLDEN}'s rows, split as {@code @CsvSource} splits them. */
    private static List<String[]> goldenRows() {
        List<String[]> rows = new ArrayList<>();
        for (String line : LeakModelTest.GOLDEN.lines().toList()) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip().replace("''", "");
            }
            rows.add(f);
        }
        return rows;
    }

    private static GoToolchain requireSupportedGo() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        GoVersion installed = new GoVersion(go.major(), go.minor());
        LeakSimulation sim = new LeakSimulation();
        assumeTrue(sim.supports(installed), "the leak model covers Go " + sim.oldest() + " to " + sim.newest()
                + ", the installed Go is " + installed);
        return go;
    }

    private static String report(LeakScenario s, String expected, GoToolchain.Run run) {
        return "=== " + s + "\n" + LeakPrograms.verification(s).source() + "--- model:\n" + expected
                + "--- go: exit " + run.exit() + ", stderr \"" + run.firstStderrLine() + "\", stdout:\n" + run.stdout();
    }
}
