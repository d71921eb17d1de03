package dev.gopherdrill.simulation.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.gopherdrill.simulation.GoBatch;
import dev.gopherdrill.simulation.channels.ChannelScenario.AfterCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Case;
import dev.gopherdrill.simulation.channels.ChannelScenario.ChanDecl;
import dev.gopherdrill.simulation.channels.ChannelScenario.Close;
import dev.gopherdrill.simulation.channels.ChannelScenario.Go;
import dev.gopherdrill.simulation.channels.ChannelScenario.LenCap;
import dev.gopherdrill.simulation.channels.ChannelScenario.Print;
import dev.gopherdrill.simulation.channels.ChannelScenario.Range;
import dev.gopherdrill.simulation.channels.ChannelScenario.Recv;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvOk;
import dev.gopherdrill.simulation.channels.ChannelScenario.Select;
import dev.gopherdrill.simulation.channels.ChannelScenario.Send;
import dev.gopherdrill.simulation.channels.ChannelScenario.SendCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Stmt;
import dev.gopherdrill.simulation.channels.ChannelScenario.WgAdd;
import dev.gopherdrill.simulation.channels.ChannelScenario.WgWait;

/**
 * A {@link ChannelScenario} as gofmt-formatted Go source: a complete program ({@link #program}),
 * the same body as a named function ({@link #function}), and many such functions batched
 * into one program that runs the one named by {@code os.Args[1]} ({@link #batch}), so a
 * test builds once and runs hundreds of scenarios.
 *
 * The body always starts with {@code runtime.GOMAXPROCS(1)}: before it the runtime may use
 * every CPU, after it there is one P and the order {@link ChannelModel} computes is the
 * only one. Imports are exactly the packages used ({@code fmt} only when something
 * prints, {@code sync} only with a WaitGroup, {@code time} only with a
 * {@code time.After} case): Go refuses unused imports.
 *
 * A quiet scenario prints nothing: {@code <-ch} instead of {@code fmt.Println(<-ch)},
 * {@code for range ch {}} and select cases with empty bodies.
 *
 * A {@code time.After} case waits {@link #AFTER}: far longer than any of these programs
 * runs between arming the timer and having nothing left to run, which is when the model
 * fires it.
 *
 * Each {@code v, ok := <-ch} gets its own numbered pair ({@code v1, ok1}, {@code v2, ok2}
 * ...) because a second {@code v, ok :=} in one scope is a compile error; range and
 * select variables are scoped to their block and can all be {@code v}.
 */
public final class ChannelPrograms {

    /** The duration of every {@code time.After} case, as Go source. */
    public static final String AFTER = "10 * time.Millisecond";

    private static final GoBatch BATCH = new GoBatch(List.of("fmt", "runtime", "sync", "time"),
            List.of("fmt.Println", "runtime.GOMAXPROCS", "sync.NewCond", "time.After"), "");

    private ChannelPrograms() {
    }

    /** {@code package main}, its imports and {@code func main}. */
    public static String program(ChannelScenario s) {
        TreeSet<String> imports = new TreeSet<>(List.of("runtime"));
        if (prints(s)) {
            imports.add("fmt");
        }
        if (s.waitGroup()) {
            imports.add("sync");
        }
        if (usesTimers(s)) {
            imports.add("time");
        }
        StringBuilder sb = new StringBuilder("package main\n\n");
        if (imports.size() == 1) {
            sb.append("import \"").append(imports.first()).append("\"\n\n");
        } else {
            sb.append("import (\n");
            imports.forEach(i -> sb.append("\t\"").append(i).append("\"\n"));
            sb.append(")\n\n");
        }
        return sb.append(function(s, "main")).toString();
    }

    /** {@code func name() { ... }}: the body of {@link #program} under another name. */
    public static String function(ChannelScenario s, String name) {
        Writer w = new Writer(s.quiet());
        w.line("func " + name + "() {");
        w.indent++;
        w.line("runtime.GOMAXPROCS(1)");
        for (ChanDecl c : s.channels()) {
            w.line(c.nil() ? "var " + c.name() + " chan int"
                    : c.name() + " := make(chan int" + (c.cap() == 0 ? "" : ", " + c.cap()) + ")");
        }
        if (s.waitGroup()) {
            w.line("var wg sync.WaitGroup");
        }
        for (Stmt st : s.main()) {
            if (st instanceof Go g) {
                w.line("go func() { // " + ChannelScenario.workerName(g.worker()));
                w.indent++;
                if (s.waitGroup()) {
                    w.line("defer wg.Done()");
                }
                s.workers().get(g.worker()).forEach(x -> statement(w, x));
                w.indent--;
                w.line("}()");
            } else {
                statement(w, st);
            }
        }
        w.indent--;
        w.line("}");
        return w.sb.toString();
    }

    /** The {@code func main} of a program this class printed, renamed: the same code as {@link #function}. */
    public static String asFunction(String program, String name) {
        return "func " + name + "() {\n" + GoBatch.mainBody(program);
    }

    /**
     * One program holding {@code functions} (name → source from {@link #function}); it runs
     * the one named by its first argument and exits as that function's program would.
     */
    public static String batch(Map<String, String> functions) {
        return BATCH.byArgument(functions);
    }

    /** A statement on one line, for trace texts: {@code ch1 <- 3}, {@code v, ok := <-ch2}, {@code select {...}}. */
    static String summary(Stmt s) {
        return summary(s, false);
    }

    /** {@link #summary(Stmt)} as a quiet scenario writes it: {@code <-ch}, {@code for range ch}. */
    static String summary(Stmt s, boolean quiet) {
        if (s instanceof Send x) {
            return x.ch() + " <- " + x.value();
        } else if (s instanceof Recv x) {
            return quiet ? "<-" + x.ch() : "fmt.Println(<-" + x.ch() + ")";
        } else if (s instanceof RecvOk x) {
            return "v, ok := <-" + x.ch();
        } else if (s instanceof Close x) {
            return "close(" + x.ch() + ")";
        } else if (s instanceof LenCap x) {
            return "fmt.Println(len(" + x.ch() + "), cap(" + x.ch() + "))";
        } else if (s instanceof Range x) {
            return (quiet ? "for range " : "for v := range ") + x.ch();
        } else if (s instanceof Print x) {
            return "fmt.Println(\"" + x.text() + "\")";
        } else if (s instanceof Go x) {
            return "go func() { " + ChannelScenario.workerName(x.worker()) + " }()";
        } else if (s instanceof WgAdd x) {
            return "wg.Add(" + x.delta() + ")";
        } else if (s instanceof WgWait) {
            return "wg.Wait()";
        } else if (s instanceof Select x) {
            List<String> parts = new ArrayList<>(x.cases().stream().map(ChannelPrograms::caseSummary).toList());
            if (x.hasDefault()) {
                parts.add("default");
            }
            return parts.isEmpty() ? "select {}" : "select { " + String.join("; ", parts) + " }";
        }
        throw new IllegalArgumentException("unknown statement " + s);
    }

    static String caseSummary(Case c) {
        if (c instanceof AfterCase) {
            return "case <-time.After";
        }
        return c instanceof SendCase s ? "case " + s.ch() + " <- " + s.value() : "case <-" + c.ch();
    }

    private static void statement(Writer w, Stmt s) {
        if (w.quiet && s instanceof Recv x) {
            w.line("<-" + x.ch());
        } else if (w.quiet && s instanceof Range x) {
            w.line("for range " + x.ch() + " {");
            w.line("}");
        } else if (s instanceof RecvOk x) {
            int n = ++w.vars;
            w.line("v" + n + ", ok" + n + " := <-" + x.ch());
            w.line("fmt.Println(v" + n + ", ok" + n + ")");
        } else if (s instanceof Range x) {
            w.line("for v := range " + x.ch() + " {");
            w.line("\tfmt.Println(v)");
            w.line("}");
        } else if (s instanceof Select x) {
            if (x.cases().isEmpty() && !x.hasDefault()) {
                w.line("select {}");
                return;
            }
            w.line("select {");
            for (Case c : x.cases()) {
                if (c instanceof SendCase sc) {
                    w.line("case " + sc.ch() + " <- " + sc.value() + ":");
                    w.body("fmt.Println(\"" + sc.output() + "\")");
                } else if (c instanceof AfterCase ac) {
                    w.line("case <-time.After(" + AFTER + "):");
                    w.body("fmt.Println(\"" + ac.label() + "\")");
                } else if (w.quiet) {
                    w.line("case <-" + c.ch() + ":");
                } else {
                    w.line("case v := <-" + c.ch() + ":");
                    w.body("fmt.Println(\"" + c.ch() + " recv\", v)");
                }
            }
            if (x.hasDefault()) {
                w.line("default:");
                w.body("fmt.Println(\"" + x.defaultLabel() + "\")");
            }
            w.line("}");
        } else if (s instanceof Go) {
            throw new IllegalArgumentException("go statements are only rendered in main");
        } else {
            w.line(summary(s));
        }
    }

    private static boolean prints(ChannelScenario s) {
        if (s.quiet()) {
            return false;
        }
        return statements(s).stream().anyMatch(st -> st instanceof Recv || st instanceof RecvOk || st instanceof LenCap
                || st instanceof Range || st instanceof Print
                || st instanceof Select sel && (!sel.cases().isEmpty() || sel.hasDefault()));
    }

    private static boolean usesTimers(ChannelScenario s) {
        return statements(s).stream().anyMatch(st -> st instanceof Select sel
                && sel.cases().stream().anyMatch(c -> c instanceof AfterCase));
    }

    private static List<Stmt> statements(ChannelScenario s) {
        List<Stmt> all = new ArrayList<>(s.main());
        s.workers().forEach(all::addAll);
        return all;
    }

    private static final class Writer {
        final StringBuilder sb = new StringBuilder();
        final boolean quiet;
        int indent;
        int vars;

        Writer(boolean quiet) {
            this.quiet = quiet;
        }

        void line(String text) {
            sb.append("\t".repeat(indent)).append(text).append("\n");
        }

        /** The body of a select clause: what it prints, nothing in a quiet scenario. */
        void body(String text) {
            if (!quiet) {
                line("\t" + text);
            }
        }
    }
}
