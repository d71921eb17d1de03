package dev.gopherdrill.simulation.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.gopherdrill.simulation.channels.Scenario.Case;
import dev.gopherdrill.simulation.channels.Scenario.ChanDecl;
import dev.gopherdrill.simulation.channels.Scenario.Close;
import dev.gopherdrill.simulation.channels.Scenario.Go;
import dev.gopherdrill.simulation.channels.Scenario.LenCap;
import dev.gopherdrill.simulation.channels.Scenario.Print;
import dev.gopherdrill.simulation.channels.Scenario.Range;
import dev.gopherdrill.simulation.channels.Scenario.Recv;
import dev.gopherdrill.simulation.channels.Scenario.RecvCase;
import dev.gopherdrill.simulation.channels.Scenario.RecvOk;
import dev.gopherdrill.simulation.channels.Scenario.Select;
import dev.gopherdrill.simulation.channels.Scenario.Send;
import dev.gopherdrill.simulation.channels.Scenario.SendCase;
import dev.gopherdrill.simulation.channels.Scenario.Stmt;
import dev.gopherdrill.simulation.channels.Scenario.WgAdd;
import dev.gopherdrill.simulation.channels.Scenario.WgWait;

/**
 * A {@link Scenario} as gofmt-formatted Go source: a complete program ({@link #program}),
 * the same body as a named function ({@link #function}), and many such functions batched
 * into one program that runs the one named by {@code os.Args[1]} ({@link #batch}), so a
 * test builds once and runs hundreds of scenarios.
 *
 * The body always starts with {@code runtime.GOMAXPROCS(1)}: before it the runtime may use
 * every CPU, after it there is one P and the order {@link ChannelModel} computes is the
 * only one. Imports are exactly the packages used ({@code fmt} only when something
 * prints, {@code sync} only with a WaitGroup): Go refuses unused imports.
 *
 * Each {@code v, ok := <-ch} gets its own numbered pair ({@code v1, ok1}, {@code v2, ok2}
 * ...) because a second {@code v, ok :=} in one scope is a compile error; range and
 * select variables are scoped to their block and can all be {@code v}.
 */
public final class ChannelPrograms {

    private ChannelPrograms() {
    }

    /** {@code package main}, its imports and {@code func main}. */
    public static String program(Scenario s) {
        TreeSet<String> imports = new TreeSet<>(List.of("runtime"));
        if (prints(s)) {
            imports.add("fmt");
        }
        if (s.waitGroup()) {
            imports.add("sync");
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
    public static String function(Scenario s, String name) {
        Writer w = new Writer();
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
                w.line("go func() { // " + Scenario.workerName(g.worker()));
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
        int at = program.indexOf("\nfunc main() {\n");
        if (at < 0 || program.indexOf("\nfunc ", at + 1) >= 0) {
            throw new IllegalArgumentException("not a program ChannelPrograms printed:\n" + program);
        }
        return "func " + name + "() {\n" + program.substring(at + "\nfunc main() {\n".length());
    }

    /**
     * One program holding {@code functions} (name → source from {@link #function}); it runs
     * the one named by its first argument and exits as that function's program would.
     */
    public static String batch(Map<String, String> functions) {
        StringBuilder sb = new StringBuilder("""
                package main

                import (
                \t"fmt"
                \t"os"
                \t"runtime"
                \t"sync"
                )

                // Not every scenario uses every package.
                var _ = fmt.Println
                var _ = runtime.GOMAXPROCS
                var _ sync.WaitGroup

                func main() {
                \tswitch os.Args[1] {
                """);
        for (String name : functions.keySet()) {
            sb.append("\tcase \"").append(name).append("\":\n\t\t").append(name).append("()\n");
        }
        sb.append("\tdefault:\n\t\tpanic(\"no scenario \" + os.Args[1])\n\t}\n}\n");
        functions.values().forEach(f -> sb.append("\n").append(f));
        return sb.toString();
    }

    /** A statement on one line, for trace texts: {@code ch1 <- 3}, {@code v, ok := <-ch2}, {@code select {...}}. */
    static String summary(Stmt s) {
        if (s instanceof Send x) {
            return x.ch() + " <- " + x.value();
        } else if (s instanceof Recv x) {
            return "fmt.Println(<-" + x.ch() + ")";
        } else if (s instanceof RecvOk x) {
            return "v, ok := <-" + x.ch();
        } else if (s instanceof Close x) {
            return "close(" + x.ch() + ")";
        } else if (s instanceof LenCap x) {
            return "fmt.Println(len(" + x.ch() + "), cap(" + x.ch() + "))";
        } else if (s instanceof Range x) {
            return "for v := range " + x.ch();
        } else if (s instanceof Print x) {
            return "fmt.Println(\"" + x.text() + "\")";
        } else if (s instanceof Go x) {
            return "go func() { " + Scenario.workerName(x.worker()) + " }()";
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
        return c instanceof SendCase s ? "case " + s.ch() + " <- " + s.value() : "case <-" + c.ch();
    }

    private static void statement(Writer w, Stmt s) {
        if (s instanceof RecvOk x) {
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
                    w.line("\tfmt.Println(\"" + sc.output() + "\")");
                } else {
                    w.line("case v := <-" + c.ch() + ":");
                    w.line("\tfmt.Println(\"" + c.ch() + " recv\", v)");
                }
            }
            if (x.hasDefault()) {
                w.line("default:");
                w.line("\tfmt.Println(\"" + x.defaultLabel() + "\")");
            }
            w.line("}");
        } else if (s instanceof Go) {
            throw new IllegalArgumentException("go statements are only rendered in main");
        } else {
            w.line(summary(s));
        }
    }

    private static boolean prints(Scenario s) {
        List<Stmt> all = new ArrayList<>(s.main());
        s.workers().forEach(all::addAll);
        return all.stream().anyMatch(st -> st instanceof Recv || st instanceof RecvOk || st instanceof LenCap
                || st instanceof Range || st instanceof Print
                || st instanceof Select sel && (!sel.cases().isEmpty() || sel.hasDefault()));
    }

    private static final class Writer {
        final StringBuilder sb = new StringBuilder();
        int indent;
        int vars;

        void line(String text) {
            sb.append("\t".repeat(indent)).append(text).append("\n");
        }
    }
}
