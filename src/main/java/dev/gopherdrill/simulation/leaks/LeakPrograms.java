package dev.gopherdrill.simulation.leaks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.gopherdrill.simulation.GoBatch;
import dev.gopherdrill.simulation.channels.ChannelPrograms;
import dev.gopherdrill.simulation.leaks.LeakScenario.Pattern;

/**
 * A {@link LeakScenario} as gofmt-formatted Go: the pattern inside a function, and a
 * {@code main} that calls it, settles and prints {@code runtime.NumGoroutine()}.
 *
 * <h2>Why the count is exact</h2>
 * {@code runtime.GOMAXPROCS(1)} leaves one P. {@code settle()} then loops: it reads every
 * goroutine's state with {@code runtime.Stack(buf, true)} (which stops the world, so the
 * states are consistent) and, while any other goroutine is {@code [runnable]}, gives the
 * P away with {@code runtime.Gosched()}. With one P no other goroutine is
 * {@code [running]} while main looks, and none of these goroutines makes a system call
 * ({@code [syscall]}), so when no {@code [runnable]} is left each other goroutine has
 * returned (and {@code goexit0} has taken it out of the count) or is parked on a channel
 * that only a parked goroutine or main could ever serve, and main does not: nothing can
 * change any more, and {@code NumGoroutine} (allgs minus the free and system goroutines,
 * see {@link LeakModel}) is that number on every run. No sleep, no loop bound and no
 * timing are involved; the loop ends because the patterns' goroutines run a bounded
 * number of statements. The timers of the {@code timeout} pattern have all fired by
 * then: each {@code call} waits for its own. Measured: every program the parameters
 * allow (470), run 12 times each, three at a time on a loaded machine, printed the
 * model's count and places every time.
 *
 * <h2>The verification program</h2>
 * It is the question's program plus {@code leaked()}, called after the count: for every
 * goroutine but main it reads the state and the top frame's {@code file:line} from the
 * same stack dump and prints how many goroutines wait at each place, sorted:
 * {@code 2 chan send main.go:16}. So a run checks the count, every leaked goroutine's wait
 * reason and the statement it is blocked in ({@link Printed#workerSites} gives the
 * lines). {@link #batch} keeps those line numbers with a {@code //line main.go:N}
 * directive in front of each program's functions, so hundreds of programs build once and
 * print what they print alone.
 */
public final class LeakPrograms {

    /** The worker statement at {@code line} of the program: where a goroutine parked there is blocked. */
    public record Site(String statement, int line) {
    }

    /**
     * A printed program.
     *
     * @param workerSites each statement of a worker's body (all workers run the same code), by
     *                    its index in the scenario's worker body
     */
    public record Printed(String source, List<Site> workerSites) {

        public Printed {
            workerSites = List.copyOf(workerSites);
        }
    }

    private static final String SETTLE = """
            // settle hands the only P to the other goroutines until none of them can run:
            // each has returned or is blocked. runtime.Stack lists them with their states.
            func settle() {
            \tbuf := make([]byte, 1<<16)
            \tfor strings.Contains(string(buf[:runtime.Stack(buf, true)]), "[runnable]") {
            \t\truntime.Gosched()
            \t}
            }
            """;

    private static final String LEAKED = """
            // leaked prints how many goroutines other than main wait where: the state and
            // the line of the top frame of each, as runtime.Stack shows them.
            func leaked() {
            \tbuf := make([]byte, 1<<16)
            \tcount := map[string]int{}
            \tvar places []string
            \tfor _, g := range strings.Split(string(buf[:runtime.Stack(buf, true)]), "\\n\\n")[1:] {
            \t\tlines := strings.Split(g, "\\n")
            \t\tstate := lines[0][strings.Index(lines[0], "[")+1 : strings.Index(lines[0], "]")]
            \t\tfile := strings.Fields(lines[2])[0]
            \t\tplace := state + " " + file[strings.LastIndex(file, "/")+1:]
            \t\tif count[place] == 0 {
            \t\t\tplaces = append(places, place)
            \t\t}
            \t\tcount[place]++
            \t}
            \tsort.Strings(places)
            \tfor _, p := range places {
            \t\tfmt.Println(count[p], p)
            \t}
            }
            """;

    /** The file name the stack dump shows for every program, standalone or batched. */
    static final String FILE = "main.go";

    private static final GoBatch BATCH = new GoBatch(List.of("context", "fmt", "runtime", "sort", "strings", "time"),
            List.of("context.Background", "time.After"), SETTLE + "\n" + LEAKED);

    private LeakPrograms() {
    }

    /** The program a question shows: the pattern, settle, the count. */
    public static Printed program(LeakScenario s) {
        return print(s, false);
    }

    /** {@link #program} that also prints, after the count, where the other goroutines wait. */
    public static Printed verification(LeakScenario s) {
        return print(s, true);
    }

    /**
     * The fix as Go code, the same in every language (markdown): the changed line, or
     * the lines to add where they belong.
     */
    public static String change(LeakScenario s) {
        return switch (s.pattern()) {
            case RECEIVER -> "`results := make(chan int, " + s.workers() + ")`";
            case TIMEOUT -> "`result := make(chan int, 1)`";
            case RANGE -> "`close(jobs)`";
            case CONTEXT -> "`ctx, cancel := context.WithCancel(context.Background())` + `defer cancel()`";
        };
    }

    /**
     * One program holding {@code programs} (name → scenario, names usable in Go
     * identifiers): run with a name as its argument, it prints what that scenario's
     * {@link #verification} program prints alone, line numbers included.
     */
    public static String batch(Map<String, LeakScenario> programs) {
        Map<String, String> calls = new LinkedHashMap<>();
        List<String> functions = new ArrayList<>();
        programs.forEach((name, s) -> {
            Writer w = new Writer(firstLine(imports(s, true)));
            functions(w, s, name, true);
            calls.put(name, "main" + name + "()");
            functions.add("//line " + FILE + ":" + w.first + "\n" + w.sb);
        });
        return BATCH.byArgument(calls, functions);
    }

    private static Printed print(LeakScenario s, boolean verification) {
        TreeSet<String> imports = imports(s, verification);
        StringBuilder head = new StringBuilder("package main\n\nimport (\n");
        imports.forEach(i -> head.append("\t\"").append(i).append("\"\n"));
        head.append(")\n\n");
        Writer w = new Writer(firstLine(imports));
        functions(w, s, "", verification);
        String source = head + w.sb.toString() + "\n" + SETTLE + (verification ? "\n" + LEAKED : "");
        return new Printed(source, w.sites);
    }

    /** package, a blank line, import (, the imports, ), a blank line: the functions start on the next line. */
    private static int firstLine(TreeSet<String> imports) {
        return imports.size() + 6;
    }

    private static TreeSet<String> imports(LeakScenario s, boolean verification) {
        TreeSet<String> imports = new TreeSet<>(List.of("fmt", "runtime", "strings"));
        if (verification) {
            imports.add("sort");
        }
        if (s.pattern() == Pattern.CONTEXT) {
            imports.add("context");
        }
        if (s.pattern() == Pattern.TIMEOUT) {
            imports.add("time");
        }
        return imports;
    }

    /** The pattern's function and main, their names suffixed by {@code suffix} (empty when alone). */
    private static void functions(Writer w, LeakScenario s, String suffix, boolean verification) {
        int n = s.workers();
        String fn = switch (s.pattern()) {
            case RECEIVER -> receiver(w, s, suffix);
            case TIMEOUT -> timeout(w, s, suffix);
            case RANGE -> range(w, s, suffix);
            case CONTEXT -> context(w, s, suffix);
        };
        w.line("");
        w.line("func main" + suffix + "() {");
        w.line("\truntime.GOMAXPROCS(1)");
        if (s.pattern() == Pattern.TIMEOUT) {
            w.line("\t" + LeakScenario.BACKEND + " := make(chan int)");
            w.line("\tfor id := 1; id <= " + n + "; id++ {");
            w.line("\t\t" + fn + "(backend, id)");
            w.line("\t}");
            if (s.jobs() > 0) {
                w.line("\tfor i := 1; i <= " + s.jobs() + "; i++ {");
                w.line("\t\tbackend <- i // the backend answers, too late");
                w.line("\t}");
            }
        } else {
            w.line("\t" + fn + "()");
        }
        w.line("\tsettle()");
        w.line("\tfmt.Println(runtime.NumGoroutine())");
        if (verification) {
            w.line("\tleaked()");
        }
        w.line("}");
    }

    private static String receiver(Writer w, LeakScenario s, String suffix) {
        int n = s.workers();
        int cap = s.resultsCap();
        w.line("// first asks " + n + (n == 1 ? " replica" : " replicas") + " the same question and returns the "
                + "first answer.");
        w.line("func first" + suffix + "() int {");
        w.line("\tresults := make(chan int" + (cap == 0 ? "" : ", " + cap) + ")");
        w.line("\tfor i := 1; i <= " + n + "; i++ {");
        w.line("\t\tgo func(i int) {");
        w.site("results <- i", "\t\t\tresults <- i // replica i answers");
        w.line("\t\t}(i)");
        w.line("\t}");
        w.line("\treturn <-results");
        w.line("}");
        return "first" + suffix;
    }

    private static String timeout(Writer w, LeakScenario s, String suffix) {
        w.line("// call waits at most " + ChannelPrograms.AFTER.replace(" * time.Millisecond", "ms")
                + " for the backend's answer to request id.");
        w.line("func call" + suffix + "(backend chan int, id int) (int, bool) {");
        w.line("\tresult := make(chan int" + (s.fixed() ? ", 1" : "") + ")");
        w.line("\tgo func() {");
        w.site("<-backend", "\t\t<-backend // the slow part: the backend answers only after call has given up");
        w.site("result <- id * 10", "\t\tresult <- id * 10");
        w.line("\t}()");
        w.line("\tselect {");
        w.line("\tcase v := <-result:");
        w.line("\t\treturn v, true");
        w.line("\tcase <-time.After(" + ChannelPrograms.AFTER + "):");
        w.line("\t\treturn 0, false");
        w.line("\t}");
        w.line("}");
        return "call" + suffix;
    }

    private static String range(Writer w, LeakScenario s, String suffix) {
        int n = s.workers();
        w.line("// consume hands " + s.jobs() + (s.jobs() == 1 ? " job" : " jobs") + " to " + n
                + (n == 1 ? " consumer." : " consumers."));
        w.line("func consume" + suffix + "() {");
        w.line("\tjobs := make(chan int" + (s.buffer() == 0 ? "" : ", " + s.buffer()) + ")");
        w.line("\tfor c := 1; c <= " + n + "; c++ {");
        w.line("\t\tgo func() {");
        w.site("for j := range jobs", "\t\t\tfor j := range jobs {");
        w.line("\t\t\t\t_ = j // handle the job");
        w.line("\t\t\t}");
        w.line("\t\t}()");
        w.line("\t}");
        sends(w, "jobs", s.jobs());
        if (s.fixed()) {
            w.line("\tclose(jobs)");
        }
        w.line("}");
        return "consume" + suffix;
    }

    private static String context(Writer w, LeakScenario s, String suffix) {
        int n = s.workers();
        w.line("// process hands " + s.jobs() + (s.jobs() == 1 ? " job" : " jobs") + " to " + n
                + (n == 1 ? " worker" : " workers") + "; a worker handles one job, or gives up");
        w.line("// when ctx is done.");
        w.line("func process" + suffix + "() {");
        if (s.fixed()) {
            w.line("\tctx, cancel := context.WithCancel(context.Background())");
            w.line("\tdefer cancel()");
        } else {
            w.line("\tctx, _ := context.WithCancel(context.Background())");
        }
        w.line("\twork := make(chan int)");
        w.line("\tfor w := 1; w <= " + n + "; w++ {");
        w.line("\t\tgo func() {");
        w.site("select", "\t\t\tselect {");
        w.line("\t\t\tcase <-ctx.Done():");
        w.line("\t\t\tcase j := <-work:");
        w.line("\t\t\t\t_ = j // handle the job");
        w.line("\t\t\t}");
        w.line("\t\t}()");
        w.line("\t}");
        sends(w, "work", s.jobs());
        w.line("}");
        return "process" + suffix;
    }

    private static void sends(Writer w, String ch, int jobs) {
        if (jobs > 0) {
            w.line("\tfor j := 1; j <= " + jobs + "; j++ {");
            w.line("\t\t" + ch + " <- j");
            w.line("\t}");
        }
    }

    /** Lines with their numbers: {@code first} is the number of the first line written. */
    private static final class Writer {
        final StringBuilder sb = new StringBuilder();
        final List<Site> sites = new ArrayList<>();
        final int first;
        int next;

        Writer(int first) {
            this.first = first;
            this.next = first;
        }

        void line(String text) {
            sb.append(text).append('\n');
            next++;
        }

        /** A worker statement a goroutine can block in, in body order. */
        void site(String statement, String text) {
            sites.add(new Site(statement, next));
            line(text);
        }
    }
}
