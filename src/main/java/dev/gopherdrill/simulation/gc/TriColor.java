package dev.gopherdrill.simulation.gc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.Text;

/**
 * One concurrent mark phase of Go's collector over a small object graph, with the mutator's
 * pointer writes interleaved and a choice of write barrier.
 *
 * <h2>The real structures</h2>
 * Colours are mark bits plus the work queues ({@code runtime/mgcmark.go}, {@code mgcwork.go}):
 * white = not marked, grey = marked and queued in a {@code gcWork} buffer, black = marked and
 * scanned. Roots are the globals ({@code markrootBlock} over {@code .data}/{@code .bss}) and the
 * goroutine stacks ({@code markroot → scanstack}). A mark step is {@code gcDrain → scanobject}:
 * take a grey object, {@code greyobject} every white object its pointer fields reach, and the
 * object is black. Writes of pointers into heap objects and globals go through the write
 * barrier ({@code runtime/mbarrier.go}, {@code gcWriteBarrier} and {@code wbBufFlush1} in
 * {@code mwbbuf.go}); writes to the current goroutine's stack slots never do. Mark termination
 * drains what is left with the world stopped, and the sweeper frees every white object.
 *
 * <h2>Barriers ({@link Barrier}, applied by {@link #write})</h2>
 * <ul>
 * <li>{@code NONE}: no barrier; the collector can lose live objects.</li>
 * <li>{@code DIJKSTRA} (insertion; Go 1.5–1.7): shade the new pointer. Stack writes have no
 * barrier, so stacks count as grey until mark termination, which re-scans them with the world
 * stopped ({@link #terminate}).</li>
 * <li>{@code YUASA} (deletion): shade the old pointer. Correct only with a snapshot: every root
 * is scanned at mark start, before the mutator runs ({@link #start}).</li>
 * <li>{@code HYBRID} (Go 1.8+, proposal 17503): shade the old pointer and, while the writing
 * goroutine's stack is still grey (not scanned), the new one. Stacks are scanned once,
 * concurrently, one goroutine at a time, and never re-scanned. Go's code shades the new pointer
 * unconditionally (the stack test is a TODO in {@code wbBufFlush1}); that only marks more.</li>
 * </ul>
 *
 * <h2>Invariants ({@link #checkInvariants}, after every step)</h2>
 * <ul>
 * <li>black ⇔ scanned; grey objects are exactly the work queue; nothing turns white again;</li>
 * <li>the mutator only uses objects it can reach from its roots (so it never resurrects garbage);</li>
 * <li>{@code DIJKSTRA}: the strong invariant — no black object and no scanned global points to a
 * white object (stacks are exempt: they are re-scanned);</li>
 * <li>{@code YUASA}, {@code HYBRID}: the weak invariant — every white object that a black object or
 * a scanned root points to is reachable from a grey object or an unscanned root through white
 * objects;</li>
 * <li>after termination no object is grey.</li>
 * </ul>
 * That no barrier but {@code NONE} frees a reachable object is not assumed: the property tests
 * check it over thousands of random schedules.
 *
 * <h2>Simplified</h2>
 * One mutator goroutine (main) with a few stack slots; objects have two pointer fields
 * ({@code l}, {@code r}); the graph is fixed at mark start (no allocation during the cycle: in Go
 * new objects are allocated black, {@code gcmarknewobject}, and so need no barrier). Which grey
 * object a mark step scans is named by the schedule instead of coming out of a work buffer.
 * Mark termination drains grey objects in name order.
 */
public final class TriColor {

    public enum Colour { WHITE, GREY, BLACK }

    public enum Barrier {
        NONE("none", Texts.BARRIER_NONE),
        DIJKSTRA("dijkstra", Texts.BARRIER_DIJKSTRA),
        YUASA("yuasa", Texts.BARRIER_YUASA),
        HYBRID("hybrid", Texts.BARRIER_HYBRID);

        public final String param;
        public final Text description;

        Barrier(String param, Text description) {
            this.param = param;
            this.description = description;
        }

        public static Barrier of(String param) {
            return Arrays.stream(values()).filter(b -> b.param.equals(param)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no barrier " + param));
        }
    }

    /** Pointer fields of every object. */
    public static final List<String> FIELDS = List.of("l", "r");
    static final int NIL = -1;

    // --- locations and values the mutator reads and writes -------------------------------------

    /** Where a pointer lives: a stack slot, a global, or a field of an object. */
    public sealed interface Loc permits Slot, Global, Field {
    }

    /** {@code s<i+1>}: a slot of main's stack frame. */
    public record Slot(int index) implements Loc {
    }

    /** {@code g<i+1>}: a package-level variable. */
    public record Global(int index) implements Loc {
    }

    /** {@code X.l} or {@code X.r}. */
    public record Field(int object, int field) implements Loc {
    }

    /** What is stored: {@code nil} or the pointer read from a location. */
    public sealed interface Expr permits Nil, Read {
    }

    public record Nil() implements Expr {
    }

    public record Read(Loc from) implements Expr {
    }

    // --- the schedule ------------------------------------------------------------------------------

    /** One step of the interleaving: a collector action or a mutator write. */
    public sealed interface Action permits ScanGlobals, ScanStack, ScanObject, Write {
    }

    /** {@code markrootBlock} over the globals: shade what they point to. */
    public record ScanGlobals() implements Action {
    }

    /** {@code scanstack} of main: shade what its slots point to; the stack is black from now on. */
    public record ScanStack() implements Action {
    }

    /** {@code scanobject}: a grey object's fields are shaded and it turns black. */
    public record ScanObject(int object) implements Action {
    }

    /** {@code dest = value} by the mutator. */
    public record Write(Loc dest, Expr value) implements Action {
    }

    /** An object graph with its roots, before marking. {@code fields[x][f]} is an object index or -1. */
    public record Graph(List<String> names, int[][] fields, int[] globals, int[] slots) {
        public Graph {
            names = List.copyOf(names);
            fields = Arrays.stream(fields).map(int[]::clone).toArray(int[][]::new);
            globals = globals.clone();
            slots = slots.clone();
        }
    }

    // --- what a picture shows ---------------------------------------------------------------------

    /** An object: its colour and where its fields point ({@code null} for nil). */
    public record ObjectState(String name, Colour colour, String l, String r) {
    }

    /** A root: a global or a stack slot, whether the collector has scanned it, and its target. */
    public record RootState(String name, String kind, String target, boolean scanned) {
    }

    /**
     * The state after a step, for the playground picture and the API.
     *
     * @param step    0 at mark start, then 1.. for the schedule, then the termination steps
     * @param grey    the work queue, in name order
     * @param hidden  reachable white objects that no grey object or unscanned root leads to through
     *                white objects: the collector will not find them unless the mutator exposes them
     * @param freed   white objects once marking is over (empty until then)
     */
    public record MarkState(int step, String barrier, String phase, List<ObjectState> objects, List<RootState> roots,
                            List<String> grey, List<String> hidden, List<String> freed) implements StepState {
        public MarkState {
            objects = List.copyOf(objects);
            roots = List.copyOf(roots);
            grey = List.copyOf(grey);
            hidden = List.copyOf(hidden);
            freed = List.copyOf(freed);
        }

        @Override
        public String svg(Language language) {
            return GcPicture.svg(this, language);
        }
    }

    // --- the model --------------------------------------------------------------------------------

    private final List<String> names;
    private final int[][] fields;
    private final int[] globals;
    private final int[] slots;
    private final Barrier barrier;
    /** What the step texts are written in; changes no decision. */
    private final Language language;
    private final Colour[] colour;
    private boolean globalsScanned;
    private boolean stackScanned;
    private boolean terminated;
    private int step;

    public TriColor(Graph g, Barrier barrier) {
        this(g, barrier, Language.EN);
    }

    /** A marking whose step texts are written in {@code language}. */
    public TriColor(Graph g, Barrier barrier, Language language) {
        this.language = language;
        this.names = g.names();
        // The graph's arrays are shared with the record: the model mutates its own copies.
        this.fields = Arrays.stream(g.fields()).map(int[]::clone).toArray(int[][]::new);
        this.globals = g.globals().clone();
        this.slots = g.slots().clone();
        this.barrier = barrier;
        this.colour = new Colour[names.size()];
        Arrays.fill(colour, Colour.WHITE);
    }

    public Barrier barrier() {
        return barrier;
    }

    /** Mark start ({@code gcStart}, STW): Yuasa takes its snapshot here, the others scan roots later. */
    public String start() {
        step = 0;
        if (barrier == Barrier.YUASA) {
            scanGlobals();
            scanStack();
            checkInvariants();
            return Texts.START_SNAPSHOT.in(language, describe(rootTargets()));
        }
        checkInvariants();
        return Texts.START.in(language, barrier == Barrier.NONE ? Texts.BARRIER_NONE.in(language)
                : Texts.BARRIER_ON.in(language, barrier.description.in(language)));
    }

    /** Whether {@code a} can be applied now (a grey object to scan, a reachable object to write). */
    public boolean allowed(Action a) {
        if (a instanceof ScanGlobals) {
            return !globalsScanned;
        } else if (a instanceof ScanStack) {
            return !stackScanned;
        } else if (a instanceof ScanObject s) {
            return colour[s.object()] == Colour.GREY;
        }
        Write w = (Write) a;
        boolean[] reach = reachable();
        return usable(w.dest(), reach) && (!(w.value() instanceof Read r) || usable(r.from(), reach));
    }

    private static boolean usable(Loc l, boolean[] reach) {
        return !(l instanceof Field f) || reach[f.object()];
    }

    /** Applies one schedule step and returns what happened, in words. */
    public String apply(Action a) {
        if (terminated) {
            throw new IllegalStateException("marking is over");
        }
        if (!allowed(a)) {
            throw new IllegalArgumentException("not allowed now: " + text(a));
        }
        step++;
        String what;
        if (a instanceof ScanGlobals) {
            what = Texts.SCANS_GLOBALS.in(language, describe(scanGlobals()));
        } else if (a instanceof ScanStack) {
            what = Texts.SCANS_STACK.in(language, describe(scanStack()));
        } else if (a instanceof ScanObject s) {
            String name = names.get(s.object());
            what = Texts.SCANS_OBJECT.in(language, name, describe(scanObject(s.object())), name);
        } else {
            what = write((Write) a);
        }
        checkInvariants();
        return what;
    }

    /**
     * Mark termination (world stopped) and sweep: the roots not scanned yet are scanned (Dijkstra
     * re-scans the stack), grey objects are drained in name order, white objects are freed.
     *
     * @return one text per termination step
     */
    public List<String> terminate(List<MarkState> states) {
        List<String> texts = new ArrayList<>();
        if (!globalsScanned) {
            step++;
            texts.add(Texts.TERM_GLOBALS.in(language, describe(scanGlobals())));
            checkInvariants();
            states.add(state("termination"));
        }
        if (barrier == Barrier.DIJKSTRA || !stackScanned) {
            step++;
            boolean rescan = stackScanned;
            texts.add((rescan ? Texts.TERM_RESCAN : Texts.TERM_STACK).in(language, describe(scanStack())));
            checkInvariants();
            states.add(state("termination"));
        }
        for (int x = firstGrey(); x >= 0; x = firstGrey()) {
            step++;
            texts.add(Texts.TERM_OBJECT.in(language, names.get(x), describe(scanObject(x)), names.get(x)));
            checkInvariants();
            states.add(state("termination"));
        }
        terminated = true;
        step++;
        List<String> freed = freed();
        List<String> lost = lost();
        texts.add(Texts.SWEEP.in(language, freed.isEmpty() ? Texts.NONE.in(language) : String.join(" ", freed))
                + (lost.isEmpty() ? "" : Texts.LOST.in(language, String.join(" ", lost))));
        checkInvariants();
        states.add(state("swept"));
        return texts;
    }

    private List<Integer> scanGlobals() {
        globalsScanned = true;
        List<Integer> shaded = new ArrayList<>();
        for (int target : globals) {
            shade(target, shaded);
        }
        return shaded;
    }

    private List<Integer> scanStack() {
        stackScanned = true;
        List<Integer> shaded = new ArrayList<>();
        for (int target : slots) {
            shade(target, shaded);
        }
        return shaded;
    }

    private List<Integer> scanObject(int x) {
        List<Integer> shaded = new ArrayList<>();
        for (int target : fields[x]) {
            shade(target, shaded);
        }
        colour[x] = Colour.BLACK;
        return shaded;
    }

    /** {@code shade}/{@code greyobject}: a white object turns grey and joins the work queue. */
    private void shade(int x, List<Integer> shaded) {
        if (x != NIL && colour[x] == Colour.WHITE) {
            colour[x] = Colour.GREY;
            shaded.add(x);
        }
    }

    /** The mutator's write with the barrier ({@code gcWriteBarrier}) when the destination is not a stack slot. */
    private String write(Write w) {
        int old = load(w.dest());
        int neu = w.value() instanceof Read r ? load(r.from()) : NIL;
        String what = Texts.MUTATOR.in(language, text(w));
        if (w.dest() instanceof Slot) {
            what += Texts.STACK_WRITE.in(language);
        } else {
            List<Integer> shaded = new ArrayList<>();
            String rule = switch (barrier) {
                case NONE -> Texts.RULE_NONE.in(language);
                case DIJKSTRA -> Texts.RULE_DIJKSTRA.in(language);
                case YUASA -> Texts.RULE_YUASA.in(language);
                case HYBRID -> stackScanned ? Texts.RULE_HYBRID_BLACK.in(language) : Texts.RULE_HYBRID_GREY.in(language);
            };
            if (barrier == Barrier.YUASA || barrier == Barrier.HYBRID) {
                shade(old, shaded);
            }
            if (barrier == Barrier.DIJKSTRA || barrier == Barrier.HYBRID && !stackScanned) {
                shade(neu, shaded);
            }
            what += Texts.RULE.in(language, rule + (barrier == Barrier.NONE ? "" : Texts.COLON.in(language)
                    + describe(shaded)));
        }
        store(w.dest(), neu);
        List<String> hidden = hidden();
        if (!hidden.isEmpty()) {
            what += Texts.NOW_HIDDEN.in(language, String.join(" ", hidden));
        }
        return what;
    }

    private int load(Loc l) {
        if (l instanceof Slot s) {
            return slots[s.index()];
        } else if (l instanceof Global g) {
            return globals[g.index()];
        }
        Field f = (Field) l;
        return fields[f.object()][f.field()];
    }

    private void store(Loc l, int value) {
        if (l instanceof Slot s) {
            slots[s.index()] = value;
        } else if (l instanceof Global g) {
            globals[g.index()] = value;
        } else {
            Field f = (Field) l;
            fields[f.object()][f.field()] = value;
        }
    }

    private int firstGrey() {
        for (int x = 0; x < colour.length; x++) {
            if (colour[x] == Colour.GREY) {
                return x;
            }
        }
        return NIL;
    }

    private List<Integer> rootTargets() {
        List<Integer> t = new ArrayList<>();
        for (int x = 0; x < colour.length; x++) {
            if (colour[x] == Colour.GREY) {
                t.add(x);
            }
        }
        return t;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Objects reachable from the globals and the stack now. */
    public boolean[] reachable() {
        boolean[] seen = new boolean[names.size()];
        Deque<Integer> todo = new ArrayDeque<>();
        for (int r : globals) {
            push(r, seen, todo);
        }
        for (int r : slots) {
            push(r, seen, todo);
        }
        while (!todo.isEmpty()) {
            for (int t : fields[todo.pop()]) {
                push(t, seen, todo);
            }
        }
        return seen;
    }

    private static void push(int x, boolean[] seen, Deque<Integer> todo) {
        if (x != NIL && !seen[x]) {
            seen[x] = true;
            todo.push(x);
        }
    }

    /**
     * White objects the collector can still find: reachable from a grey object or from a root it
     * has not scanned (or, for Dijkstra, the stack it will re-scan) through white objects.
     */
    private boolean[] findable() {
        boolean[] seen = new boolean[names.size()];
        Deque<Integer> todo = new ArrayDeque<>();
        for (int x = 0; x < colour.length; x++) {
            if (colour[x] == Colour.GREY) {
                for (int t : fields[x]) {
                    pushWhite(t, seen, todo);
                }
            }
        }
        if (!globalsScanned) {
            for (int r : globals) {
                pushWhite(r, seen, todo);
            }
        }
        if (!stackScanned || barrier == Barrier.DIJKSTRA && !terminated) {
            for (int r : slots) {
                pushWhite(r, seen, todo);
            }
        }
        while (!todo.isEmpty()) {
            for (int t : fields[todo.pop()]) {
                pushWhite(t, seen, todo);
            }
        }
        return seen;
    }

    private void pushWhite(int x, boolean[] seen, Deque<Integer> todo) {
        if (x != NIL && colour[x] == Colour.WHITE && !seen[x]) {
            seen[x] = true;
            todo.push(x);
        }
    }

    /** Reachable white objects the collector can no longer find. */
    public List<String> hidden() {
        boolean[] reach = reachable();
        boolean[] find = findable();
        List<String> h = new ArrayList<>();
        for (int x = 0; x < colour.length; x++) {
            if (reach[x] && colour[x] == Colour.WHITE && !find[x]) {
                h.add(names.get(x));
            }
        }
        return h;
    }

    /** White objects after termination, in name order; empty before. */
    public List<String> freed() {
        List<String> f = new ArrayList<>();
        if (terminated) {
            for (int x = 0; x < colour.length; x++) {
                if (colour[x] == Colour.WHITE) {
                    f.add(names.get(x));
                }
            }
        }
        return f;
    }

    /** Freed objects that are still reachable: what a missing barrier loses. */
    public List<String> lost() {
        boolean[] reach = reachable();
        return freed().stream().filter(n -> reach[names.indexOf(n)]).toList();
    }

    /** Objects unreachable from the roots now, in name order: what the real runtime frees after forced GCs. */
    public List<String> unreachable() {
        boolean[] reach = reachable();
        List<String> u = new ArrayList<>();
        for (int x = 0; x < names.size(); x++) {
            if (!reach[x]) {
                u.add(names.get(x));
            }
        }
        return u;
    }

    public Colour colour(String name) {
        return colour[names.indexOf(name)];
    }

    public MarkState state(String phase) {
        List<ObjectState> objects = new ArrayList<>();
        for (int x = 0; x < names.size(); x++) {
            objects.add(new ObjectState(names.get(x), colour[x], name(fields[x][0]), name(fields[x][1])));
        }
        List<RootState> roots = new ArrayList<>();
        for (int g = 0; g < globals.length; g++) {
            roots.add(new RootState("g" + (g + 1), "global", name(globals[g]), globalsScanned));
        }
        for (int s = 0; s < slots.length; s++) {
            roots.add(new RootState("s" + (s + 1), "stack", name(slots[s]), stackScanned));
        }
        List<String> grey = new ArrayList<>();
        for (int x = 0; x < names.size(); x++) {
            if (colour[x] == Colour.GREY) {
                grey.add(names.get(x));
            }
        }
        return new MarkState(step, barrier.param, phase, objects, roots, grey, hidden(), freed());
    }

    private String name(int x) {
        return x == NIL ? null : names.get(x);
    }

    /** The Go text of an action: {@code s1 = B.l}, {@code A.r = s1}, {@code g1 = nil}, or the GC step. */
    public String text(Action a) {
        if (a instanceof ScanGlobals) {
            return Texts.GC_SCAN_GLOBALS.in(language);
        } else if (a instanceof ScanStack) {
            return Texts.GC_SCAN_STACK.in(language);
        } else if (a instanceof ScanObject s) {
            return Texts.GC_SCAN.in(language, names.get(s.object()));
        }
        Write w = (Write) a;
        return loc(w.dest()) + " = " + (w.value() instanceof Read r ? loc(r.from()) : "nil");
    }

    public String loc(Loc l) {
        if (l instanceof Slot s) {
            return "s" + (s.index() + 1);
        } else if (l instanceof Global g) {
            return "g" + (g.index() + 1);
        }
        Field f = (Field) l;
        return names.get(f.object()) + "." + FIELDS.get(f.field());
    }

    private String describe(List<Integer> shaded) {
        if (shaded.isEmpty()) {
            return Texts.SHADES_NOTHING.in(language);
        }
        return Texts.SHADES.in(language, String.join(" ", shaded.stream().map(names::get).toList()));
    }

    // --- invariants -------------------------------------------------------------------------------

    void checkInvariants() {
        for (int x = 0; x < colour.length; x++) {
            if (colour[x] == null) {
                throw new IllegalStateException("object " + names.get(x) + " has no colour");
            }
        }
        if (terminated && firstGrey() != NIL) {
            throw new IllegalStateException("grey objects left after mark termination");
        }
        if (barrier == Barrier.DIJKSTRA) {
            for (int x = 0; x < colour.length; x++) {
                if (colour[x] == Colour.BLACK) {
                    for (int t : fields[x]) {
                        if (t != NIL && colour[t] == Colour.WHITE) {
                            throw new IllegalStateException("strong invariant: black " + names.get(x) + " -> white "
                                    + names.get(t));
                        }
                    }
                }
            }
            if (globalsScanned) {
                for (int t : globals) {
                    if (t != NIL && colour[t] == Colour.WHITE) {
                        throw new IllegalStateException("strong invariant: scanned global -> white " + names.get(t));
                    }
                }
            }
        }
        if (barrier == Barrier.YUASA || barrier == Barrier.HYBRID) {
            boolean[] find = findable();
            TreeSet<String> unprotected = new TreeSet<>();
            for (int x = 0; x < colour.length; x++) {
                if (colour[x] == Colour.BLACK) {
                    for (int t : fields[x]) {
                        if (t != NIL && colour[t] == Colour.WHITE && !find[t]) {
                            unprotected.add(names.get(t));
                        }
                    }
                }
            }
            if (globalsScanned) {
                Arrays.stream(globals).filter(t -> t != NIL && colour[t] == Colour.WHITE && !find[t])
                        .forEach(t -> unprotected.add(names.get(t)));
            }
            if (stackScanned) {
                Arrays.stream(slots).filter(t -> t != NIL && colour[t] == Colour.WHITE && !find[t])
                        .forEach(t -> unprotected.add(names.get(t)));
            }
            if (!unprotected.isEmpty()) {
                throw new IllegalStateException("weak invariant: black or scanned roots point to white "
                        + unprotected + " that no grey object or unscanned root protects");
            }
        }
    }

    /** The graph as Go-like text for the question: {@code A{l: B, r: nil}}. */
    public static String describe(Graph g) {
        List<String> parts = new ArrayList<>();
        for (int x = 0; x < g.names().size(); x++) {
            parts.add(String.format(Locale.ROOT, "%s{l: %s, r: %s}", g.names().get(x), n(g, g.fields()[x][0]),
                    n(g, g.fields()[x][1])));
        }
        return String.join(", ", parts);
    }

    static String n(Graph g, int x) {
        return x == NIL ? "nil" : g.names().get(x);
    }
}
