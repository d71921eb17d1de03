package dev.gopherdrill.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The shared batch builder on real Go: a batch builds although some functions leave an
 * import unused, runs exactly the function its argument names, and a concurrent batch's
 * output splits back into each function's own lines, in order.
 */
@GoTest
class GoBatchTest {

    private static final Path WORK = Path.of("target", "go-work", "batch").toAbsolutePath();

    private static final GoBatch BATCH = new GoBatch(List.of("fmt", "strings"), List.of("strings.ToUpper"),
            "func twice(s string) string {\n\treturn s + s\n}\n");

    @Test
    void aBatchRunsTheFunctionItsArgumentNamesAndBuildsWithAnImportNoFunctionUses()
            throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        Map<String, String> functions = new LinkedHashMap<>();
        functions.put("first", "func first() {\n\tfmt.Println(twice(\"a\"))\n}\n");
        functions.put("second", "func second() {\n\tfmt.Println(\"b\")\n}\n");
        Path binary = go.buildOrFail(WORK.resolve("by-argument"), BATCH.byArgument(functions));

        assertEquals("aa\n", GoToolchain.exec(binary, List.of("first"), null).stdout());
        assertEquals("b\n", GoToolchain.exec(binary, List.of("second"), null).stdout());
        GoToolchain.Run unknown = GoToolchain.exec(binary, List.of("third"), null);
        assertEquals(2, unknown.exit(), unknown.stderr());
        assertEquals("panic: no scenario third", unknown.firstStderrLine());
    }

    @Test
    void aConcurrentBatchSplitsBackIntoEachFunctionsOutputInOrder() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        Map<String, String> functions = new LinkedHashMap<>();
        functions.put("late", "func late(w io.Writer) {\n\tfmt.Fprintln(w, \"x\")\n\tfmt.Fprintln(w, twice(\"y\"))\n}\n");
        functions.put("silent", "func silent(w io.Writer) {\n}\n");
        functions.put("early", "func early(w io.Writer) {\n\tfmt.Fprintln(w, \"z\")\n}\n");
        Path binary = go.buildOrFail(WORK.resolve("concurrently"), BATCH.concurrently(functions));
        GoToolchain.Run run = GoToolchain.exec(binary, List.of(), null);

        assertEquals(0, run.exit(), run.stderr());
        assertEquals(List.of("x\nyy\n", "", "z\n"), GoBatch.split(run.stdout(), 3));
        assertThrows(IllegalStateException.class, () -> GoBatch.split(run.stdout(), 2));
    }

    @Test
    void mainBodyIsRefusedWhenMainIsNotTheLastFunction() {
        assertEquals("\tprintln()\n}\n", GoBatch.mainBody("package main\n\nfunc main() {\n\tprintln()\n}\n"));
        assertThrows(IllegalArgumentException.class,
                () -> GoBatch.mainBody("package main\n\nfunc main() {\n}\n\nfunc f() {\n}\n"));
        assertThrows(IllegalArgumentException.class, () -> GoBatch.mainBody("package main\n"));
    }
}
