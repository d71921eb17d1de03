package dev.gopherdrill.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Many of a topic's Go programs as functions of one program, so a differential test builds
 * once (a build takes seconds, a run milliseconds) and checks hundreds of scenarios.
 * Every topic's {@code XxxPrograms.batch} is this builder given its imports and helpers.
 *
 * Two ways to run them:
 * <ul>
 *   <li>{@link #byArgument}: {@code main} runs the one function {@code os.Args[1]} names, so
 *       each run is its own process and exits as that function's program would alone
 *       (nothing another scenario left queued or parked can change it);</li>
 *   <li>{@link #concurrently}: {@code main} runs every function at once, each printing into
 *       a buffer of its own, then writes the buffers in order ({@link #split} takes them
 *       apart), so scenarios that sleep wait in parallel.</li>
 * </ul>
 *
 * Go refuses an unused import, and not every function uses every package the batch
 * imports: each of {@code unused} (an expression such as {@code time.After}) is referred
 * to once at package level so the program builds whichever functions it holds.
 *
 * @param imports the packages the functions and helpers use; the packages {@code main} itself
 *                needs are added
 * @param unused  one expression per package some function may not use
 * @param helpers declarations every function may call, printed once before {@code main}
 */
public record GoBatch(Collection<String> imports, List<String> unused, String helpers) {

    private static final String SCENARIO_HEADER = "=== scenario ";

    public GoBatch {
        imports = List.copyOf(imports);
        unused = List.copyOf(unused);
    }

    /**
     * The program holding {@code functions} (name → source of {@code func name()}): run
     * with a name as its argument, it calls that function.
     */
    public String byArgument(Map<String, String> functions) {
        Map<String, String> calls = new LinkedHashMap<>();
        functions.keySet().forEach(name -> calls.put(name, name + "()"));
        return byArgument(calls, functions.values());
    }

    /**
     * The program holding {@code functions}: run with one of {@code calls}' names as its
     * argument, it runs that name's statement.
     */
    public String byArgument(Map<String, String> calls, Collection<String> functions) {
        StringBuilder sb = head(List.of("os")).append("func main() {\n\tswitch os.Args[1] {\n");
        calls.forEach((name, call) -> sb.append("\tcase \"").append(name).append("\":\n\t\t").append(call).append('\n'));
        sb.append("\tdefault:\n\t\tpanic(\"no scenario \" + os.Args[1])\n\t}\n}\n");
        functions.forEach(f -> sb.append('\n').append(f));
        return sb.toString();
    }

    /**
     * The program that runs {@code functions} (name → source of {@code func name(w
     * io.Writer)}) all at once and prints what each wrote, in order, each after a line
     * {@code === scenario i}.
     */
    public String concurrently(Map<String, String> functions) {
        StringBuilder sb = head(List.of("bytes", "fmt", "io", "os", "sync"))
                .append("func main() {\n\tscenarios := []func(io.Writer){\n");
        functions.keySet().forEach(name -> sb.append("\t\t").append(name).append(",\n"));
        sb.append("""
                \t}
                \touts := make([]bytes.Buffer, len(scenarios))
                \tvar wg sync.WaitGroup
                \tfor i := range scenarios {
                \t\twg.Add(1)
                \t\tgo func(i int) {
                \t\t\tdefer wg.Done()
                \t\t\tscenarios[i](&outs[i])
                \t\t}(i)
                \t}
                \twg.Wait()
                \tfor i := range outs {
                \t\tfmt.Printf("%s%%d\\n", i)
                \t\tos.Stdout.Write(outs[i].Bytes())
                \t}
                }
                """.formatted(SCENARIO_HEADER));
        functions.values().forEach(f -> sb.append('\n').append(f));
        return sb.toString();
    }

    /** The stdout of a {@link #concurrently} run, split back into one output per function, blank lines dropped. */
    public static List<String> split(String stdout, int functions) {
        List<String> outs = new ArrayList<>();
        StringBuilder current = null;
        for (String line : stdout.split("\n", -1)) {
            if (line.startsWith(SCENARIO_HEADER)) {
                if (current != null) {
                    outs.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null && !line.isEmpty()) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            outs.add(current.toString());
        }
        if (outs.size() != functions) {
            throw new IllegalStateException("expected " + functions + " outputs, got " + outs.size());
        }
        return outs;
    }

    /**
     * The body of a program's {@code func main}, from the line after its opening brace to
     * its closing one: what a topic renames into a batch function.
     *
     * @throws IllegalArgumentException unless {@code main} is the program's last function
     */
    public static String mainBody(String program) {
        String open = "\nfunc main() {\n";
        int at = program.indexOf(open);
        if (at < 0 || program.indexOf("\nfunc ", at + 1) >= 0) {
            throw new IllegalArgumentException("func main is not the last function of:\n" + program);
        }
        return program.substring(at + open.length());
    }

    private StringBuilder head(List<String> mainUses) {
        TreeSet<String> all = new TreeSet<>(imports);
        all.addAll(mainUses);
        StringBuilder sb = new StringBuilder("package main\n\nimport (\n");
        all.forEach(i -> sb.append("\t\"").append(i).append("\"\n"));
        sb.append(")\n\n");
        if (!unused.isEmpty()) {
            sb.append("// Not every scenario uses every package.\n");
            unused.forEach(u -> sb.append("var _ = ").append(u).append('\n'));
            sb.append('\n');
        }
        if (!helpers.isEmpty()) {
            sb.append(helpers).append('\n');
        }
        return sb;
    }
}
