package dev.gopherdrill.simulation.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;
import dev.gopherdrill.testing.VerificationBatch;

/**
 * The slice model against the real Go toolchain. Element sizes are {@code [N]byte} types
 * instantiated through one generic function per test, so a single build covers every
 * size 0..1024. Any mismatch fails and names the case.
 */
@GoTest
class SliceDifferentialTest {

    private static final int MAX_SIZE = 1024;
    private static final int GROW_TO = 10_000;
    private static final int TRIPLES_PER_SIZE = 12;
    private static final int SEEDS = 600;

    private static Path work(String name) throws Exception {
        return Files.createDirectories(Path.of("target", "go-work", "slices", name).toAbsolutePath());
    }

    /** {@code switch size { case N: call[[N]byte](args) }} for every size. */
    private static String dispatch(String call) {
        StringBuilder s = new StringBuilder("\tswitch size {\n");
        for (int n = 0; n <= MAX_SIZE; n++) {
            s.append("\tcase ").append(n).append(": ").append(call.replace("T", "[" + n + "]byte")).append('\n');
        }
        return s.append("\t}\n").toString();
    }

    @Test
    void everyElementSizeGrowsOneByOneThroughTheSameCapsAsGo() throws Exception {
        GoToolchain go = GoToolchain.require();
        GoVersion v = GoVersion.parse(go.version());
        String source = """
                package main

                import (
                \t"bufio"
                \t"fmt"
                \t"os"
                )

                // growth appends one element at a time and prints every new cap. Appends that
                // fit cannot change cap, so after each growth it reslices to cap and goes on.
                func growth[T any](w *bufio.Writer, n int) {
                \tvar s []T
                \tvar zero T
                \tfor len(s) < n {
                \t\ts = append(s, zero)
                \t\tfmt.Fprint(w, cap(s), " ")
                \t\tif cap(s) > n {
                \t\t\ts = s[:n]
                \t\t} else {
                \t\t\ts = s[:cap(s)]
                \t\t}
                \t}
                \tfmt.Fprintln(w)
                }

                func main() {
                \tw := bufio.NewWriter(os.Stdout)
                \tdefer w.Flush()
                \tfor size := 0; size <= %d; size++ {
                %s\t}
                }
                """.formatted(MAX_SIZE, dispatch("growth[T](w, %d)".formatted(GROW_TO)));
        GoToolchain.Run run = GoToolchain.exec(go.buildOrFail(work("growth"), source), List.of(), null);
        List<String> lines = run.stdout().lines().toList();
        assertEquals(MAX_SIZE + 1, lines.size(), run.stderr());
        int events = 0;
        for (int size = 0; size <= MAX_SIZE; size++) {
            List<Long> model = GrowSlice.capsAppendingOneByOne(v, size, GROW_TO);
            List<Long> real = java.util.Arrays.stream(lines.get(size).trim().split(" ")).map(Long::valueOf).toList();
            assertEquals(real, model, "[" + size + "]byte appended one by one to " + GROW_TO);
            events += real.size();
        }
        System.out.printf("slice differential: %d element sizes, %d growth events, 0 mismatches%n",
                MAX_SIZE + 1, events);
    }

    @Test
    void everyElementSizeAgreesWithGoOnLenCapAndAppendCount() throws Exception {
        GoToolchain go = GoToolchain.require();
        GoVersion v = GoVersion.parse(go.version());
        SplittableRandom random = new SplittableRandom(20261127);
        List<long[]> cases = new ArrayList<>();
        for (int size = 0; size <= MAX_SIZE; size++) {
            long most = Math.max(16, 262_144 / Math.max(1, size));
            // the boundaries first: around the 256 threshold and around doubling
            cases.add(new long[] {size, 256, 256, 1});
            cases.add(new long[] {size, 255, 255, 1});
            cases.add(new long[] {size, 7, 7, 7});
            cases.add(new long[] {size, 7, 7, 8});
            for (int i = 4; i < TRIPLES_PER_SIZE; i++) {
                long len = random.nextLong(most);
                long cap = len + random.nextLong(most - len + 1);
                cases.add(new long[] {size, len, cap, 1 + random.nextLong(most)});
            }
        }
        StringBuilder input = new StringBuilder();
        for (long[] c : cases) {
            input.append(c[0]).append(' ').append(c[1]).append(' ').append(c[2]).append(' ').append(c[3]).append('\n');
        }
        String source = """
                package main

                import (
                \t"bufio"
                \t"fmt"
                \t"os"
                )

                func grow[T any](w *bufio.Writer, l, c, a int) {
                \ts := make([]T, l, c)
                \textra := make([]T, a)
                \ts = append(s, extra...)
                \tfmt.Fprintln(w, len(s), cap(s))
                }

                func main() {
                \tw := bufio.NewWriter(os.Stdout)
                \tdefer w.Flush()
                \tin := bufio.NewReader(os.Stdin)
                \tfor {
                \t\tvar size, l, c, a int
                \t\tif _, err := fmt.Fscan(in, &size, &l, &c, &a); err != nil {
                \t\t\treturn
                \t\t}
                %s\t}
                }
                """.formatted(dispatch("grow[T](w, l, c, a)"));
        GoToolchain.Run run = GoToolchain.exec(go.buildOrFail(work("triples"), source), List.of(), input.toString());
        List<String> lines = run.stdout().lines().toList();
        assertEquals(cases.size(), lines.size(), run.stderr());
        for (int i = 0; i < cases.size(); i++) {
            long[] c = cases.get(i);
            GrowSlice.Result r = GrowSlice.append(v, c[0], c[1], c[2], c[3]);
            assertEquals(lines.get(i), r.len() + " " + r.cap(), "elemSize " + c[0] + ", len " + c[1] + ", cap " + c[2]
                    + ", append " + c[3]);
        }
        System.out.printf("slice differential: %d (size, len, cap, add) cases, 0 mismatches%n", cases.size());
    }

    @Test
    void generatedQuestionsVerificationProgramsPrintTheirAnswers() throws Exception {
        VerificationBatch.verifyQuestions(GoToolchain.require(), work("questions"), new SliceAppendSimulation(), SEEDS);
    }
}
