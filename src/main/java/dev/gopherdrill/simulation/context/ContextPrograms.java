package dev.gopherdrill.simulation.context;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.gopherdrill.simulation.GoBatch;
import dev.gopherdrill.simulation.context.ContextScenario.Advance;
import dev.gopherdrill.simulation.context.ContextScenario.AfterFunc;
import dev.gopherdrill.simulation.context.ContextScenario.Ask;
import dev.gopherdrill.simulation.context.ContextScenario.Cancel;
import dev.gopherdrill.simulation.context.ContextScenario.Derive;
import dev.gopherdrill.simulation.context.ContextScenario.Op;
import dev.gopherdrill.simulation.context.ContextScenario.Query;
import dev.gopherdrill.simulation.context.ContextScenario.WithCancel;
import dev.gopherdrill.simulation.context.ContextScenario.WithTimeout;
import dev.gopherdrill.simulation.context.ContextScenario.WithValue;

/**
 * A {@link ContextScenario} as gofmt-formatted Go source: a complete program ({@link #program})
 * and its {@code main} as a function that prints to a writer ({@link #asFunction}), many of
 * which {@link #batch} runs at once in one process, so the three-second sleeps of
 * hundreds of scenarios overlap and a test builds and runs once.
 *
 * Time never makes the output depend on the machine's speed: deadlines are in the past,
 * a few seconds away (only when the program then sleeps past them all, with a second to
 * spare either side), or at least half an hour away; {@code deadline(c)} prints the time
 * left rounded to the minute; and after the sleep {@code settle} waits until every context
 * whose deadline has passed is done, because a timer cancels its context on a goroutine
 * of its own, a moment after the deadline.
 *
 * Imports and helpers are exactly those used: Go refuses an unused import, and each
 * cancel function is either called or deferred, because an unused variable is an error.
 */
public final class ContextPrograms {

    private static final String DEADLINE_HELPER = """
            // deadline is the time left until c's deadline, to the minute, or "none".
            func deadline(c context.Context) string {
            \td, ok := c.Deadline()
            \tif !ok {
            \t\treturn "none"
            \t}
            \treturn time.Until(d).Round(time.Minute).String()
            }
            """;

    private static final String DONE_HELPER = """
            // done reports whether <-c.Done() would proceed at once.
            func done(c context.Context) bool {
            \tselect {
            \tcase <-c.Done():
            \t\treturn true
            \tdefault:
            \t\treturn false
            \t}
            }
            """;

    private static final String SETTLE_HELPER = """
            // settle returns once every context whose deadline has passed is done: a timer
            // cancels its context on a goroutine of its own, a moment after the deadline.
            func settle(ctxs ...context.Context) {
            \tfor _, c := range ctxs {
            \t\tif d, ok := c.Deadline(); ok && !time.Now().Before(d) {
            \t\t\t<-c.Done()
            \t\t}
            \t}
            }
            """;

    private static final GoBatch BATCH = new GoBatch(List.of("context", "errors", "fmt", "time"),
            List.of("errors.New"), "type key string\n\n" + DEADLINE_HELPER + "\n" + DONE_HELPER + "\n" + SETTLE_HELPER);

    private ContextPrograms() {
    }

    /** {@code package main}, its imports, helpers and {@code func main}. */
    public static String program(ContextScenario s) {
        Set<String> imports = new TreeSet<>(List.of("context"));
        if (!s.queries().isEmpty()) {
            imports.add("fmt");
        }
        if (!causes(s).isEmpty()) {
            imports.add("errors");
        }
        if (usesTime(s)) {
            imports.add("time");
        }
        StringBuilder sb = new StringBuilder("package main\n\n");
        if (imports.size() == 1) {
            sb.append("import \"").append(imports.iterator().next()).append("\"\n\n");
        } else {
            sb.append("import (\n");
            imports.forEach(i -> sb.append("\t\"").append(i).append("\"\n"));
            sb.append(")\n\n");
        }
        if (usesTypedKey(s)) {
            sb.append("type key string\n\n");
        }
        if (asks(s, Ask.DEADLINE)) {
            sb.append(DEADLINE_HELPER).append('\n');
        }
        if (asks(s, Ask.DONE)) {
            sb.append(DONE_HELPER).append('\n');
        }
        if (s.advances()) {
            sb.append(SETTLE_HELPER).append('\n');
        }
        return sb.append(body(s)).toString();
    }

    /**
     * The {@code func main} of a program {@link #program} printed, as {@code func name(w
     * io.Writer)} that prints to {@code w}: the same statements, for {@link #batch}.
     */
    public static String asFunction(String program, String name) {
        return "func " + name + "(w io.Writer) {\n" + GoBatch.mainBody(program)
                .replace("\tfmt.Println(", "\tfmt.Fprintln(w, ").replace("\tfmt.Printf(", "\tfmt.Fprintf(w, ");
    }

    /**
     * One program that runs {@code functions} (name → source from {@link #asFunction}) all
     * at once, each printing into a buffer of its own; {@link GoBatch#split} takes its
     * output apart again, in order.
     */
    public static String batch(Map<String, String> functions) {
        return BATCH.concurrently(functions);
    }

    /** The right-hand side that derives a context: {@code context.WithTimeout(a, 2*time.Hour)}. */
    public static String call(Derive d) {
        if (d.with() instanceof WithCancel c) {
            return "context.WithCancel" + (c.cause() ? "Cause" : "") + "(" + d.parent() + ")";
        } else if (d.with() instanceof WithTimeout t) {
            String fn = t.deadlineForm() ? "WithDeadline" : "WithTimeout";
            String when = t.deadlineForm() ? "time.Now().Add(" + duration(t.millis()) + ")" : duration(t.millis());
            return "context." + fn + (t.cause() != null ? "Cause" : "") + "(" + d.parent() + ", " + when
                    + (t.cause() != null ? ", " + t.cause() : "") + ")";
        } else if (d.with() instanceof WithValue v) {
            return "context.WithValue(" + d.parent() + ", " + v.key().go() + ", \"" + v.value() + "\")";
        }
        return "context.WithoutCancel(" + d.parent() + ")";
    }

    /** A whole number of seconds as Go writes it: {@code 2*time.Hour}, {@code -30*time.Minute}, {@code time.Second}. */
    public static String duration(long millis) {
        long[] units = {3_600_000, 60_000, 1_000};
        String[] names = {"time.Hour", "time.Minute", "time.Second"};
        for (int i = 0; i < units.length; i++) {
            if (millis % units[i] == 0) {
                long n = millis / units[i];
                return n == 1 ? names[i] : n == -1 ? "-" + names[i] : n + "*" + names[i];
            }
        }
        return millis + "*time.Millisecond";
    }

    /** A declaration on one line, as the program and the trace show it. */
    static String statement(Op op) {
        if (op instanceof Derive d) {
            String cancel = ContextScenario.cancellable(d.with()) ? ", cancel" + ContextModel.capitalised(d.name())
                    : "";
            return d.name() + cancel + " := " + call(d);
        } else if (op instanceof AfterFunc a) {
            return a.stop() + " := context.AfterFunc(" + a.ctx() + ", func() {})";
        }
        throw new IllegalArgumentException("not a one-line statement: " + op);
    }

    /** The print statement of a query. */
    static String print(Query q) {
        String println = "fmt.Println(";
        String label = "\"" + q.name() + ":\", ";
        return switch (q.ask()) {
            case ERR -> println + label + q.name() + ".Err())";
            case CAUSE -> println + label + "context.Cause(" + q.name() + "))";
            case VALUE -> println + label + q.name() + ".Value(" + q.key().go() + "))";
            case DEADLINE -> println + label + "deadline(" + q.name() + "))";
            case DONE -> println + label + "done(" + q.name() + "))";
            case TYPE -> "fmt.Printf(\"" + q.name() + ": %T\\n\", " + q.name() + ")";
            case STOP -> println + label + q.name() + "())";
        };
    }

    private static String body(ContextScenario s) {
        StringBuilder sb = new StringBuilder("func main() {\n");
        for (String cause : causes(s)) {
            sb.append('\t').append(cause).append(" := errors.New(\"").append(ContextScenario.CAUSES.get(cause))
                    .append("\")\n");
        }
        sb.append("\tctx := context.").append(s.todo() ? "TODO" : "Background").append("()\n");
        Set<String> called = new HashSet<>();
        s.ops().stream().filter(o -> o instanceof Cancel).forEach(o -> called.add(((Cancel) o).name()));
        Set<String> causeFuncs = new HashSet<>();
        List<String> derived = new ArrayList<>();
        for (Op op : s.ops()) {
            if (op instanceof Derive d) {
                derived.add(d.name());
                sb.append('\t').append(statement(d)).append('\n');
                if (ContextScenario.takesCause(d.with())) {
                    causeFuncs.add(d.name());
                }
                if (ContextScenario.cancellable(d.with()) && !called.contains(d.name())) {
                    sb.append("\tdefer cancel").append(ContextModel.capitalised(d.name())).append("()\n");
                }
            } else if (op instanceof Cancel c) {
                sb.append('\t').append(cancelCall(c, causeFuncs.contains(c.name()))).append('\n');
            } else if (op instanceof Advance) {
                sb.append("\ttime.Sleep(3 * time.Second)\n");
                sb.append("\tsettle(").append(String.join(", ", derived)).append(")\n");
            } else {
                sb.append('\t').append(statement(op)).append('\n');
            }
        }
        for (Query q : s.queries()) {
            sb.append('\t').append(print(q)).append('\n');
        }
        return sb.append("}\n").toString();
    }

    private static String cancelCall(Cancel c, boolean causeFunc) {
        return "cancel" + ContextModel.capitalised(c.name()) + "(" + (causeFunc ? (c.cause() == null ? "nil"
                : c.cause()) : "") + ")";
    }

    /** The error variables the program declares, in a stable order. */
    private static List<String> causes(ContextScenario s) {
        Set<String> used = new TreeSet<>();
        for (Op op : s.ops()) {
            if (op instanceof Cancel c && c.cause() != null) {
                used.add(c.cause());
            } else if (op instanceof Derive d && d.with() instanceof WithTimeout t && t.cause() != null) {
                used.add(t.cause());
            }
        }
        return List.copyOf(used);
    }

    private static boolean usesTime(ContextScenario s) {
        return s.advances() || asks(s, Ask.DEADLINE)
                || s.ops().stream().anyMatch(o -> o instanceof Derive d && d.with() instanceof WithTimeout);
    }

    private static boolean usesTypedKey(ContextScenario s) {
        return s.ops().stream().anyMatch(o -> o instanceof Derive d && d.with() instanceof WithValue v
                && v.key().typed())
                || s.queries().stream().anyMatch(q -> q.key() != null && q.key().typed());
    }

    private static boolean asks(ContextScenario s, Ask ask) {
        return s.queries().stream().anyMatch(q -> q.ask() == ask);
    }
}
