package dev.gopherdrill.simulation.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.context.ContextScenario.Key;

/**
 * A tree of contexts as {@code context/context.go} builds and cancels it, with a clock
 * that only moves when told to.
 *
 * <h2>The real structures</h2>
 * {@code Background()} and {@code TODO()} are {@code emptyCtx} values: {@code Done()}
 * returns nil, so nothing derived from them alone is ever cancelled. {@code cancelCtx
 * {Context; mu; done; children map[canceler]struct{}; err; cause}} embeds its parent;
 * {@code timerCtx {cancelCtx; timer; deadline}} adds a {@code time.AfterFunc} timer;
 * {@code valueCtx {Context; key, val}} holds one pair; {@code withoutCancelCtx {c}} (1.21)
 * hides its parent's cancellation; {@code afterFuncCtx {cancelCtx; once; f}} (1.21) is the
 * child an {@code AfterFunc} registers. Only {@code *cancelCtx} (also inside
 * {@code timerCtx} and {@code afterFuncCtx}) has {@code children}: a cancelable context
 * below a {@code valueCtx} registers with the nearest {@code cancelCtx} above it, which it
 * finds by {@code parent.Value(&cancelCtxKey)}.
 *
 * <h2>Transitions (one trace step each), with the function each method models</h2>
 * <ul>
 * <li>{@link #withCancel}: {@code WithCancel → newCancelCtx, propagateCancel}; with a
 *     cause, {@code WithCancelCause} (1.20).</li>
 * <li>{@link #propagateCancel}: {@code parent.Done() == nil} → nothing (the parent is
 *     never cancelled); the parent already done → {@code child.cancel(false, parent.Err(),
 *     Cause(parent))} now; {@code parentCancelCtx} finds a {@code *cancelCtx} → the child
 *     goes into its {@code children}. (The fourth branch, a goroutine waiting on
 *     {@code parent.Done()}, is for a parent of a Context type of the program's own, which
 *     the model has not: for the package's own types {@code parentCancelCtx} always
 *     finds the {@code cancelCtx}, and the invariants check that it does.)</li>
 * <li>{@link #withDeadline}: {@code WithDeadline} (and {@code WithTimeout}, which is
 *     {@code WithDeadline(parent, time.Now().Add(d))}; {@code ...Cause} in 1.21): when
 *     {@code parent.Deadline()} is earlier, it returns {@code WithCancel(parent)} — a
 *     {@code *cancelCtx} that reports the parent's deadline and drops the cause; else a
 *     {@code timerCtx}: {@code propagateCancel}, then a deadline already passed cancels
 *     now with {@code DeadlineExceeded}, and a future one arms {@code time.AfterFunc}.</li>
 * <li>{@link #withValue}: {@code WithValue}; {@link #value} is {@code valueCtx.Value → value()}:
 *     walk up, the first pair whose key {@code ==} the asked key wins (same dynamic type
 *     and value: {@code key("user") != "user"}).</li>
 * <li>{@link #withoutCancel}: {@code WithoutCancel} (1.21): no deadline, {@code Done()} nil,
 *     values still found through it.</li>
 * <li>{@link #cancel}: the {@code CancelFunc}: {@code cancelCtx.cancel(removeFromParent,
 *     err, cause)}: a second call does nothing; set {@code err} (and {@code cause}, the
 *     error itself when none is given), close {@code done}, cancel every child with
 *     {@code removeFromParent=false}, drop {@code children}, then {@code removeChild} from
 *     the parent. A {@code timerCtx} also stops its timer. Cancellation flows down,
 *     never up.</li>
 * <li>{@link #afterFunc} and {@link #stop}: {@code AfterFunc} (1.21) registers an
 *     {@code afterFuncCtx} child; its {@code cancel} starts {@code f} on a new goroutine
 *     through {@code once}; {@code stop()} wins the {@code once} only while {@code f} has
 *     not started, and then unregisters.</li>
 * <li>{@link #advance}: the clock moves; each armed timer whose deadline is reached fires,
 *     in deadline order: {@code c.cancel(true, DeadlineExceeded, cause)}.</li>
 * </ul>
 *
 * <h2>Invariants ({@link #checkInvariants}, after every transition)</h2>
 * <ul>
 * <li>a live cancelable context is in the {@code children} of the nearest
 *     {@code cancelCtx} above it, reached through {@code valueCtx}s only, and that
 *     {@code cancelCtx} is live; a cancelled one is in nobody's {@code children} and has
 *     none of its own (cancellation flows down: a done {@code cancelCtx} has no live
 *     context below it on such a path);</li>
 * <li>a {@code timerCtx} has an armed timer exactly while it is live, and an armed timer's
 *     deadline is in the future; its deadline is no later than its parent's;</li>
 * <li>{@code err} is nil, {@code Canceled} or {@code DeadlineExceeded}, and
 *     {@code DeadlineExceeded} only where {@code Deadline()} has passed; from 1.20
 *     {@code cause} is set exactly when {@code err} is;</li>
 * <li>an {@code AfterFunc}'s {@code f} is pending exactly while its context is live.</li>
 * </ul>
 *
 * <h2>Simplified</h2>
 * The clock counts microseconds from the program's start. Each statement takes one tick
 * ({@link #TICK_MICROS}) because real ones take a moment too: {@code WithTimeout(a, time.Hour)}
 * written after {@code a, _ := WithTimeout(ctx, time.Hour)} asks for a deadline slightly
 * later than {@code a}'s, so it gets a plain {@code *cancelCtx}. {@code children} is a
 * map in Go, iterated in random order; the model cancels children in the order they
 * registered, which no program can tell apart. The timer's goroutine is instantaneous:
 * the programs wait for it ({@code settle}) before looking.
 *
 * <h2>Versions</h2>
 * Go 1.17 to 1.24. Everything up to {@code WithValue} is the same in all of them and is
 * verified on go1.19.8 (context.go of that release). {@code WithCancelCause} and
 * {@code Cause} (1.20), {@code AfterFunc}, {@code WithoutCancel},
 * {@code WithDeadlineCause} and {@code WithTimeoutCause} (1.21) were read from the Go
 * source, not verified here: using one on an older release throws
 * {@link SimulationInputException}, because the program would not compile. From 1.21
 * {@code Background()} and {@code TODO()} are {@code backgroundCtx} and {@code todoCtx}
 * values instead of {@code *emptyCtx} (also read from the source).
 *
 * <h2>Learned from running the real thing (go1.19.8)</h2>
 * <ul>
 * <li>The one-tick clock matters: {@code WithTimeout(a, time.Hour)} under an {@code a}
 *     made with {@code WithTimeout(ctx, time.Hour)} one statement earlier prints
 *     {@code *context.cancelCtx} every time; the monotonic clock never returned the same
 *     reading for the two calls.</li>
 * <li>A timeout already past, under a parent already cancelled, reports
 *     {@code context canceled}: {@code propagateCancel} cancels it with the parent's error
 *     before {@code WithDeadline} gets to its own check.</li>
 * <li>Hundreds of these programs run at once in one process, a dozen such processes at a
 *     time next to two busy loops, printed the same bytes every time: with deadlines at
 *     least a second from any statement and {@code settle} after the sleep, nothing in
 *     the output depends on scheduling.</li>
 * </ul>
 */
public final class ContextModel {

    /** {@code errors.New("context canceled")} */
    public static final String CANCELED = "context canceled";

    /** {@code deadlineExceededError{}.Error()} */
    public static final String DEADLINE_EXCEEDED = "context deadline exceeded";

    /** The time one statement takes, so later calls read a later {@code time.Now()}. */
    public static final long TICK_MICROS = 1;

    static final GoVersion CAUSE_SINCE = new GoVersion(1, 20);
    static final GoVersion AFTER_FUNC_SINCE = new GoVersion(1, 21);

    /** What a node is: the Go type behind the Context interface, for the tree picture. */
    public enum Kind {
        BACKGROUND, TODO, CANCEL, TIMER, VALUE, WITHOUT_CANCEL, AFTER_FUNC;

        boolean cancelable() {
            return this == CANCEL || this == TIMER || this == AFTER_FUNC;
        }
    }

    /** {@code afterFuncCtx.once}: f may still start, has started, or was stopped. */
    public enum AfterFuncState {
        PENDING, STARTED, STOPPED
    }

    /** One context, as the picture draws it; times are relative to the program's start. */
    public record NodeState(String name, Kind kind, String call, String parent, String goType, String deadline,
                            boolean ownDeadline, String value, String err, String cause, boolean done,
                            List<String> children, AfterFuncState afterFunc) {

        public NodeState {
            children = List.copyOf(children);
        }
    }

    /** A context cancelled in this step, with what it got and who cancelled it. */
    public record Cancellation(String name, String err, String cause, String by) {
    }

    /** The tree after a step: the clock, every node in creation order, and this step's cancellations. */
    public record State(String now, List<NodeState> nodes, List<Cancellation> cancelled) implements StepState {

        public State {
            nodes = List.copyOf(nodes);
            cancelled = List.copyOf(cancelled);
        }

        @Override
        public String svg(Language language) {
            return ContextPicture.svg(this, language);
        }
    }

    private static final class Node {
        final String name;
        final Kind kind;
        final String call;
        final Node parent;
        final int index;
        final Long deadline;
        final String timeoutCause;
        final Key key;
        final String value;
        final Set<Node> children = new LinkedHashSet<>();
        final boolean cancelRemoves;
        String err;
        String cause;
        boolean timerArmed;
        AfterFuncState afterFunc;

        Node(String name, Kind kind, String call, Node parent, int index, Long deadline, String timeoutCause,
             Key key, String value, boolean cancelRemoves) {
            this.name = name;
            this.kind = kind;
            this.call = call;
            this.parent = parent;
            this.index = index;
            this.deadline = deadline;
            this.timeoutCause = timeoutCause;
            this.key = key;
            this.value = value;
            this.cancelRemoves = cancelRemoves;
            this.afterFunc = kind == Kind.AFTER_FUNC ? AfterFuncState.PENDING : null;
        }
    }

    private final GoVersion version;
    /** What the step texts are written in; changes no decision. */
    private final Language language;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Cancellation> cancelled = new ArrayList<>();
    private long now;

    /** A tree whose root is {@code Background()} (or {@code TODO()}), named {@code root}. */
    public ContextModel(GoVersion version, String root, boolean todo) {
        this(version, root, todo, Language.EN);
    }

    /** As above, its step texts written in {@code language}. */
    public ContextModel(GoVersion version, String root, boolean todo, Language language) {
        this.language = language;
        this.version = Objects.requireNonNull(version);
        nodes.put(root, new Node(root, todo ? Kind.TODO : Kind.BACKGROUND,
                todo ? "context.TODO()" : "context.Background()", null, 0, null, null, null, null, false));
        checkInvariants();
    }

    public GoVersion version() {
        return version;
    }

    /** Microseconds since the program started. */
    public long now() {
        return now;
    }

    // ------------------------------------------------------------------ transitions

    /** {@code WithCancel(parent)}, or {@code WithCancelCause(parent)} (1.20) when {@code cause}. */
    public String withCancel(String name, String parent, boolean cause) {
        if (cause) {
            require(CAUSE_SINCE, "context.WithCancelCause");
        }
        begin();
        Node p = node(parent);
        Node c = add(name, Kind.CANCEL, (cause ? "WithCancelCause(" : "WithCancel(") + parent + ")", p, null, null,
                null, null, true);
        String how = propagateCancel(p, c);
        return finish(name + " = " + c.call + Texts.NEW_CANCEL_CTX.in(language) + how);
    }

    /**
     * {@code WithDeadline(parent, now + millis)} ({@code WithTimeout} is the same), with a
     * cause {@code WithDeadlineCause}/{@code WithTimeoutCause} (1.21).
     *
     * @param call how the program wrote it, for the trace
     */
    public String withDeadline(String name, String parent, long millis, String cause, String call) {
        if (cause != null) {
            require(AFTER_FUNC_SINCE, "context.WithDeadlineCause and WithTimeoutCause");
        }
        begin();
        Node p = node(parent);
        long d = now + millis * 1000;
        Long cur = deadline(p);
        if (cur != null && cur < d) {
            Node c = add(name, Kind.CANCEL, call, p, null, null, null, null, true);
            String how = propagateCancel(p, c);
            String asked = at(cur).equals(at(d)) ? Texts.SAME_TIME.in(language)
                    : at(d);
            return finish(name + " = " + call + ": " + parent + Texts.S_DEADLINE_PAREN.in(language) + at(cur) + Texts.BEFORE_ASKED.in(language) + asked + Texts.RETURNS_WITH_CANCEL.in(language) + parent + Texts.REPORTS.in(language) + parent + Texts.S_DEADLINE.in(language) + (cause != null ? Texts.DROPS_CAUSE.in(language) : "")
                    + "; " + how);
        }
        boolean passed = d - now <= 0;
        Node c = add(name, Kind.TIMER, call, p, d, cause, null, null, !passed);
        String how = propagateCancel(p, c);
        String timer;
        if (passed) {
            boolean was = c.err != null;
            cancel(c, true, DEADLINE_EXCEEDED, cause, Texts.ITS_DEADLINE.in(language) + at(d) + Texts.HAS_PASSED.in(language));
            timer = was ? Texts.THE_DEADLINE.in(language) + at(d) + Texts.PASSED_TOO.in(language)
                    : Texts.THE_DEADLINE.in(language) + at(d) + Texts.PASSED_CANCELLED.in(language);
        } else if (c.err == null) {
            c.timerArmed = true;
            timer = Texts.ARMS_TIMER.in(language) + at(d);
        } else {
            timer = Texts.NO_TIMER.in(language);
        }
        return finish(name + " = " + call + Texts.TIMER_CTX.in(language) + at(d) + "; " + how + "; " + timer);
    }

    /** {@code WithValue(parent, key, value)}: one pair, no cancellation of its own. */
    public String withValue(String name, String parent, Key key, String value) {
        begin();
        Node p = node(parent);
        add(name, Kind.VALUE, "WithValue(" + parent + ", " + key.go() + ", \"" + value + "\")", p, null, null, key,
                value, false);
        return finish(name + " = WithValue(" + parent + ", " + key.go() + ", \"" + value + Texts.VALUE_CTX.in(language) + parent + Texts.S_APOSTROPHE.in(language));
    }

    /** {@code WithoutCancel(parent)} (1.21). */
    public String withoutCancel(String name, String parent) {
        require(AFTER_FUNC_SINCE, "context.WithoutCancel");
        begin();
        Node p = node(parent);
        add(name, Kind.WITHOUT_CANCEL, "WithoutCancel(" + parent + ")", p, null, null, null, null, false);
        return finish(name + " = WithoutCancel(" + parent + Texts.WITHOUT_CANCEL.in(language) + parent + Texts.STILL_FOUND.in(language));
    }

    /** {@code stop := AfterFunc(ctx, f)} (1.21): an afterFuncCtx child named {@code stop}. */
    public String afterFunc(String stop, String ctx) {
        require(AFTER_FUNC_SINCE, "context.AfterFunc");
        begin();
        Node p = node(ctx);
        Node a = add(stop, Kind.AFTER_FUNC, "AfterFunc(" + ctx + ", f)", p, null, null, null, null, true);
        String how = propagateCancel(p, a);
        return finish(stop + " = AfterFunc(" + ctx + Texts.AFTER_FUNC_CTX.in(language) + how
                + (a.afterFunc == AfterFuncState.STARTED ? Texts.OWN_GOROUTINE.in(language) : ""));
    }

    /** What {@code stop()} returned, and the trace text. */
    public record Stop(boolean stopped, String text) {
    }

    /** {@code stop()}: true when it kept f from starting. */
    public Stop stop(String stop) {
        begin();
        Node a = node(stop);
        if (a.kind != Kind.AFTER_FUNC) {
            throw new IllegalArgumentException(stop + " is not an AfterFunc's stop function");
        }
        boolean stopped = a.afterFunc == AfterFuncState.PENDING;
        String why = a.afterFunc == AfterFuncState.STARTED ? Texts.ALREADY_STARTED.in(language) : Texts.ALREADY_STOPPED.in(language);
        if (stopped) {
            a.afterFunc = AfterFuncState.STOPPED;
            cancel(a, true, CANCELED, null, stop + "()");
            why = Texts.NEVER_WILL.in(language);
        }
        return new Stop(stopped, finish(stop + "() = " + stopped + why));
    }

    /**
     * Calls the context's cancel function: a {@code CancelFunc}, or a {@code CancelCauseFunc}
     * with the message of its cause ({@code cause}, null for {@code cancel(nil)} or a
     * plain {@code CancelFunc}).
     *
     * @param call how the program wrote it, for the trace: {@code cancelB(errShutdown)}
     */
    public String cancel(String name, String cause, String call) {
        begin();
        Node c = node(name);
        if (!c.kind.cancelable() || c.kind == Kind.AFTER_FUNC) {
            throw new IllegalArgumentException(name + " has no cancel function");
        }
        boolean was = c.err != null;
        cancel(c, c.cancelRemoves, CANCELED, cause, call);
        return finish(call + (was ? ": " + name + Texts.ALREADY_DONE_PAREN.in(language) + c.err + Texts.SECOND_CANCEL.in(language) : ": " + name + Texts.CANCELS_BELOW.in(language)));
    }

    /** Lets {@code millis} pass: timers fire at their deadlines, earliest first. */
    public String advance(long millis) {
        begin();
        long target = now + millis * 1000;
        List<String> fired = new ArrayList<>();
        while (true) {
            Node next = null;
            for (Node n : nodes.values()) {
                if (n.timerArmed && n.deadline <= target && (next == null || n.deadline < next.deadline)) {
                    next = n;
                }
            }
            if (next == null) {
                break;
            }
            now = next.deadline;
            fired.add(next.name + Texts.AT.in(language) + at(next.deadline));
            cancel(next, true, DEADLINE_EXCEEDED, next.timeoutCause, Texts.ITS_TIMER.in(language) + at(next.deadline));
        }
        now = target;
        return finish(Texts.CLOCK_MOVES.in(language) + at(now) + (fired.isEmpty() ? Texts.NO_TIMER_DUE.in(language)
                : Texts.TIMERS_FIRE.in(language) + String.join(", ", fired)));
    }

    // ------------------------------------------------------------------ queries

    /** {@code ctx.Err()}: null for nil. */
    public String err(String name) {
        return err(node(name));
    }

    /** {@code context.Cause(ctx)} (1.20): null for nil. */
    public String cause(String name) {
        require(CAUSE_SINCE, "context.Cause");
        Node cc = cancelCtxOf(node(name));
        // Cause returns the cancelCtx's cause; without one it falls back to Err (1.21) or nil
        // (1.20), which agree for the package's own types: neither can be cancelled then.
        return cc != null ? cc.cause : err(node(name));
    }

    /** {@code ctx.Value(key)}: null for nil. */
    public String value(String name, Key key) {
        for (Node n = node(name); n != null; n = n.parent) {
            if (n.kind == Kind.VALUE && n.key.equals(key)) {
                return n.value;
            }
            if (n.kind == Kind.AFTER_FUNC) {
                throw new IllegalArgumentException(name + " is not a context");
            }
        }
        return null;
    }

    /** {@code ctx.Deadline()} in microseconds since the start, or null for {@code ok == false}. */
    public Long deadline(String name) {
        return deadline(node(name));
    }

    /** Whether {@code <-ctx.Done()} would proceed now (a nil Done channel never does). */
    public boolean done(String name) {
        return err(node(name)) != null;
    }

    /** {@code fmt.Printf("%T", ctx)}. */
    public String goType(String name) {
        return goType(node(name));
    }

    public State state() {
        List<NodeState> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            Long d = deadline(n);
            out.add(new NodeState(n.name, n.kind, n.call, n.parent == null ? null : n.parent.name, goType(n),
                    d == null ? null : at(d), n.kind == Kind.TIMER,
                    n.kind == Kind.VALUE ? n.key.go() + " = \"" + n.value + "\"" : null, err(n),
                    n.kind.cancelable() ? n.cause : null, err(n) != null,
                    n.children.stream().map(c -> c.name).toList(), n.afterFunc));
        }
        return new State(at(now), out, cancelled);
    }

    // ------------------------------------------------------------------ internals

    private Node add(String name, Kind kind, String call, Node parent, Long deadline, String timeoutCause, Key key,
                     String value, boolean cancelRemoves) {
        if (nodes.containsKey(name)) {
            throw new IllegalArgumentException("there is already a context " + name);
        }
        if (parent.kind == Kind.AFTER_FUNC) {
            throw new IllegalArgumentException(parent.name + " is a stop function, not a context");
        }
        Node n = new Node(name, kind, call, parent, nodes.size(), deadline, timeoutCause, key, value, cancelRemoves);
        nodes.put(name, n);
        return n;
    }

    /** {@code propagateCancel(parent, child)}: returns what it did, for the trace. */
    private String propagateCancel(Node parent, Node child) {
        if (!canBeDone(parent)) {
            return parent.name + Texts.NOTHING_TO_PROPAGATE.in(language);
        }
        if (err(parent) != null) {
            cancel(child, false, err(parent), causeOf(parent), Texts.ITS_PARENT.in(language) + parent.name + Texts.ALREADY_DONE_WHEN.in(language)
                    + child.name + Texts.WAS_CREATED.in(language));
            return parent.name + Texts.ALREADY_DONE.in(language) + child.name + Texts.CANCELLED_AT_ONCE.in(language) + parent.name
                    + Texts.S_ERROR.in(language) + err(parent) + ")";
        }
        Node p = cancelCtxOf(parent);
        p.children.add(child);
        return Texts.REGISTERED.in(language) + p.name + ".children" + (p == parent ? "" : Texts.FOUND_THROUGH.in(language) + parent.name
                + Texts.CANCEL_CTX_KEY.in(language));
    }

    /** {@code cancelCtx.cancel}, {@code timerCtx.cancel} and {@code afterFuncCtx.cancel}. */
    private void cancel(Node c, boolean removeFromParent, String err, String cause, String by) {
        if (c.err != null) {
            return;
        }
        c.err = err;
        c.cause = version.compareTo(CAUSE_SINCE) >= 0 ? (cause == null ? err : cause) : null;
        cancelled.add(new Cancellation(c.name, err, c.cause, by));
        for (Node child : List.copyOf(c.children)) {
            cancel(child, false, err, cause == null ? err : cause, Texts.ITS_PARENT.in(language) + c.name);
        }
        c.children.clear();
        if (removeFromParent) {
            Node p = cancelCtxOf(c.parent);
            if (p != null) {
                p.children.remove(c);
            }
        }
        c.timerArmed = false;
        if (c.afterFunc == AfterFuncState.PENDING) {
            c.afterFunc = AfterFuncState.STARTED;
        }
    }

    /** Go's {@code parent.Done() != nil}. */
    private static boolean canBeDone(Node n) {
        return cancelCtxOf(n) != null;
    }

    /** {@code Value(&cancelCtxKey)}: the nearest cancelCtx, through valueCtxs only; null at an emptyCtx or WithoutCancel. */
    private static Node cancelCtxOf(Node n) {
        Node x = n;
        while (x != null && x.kind == Kind.VALUE) {
            x = x.parent;
        }
        return x != null && x.kind.cancelable() ? x : null;
    }

    private static String err(Node n) {
        Node cc = cancelCtxOf(n);
        return cc == null ? null : cc.err;
    }

    private String causeOf(Node n) {
        Node cc = cancelCtxOf(n);
        return cc == null ? null : cc.cause;
    }

    private static Long deadline(Node n) {
        for (Node x = n; x != null; x = x.parent) {
            if (x.kind == Kind.TIMER) {
                return x.deadline;
            }
            if (x.kind == Kind.WITHOUT_CANCEL || x.kind == Kind.BACKGROUND || x.kind == Kind.TODO) {
                return null;
            }
        }
        return null;
    }

    private String goType(Node n) {
        boolean structs = version.compareTo(AFTER_FUNC_SINCE) >= 0;
        return switch (n.kind) {
            case BACKGROUND -> structs ? "context.backgroundCtx" : "*context.emptyCtx";
            case TODO -> structs ? "context.todoCtx" : "*context.emptyCtx";
            case CANCEL -> "*context.cancelCtx";
            case TIMER -> "*context.timerCtx";
            case VALUE -> "*context.valueCtx";
            case WITHOUT_CANCEL -> "context.withoutCancelCtx";
            case AFTER_FUNC -> "*context.afterFuncCtx";
        };
    }

    private Node node(String name) {
        Node n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no context " + name);
        }
        return n;
    }

    private void require(GoVersion since, String what) {
        if (version.compareTo(since) < 0) {
            throw new SimulationInputException("goVersion", what + " was added in Go " + since + ": a program "
                    + "using it does not compile before " + since + ", and this tree is for Go " + version);
        }
    }

    private void begin() {
        cancelled.clear();
        now += TICK_MICROS;
    }

    private String finish(String text) {
        checkInvariants();
        return text;
    }

    /** "t+1h0m0s": a time as an offset from the program's start, to the millisecond. */
    static String at(long micros) {
        return "t" + (micros < 0 ? "" : "+") + GoDuration.string(Math.round(micros / 1000.0) * 1_000_000);
    }

    static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The invariants of the class comment; throws IllegalStateException naming the broken one. */
    void checkInvariants() {
        for (Node n : nodes.values()) {
            if (n.kind.cancelable()) {
                Node p = cancelCtxOf(n.parent);
                boolean registered = p != null && p.children.contains(n);
                if (n.err == null) {
                    check(p == null || p.err == null && registered, n.name + " is live but not registered with "
                            + "its live cancelCtx, or that cancelCtx is done: cancellation did not flow down");
                } else {
                    check(!registered && n.children.isEmpty(), n.name + " is cancelled but still in a children "
                            + "map or still has children");
                }
                for (Node c : n.children) {
                    check(cancelCtxOf(c.parent) == n, c.name + " is registered with " + n.name
                            + ", which is not the nearest cancelCtx above it");
                }
                check(n.err == null || n.err.equals(CANCELED) || n.err.equals(DEADLINE_EXCEEDED),
                        n.name + " has err " + n.err);
                if (version.compareTo(CAUSE_SINCE) >= 0) {
                    check((n.cause == null) == (n.err == null), n.name + ": cause set iff err set");
                } else {
                    check(n.cause == null, n.name + " has a cause before Go 1.20");
                }
                if (DEADLINE_EXCEEDED.equals(n.err)) {
                    Long d = deadline(n);
                    check(d != null && d <= now, n.name + " exceeded a deadline that has not passed");
                }
                if (n.kind == Kind.AFTER_FUNC) {
                    check((n.afterFunc == AfterFuncState.PENDING) == (n.err == null),
                            n.name + ": f pending iff its context is live");
                }
            } else {
                check(n.children.isEmpty(), n.name + " is not a cancelCtx but has children");
            }
            if (n.kind == Kind.TIMER) {
                check(n.timerArmed == (n.err == null), n.name + ": timer armed iff live");
                check(!n.timerArmed || n.deadline > now, n.name + ": an armed timer is overdue");
                Long pd = deadline(n.parent);
                check(pd == null || n.deadline <= pd, n.name + "'s deadline is later than its parent's");
            } else {
                check(!n.timerArmed, n.name + " is not a timerCtx but has a timer");
            }
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("context tree invariant broken: " + message);
        }
    }
}
