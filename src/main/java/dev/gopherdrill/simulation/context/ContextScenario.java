package dev.gopherdrill.simulation.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.SimulationInputException;

/**
 * A small Go program about a context tree, as data: the root ({@code ctx :=
 * context.Background()} or {@code context.TODO()}), the statements of {@code main} in order
 * (derive a context, cancel one, register an {@code AfterFunc}, let time pass) and the
 * prints at the end. {@link ContextModel} executes it, {@link ContextPrograms} prints it as
 * Go source; both read the same records, so the program shown and the answer computed
 * cannot drift apart.
 *
 * Invariants (checked by the compact constructor, which throws
 * {@link SimulationInputException} naming {@code ops[i]} or {@code queries[i]}; each is a
 * Go compile error, a program the model does not cover, or a program whose output would
 * depend on timing):
 * <ul>
 * <li>context names are unique, not reserved, and every statement names a context
 *     declared before it; an {@code AfterFunc}'s stop function is not a context;</li>
 * <li>every context is used (Go rejects an unused local): as a parent, by an
 *     {@code AfterFunc}, in a print, or in the {@code settle} call after a sleep;</li>
 * <li>each cancel function is called at most once, and only with a cause when it came from
 *     a {@code ...Cause} constructor ({@code CancelFunc} takes no argument); a context
 *     whose cancel function is never called gets {@code defer cancel()};</li>
 * <li>at most one {@link Advance}, after every context is created; a "soon" deadline
 *     (between 0 and the advance) exists only when an advance follows, so no timer is
 *     pending near the moment anything is printed;</li>
 * <li>every stop function is printed exactly once (calling it has an effect).</li>
 * </ul>
 */
public record ContextScenario(boolean todo, List<Op> ops, List<Query> queries) {

    /** The root's variable. */
    public static final String ROOT = "ctx";

    /** How far an {@link Advance} moves the clock: {@code time.Sleep(3 * time.Second)}. */
    public static final long ADVANCE_MILLIS = 3_000;

    /**
     * The least time between a soon deadline and the end of the advance, and between the
     * start of the program and a soon deadline: a program stalled that long by a busy
     * machine would print something else, and a second is far beyond any stall seen.
     */
    public static final long MARGIN_MILLIS = 1_000;

    /** Deadlines this far away never fire while the program runs. */
    public static final long FAR_MILLIS = 30 * 60_000;

    /** The error variables a cause can name, and their messages ({@code errors.New}). */
    public static final Map<String, String> CAUSES = Map.of("errShutdown", "shutdown", "errTooSlow", "too slow",
            "errUserLeft", "user left");

    private static final Set<String> RESERVED = Set.of(ROOT, "key", "deadline", "done", "settle", "main", "fmt",
            "time", "errors", "context", "w", "io", "len", "cap", "new", "make", "close", "string");

    public ContextScenario {
        ops = List.copyOf(ops);
        queries = List.copyOf(queries);
        validate(ops, queries);
    }

    /** A key of {@code context.WithValue}: {@code key("user")} (the program's own type) or {@code "user"}. */
    public record Key(boolean typed, String name) {

        public Key {
            if (!name.matches("[a-z]+")) {
                throw new IllegalArgumentException("key names are lower-case words: " + name);
            }
        }

        /** As Go source. */
        public String go() {
            return typed ? "key(\"" + name + "\")" : "\"" + name + "\"";
        }
    }

    /** A statement of {@code main}. */
    public sealed interface Op permits Derive, Cancel, AfterFunc, Advance {
    }

    /** How a context is derived from its parent. */
    public sealed interface With permits WithCancel, WithTimeout, WithValue, WithoutCancel {
        /** The first Go release that has this constructor. */
        GoVersion since();
    }

    /** {@code name, cancelName := context.WithCancel(parent)}, or {@code WithCancelCause} (Go 1.20). */
    public record WithCancel(boolean cause) implements With {
        @Override
        public GoVersion since() {
            return cause ? new GoVersion(1, 20) : new GoVersion(1, 7);
        }
    }

    /**
     * {@code context.WithTimeout(parent, d)}, or {@code WithDeadline(parent, time.Now().Add(d))}
     * when {@code deadlineForm}; with {@code cause} (an error variable) the {@code ...Cause}
     * form of Go 1.21.
     */
    public record WithTimeout(long millis, boolean deadlineForm, String cause) implements With {
        @Override
        public GoVersion since() {
            return cause != null ? new GoVersion(1, 21) : new GoVersion(1, 7);
        }
    }

    /** {@code name := context.WithValue(parent, key, "value")}. */
    public record WithValue(Key key, String value) implements With {

        public WithValue {
            if (!value.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("values need no escaping: " + value);
            }
        }

        @Override
        public GoVersion since() {
            return new GoVersion(1, 7);
        }
    }

    /** {@code name := context.WithoutCancel(parent)} (Go 1.21). */
    public record WithoutCancel() implements With {
        @Override
        public GoVersion since() {
            return new GoVersion(1, 21);
        }
    }

    /** Declares context {@code name} from {@code parent}. */
    public record Derive(String name, String parent, With with) implements Op {
    }

    /**
     * Calls {@code name}'s cancel function: {@code cancelB()}, or for a {@code ...Cause}
     * constructor {@code cancelB(errX)} ({@code cause} the error variable) or
     * {@code cancelB(nil)} ({@code cause} null).
     */
    public record Cancel(String name, String cause) implements Op {
    }

    /** {@code stop := context.AfterFunc(ctx, func() {})} (Go 1.21). */
    public record AfterFunc(String stop, String ctx) implements Op {
    }

    /** {@code time.Sleep(3 * time.Second)} and then {@code settle(...)} on every context. */
    public record Advance() implements Op {
    }

    /** What the program prints at the end, one line per query. */
    public enum Ask {
        /** {@code fmt.Println("a:", a.Err())} */
        ERR,
        /** {@code fmt.Println("a:", context.Cause(a))} (Go 1.20) */
        CAUSE,
        /** {@code fmt.Println("a:", a.Value(key))} */
        VALUE,
        /** {@code fmt.Println("a:", deadline(a))}: the time left, to the minute */
        DEADLINE,
        /** {@code fmt.Println("a:", done(a))}: would {@code <-a.Done()} proceed? */
        DONE,
        /** {@code fmt.Printf("a: %T\n", a)} */
        TYPE,
        /** {@code fmt.Println("stop1:", stop1())} (Go 1.21) */
        STOP
    }

    /** One print; {@code key} only for {@link Ask#VALUE}; {@code name} is a stop function for {@link Ask#STOP}. */
    public record Query(Ask ask, String name, Key key) {

        public Query {
            if ((ask == Ask.VALUE) != (key != null)) {
                throw new IllegalArgumentException("a key goes with VALUE and only with it: " + ask);
            }
        }
    }

    /** The newest constructor or call the scenario uses decides the oldest release it compiles on. */
    public GoVersion needs() {
        GoVersion need = new GoVersion(1, 7);
        for (Op op : ops) {
            GoVersion v = op instanceof Derive d ? d.with().since()
                    : op instanceof AfterFunc ? new GoVersion(1, 21) : need;
            need = v.compareTo(need) > 0 ? v : need;
        }
        for (Query q : queries) {
            GoVersion v = q.ask() == Ask.CAUSE ? new GoVersion(1, 20)
                    : q.ask() == Ask.STOP ? new GoVersion(1, 21) : need;
            need = v.compareTo(need) > 0 ? v : need;
        }
        return need;
    }

    /** The contexts in declaration order, root first. */
    public List<String> contexts() {
        List<String> names = new ArrayList<>(List.of(ROOT));
        ops.stream().filter(o -> o instanceof Derive).forEach(o -> names.add(((Derive) o).name()));
        return names;
    }

    public boolean advances() {
        return ops.stream().anyMatch(o -> o instanceof Advance);
    }

    /** Whether {@code name} has a cancel function, and whether it takes a cause. */
    static boolean cancellable(With with) {
        return with instanceof WithCancel || with instanceof WithTimeout;
    }

    static boolean takesCause(With with) {
        return with instanceof WithCancel c && c.cause();
    }

    private static void validate(List<Op> ops, List<Query> queries) {
        Map<String, With> declared = new HashMap<>();
        declared.put(ROOT, null);
        Set<String> stops = new HashSet<>();
        Set<String> used = new HashSet<>();
        Set<String> cancelled = new HashSet<>();
        boolean advanced = false;
        boolean soon = false;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String field = "ops[" + i + "]";
            if (op instanceof Derive d) {
                if (advanced) {
                    throw new SimulationInputException(field, "contexts are all created before the clock advances: " + d);
                }
                if (!d.name().matches("[a-z][a-zA-Z0-9]*") || RESERVED.contains(d.name())
                        || declared.containsKey(d.name()) || stops.contains(d.name())) {
                    throw new SimulationInputException(field, "context name repeated or reserved: " + d.name());
                }
                requireContext(field, declared, d.parent(), d);
                used.add(d.parent());
                if (d.with() instanceof WithTimeout t) {
                    boolean isSoon = t.millis() > 0 && t.millis() <= ADVANCE_MILLIS - MARGIN_MILLIS;
                    if (t.millis() % 1000 != 0 || t.millis() == 0
                            || t.millis() > 0 && !isSoon && t.millis() < FAR_MILLIS) {
                        throw new SimulationInputException(field, "a timeout is in the past, a few seconds away or at least "
                                + "30 minutes away, in whole seconds: " + t);
                    }
                    soon |= isSoon;
                    requireCause(field, t.cause());
                }
                declared.put(d.name(), d.with());
            } else if (op instanceof Cancel c) {
                requireContext(field, declared, c.name(), c);
                With with = declared.get(c.name());
                if (with == null || !cancellable(with)) {
                    throw new SimulationInputException(field, c.name() + " has no cancel function");
                }
                requireCause(field, c.cause());
                if (c.cause() != null && !takesCause(with)) {
                    throw new SimulationInputException(field, "a CancelFunc takes no cause: " + c);
                }
                if (!cancelled.add(c.name())) {
                    throw new SimulationInputException(field, "cancel" + c.name() + " is called twice");
                }
            } else if (op instanceof AfterFunc a) {
                requireContext(field, declared, a.ctx(), a);
                if (!a.stop().matches("stop\\d+") || !stops.add(a.stop())) {
                    throw new SimulationInputException(field, "stop functions are stop1, stop2, ...: " + a.stop());
                }
                used.add(a.ctx());
            } else if (op instanceof Advance) {
                if (advanced) {
                    throw new SimulationInputException(field, "at most one advance");
                }
                advanced = true;
                used.addAll(declared.keySet());
            }
        }
        if (soon && !advanced) {
            throw new SimulationInputException("ops", "a deadline a few seconds away needs the clock to advance "
                    + "past it");
        }
        Set<String> printedStops = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            String field = "queries[" + i + "]";
            if (q.ask() == Ask.STOP) {
                if (!stops.contains(q.name()) || !printedStops.add(q.name())) {
                    throw new SimulationInputException(field, "each stop function is printed once: " + q.name());
                }
            } else {
                requireContext(field, declared, q.name(), q);
                used.add(q.name());
            }
        }
        if (!printedStops.equals(stops)) {
            throw new SimulationInputException("queries", "every stop function is called once; never called: "
                    + stops.stream().filter(x -> !printedStops.contains(x)).sorted().toList());
        }
        if (!used.containsAll(declared.keySet())) {
            throw new SimulationInputException("ops", "declared but not used: " + declared.keySet().stream()
                    .filter(n -> !used.contains(n)).sorted().toList());
        }
    }

    private static void requireCause(String field, String cause) {
        if (cause != null && !CAUSES.containsKey(cause)) {
            throw new SimulationInputException(field, "cause variables are " + CAUSES.keySet() + ", not " + cause);
        }
    }

    private static void requireContext(String field, Map<String, With> declared, String name, Object where) {
        if (!declared.containsKey(name)) {
            throw new SimulationInputException(field, "no context " + name + " before " + where);
        }
    }
}
