package dev.gopherdrill.simulation.scheduler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.StepState;

/**
 * The GPM scheduler of {@code runtime/proc.go} running the classic program: {@code main}
 * starts N goroutines in a loop, {@code for i := 0; i < N; i++ { go func(i int) { record(i) }(i) }},
 * then waits for them in one of four ways ({@link MainWaits}); the answer is the order in
 * which the goroutines ran, and the trace shows every run queue after every step.
 *
 * <h2>The real structures</h2>
 * Each P ({@code type p}) has {@code schedtick} (bumped by {@code execute} for every G it
 * schedules, except one taken from {@code runnext}, which inherits the time slice),
 * {@code runnext} (one G that runs next) and {@code runq [256]guintptr}, a ring read at
 * {@code runqhead} and written at {@code runqtail}. {@code sched.runq} is the global queue,
 * a linked list of {@code sched.runqsize} Gs under {@code sched.lock}. Here a P is
 * {@code P} (a deque for {@code runq}), the global queue a deque, a G its number
 * ({@code 0..N-1}; {@link #MAIN} and {@link #FING} for the two runtime-known ones).
 *
 * <h2>Transitions, with the runtime function each method models</h2>
 * <ul>
 * <li>{@code go func(i int){...}(i)}: {@code newproc → newproc1 → runqput(pp, newg, next=true)}
 *     ({@code Execution.runqput}): the new G takes {@code runnext}; the old occupant is
 *     kicked to the tail of {@code runq}; a full {@code runq} goes through
 *     {@code runqputslow}: its first half (128 Gs) and the kicked G, in that order, move to
 *     the tail of the global queue ({@code globrunqputbatch}). {@code main} keeps running.</li>
 * <li>{@code schedule → findRunnable} ({@code Execution.findRunnable}): on every 61st
 *     {@code schedtick} ({@code schedtick % 61 == 0}) with a non-empty global queue,
 *     {@code globrunqget(pp, 1)} takes its head; else {@code runqget}: {@code runnext}
 *     (inheritTime) then the head of {@code runq}; else {@code globrunqget(pp, 0)}: takes
 *     {@code n = min(runqsize, runqsize/gomaxprocs + 1, 128)}, runs the first and
 *     {@code runqput}s the rest; else {@code stealWork}: {@code runqsteal → runqgrab}
 *     takes {@code n - n/2} Gs from the head of a victim's {@code runq}, runs the last of
 *     them and keeps the others (a victim's {@code runnext} only as a last resort, after
 *     giving a running victim 3 µs to run it itself, so never here). Then
 *     {@code execute(gp, inheritTime)} bumps {@code schedtick} unless inheritTime.</li>
 * <li>{@code runtime.Gosched()}: {@code goschedImpl → globrunqput}: main goes to the
 *     <em>global</em> queue, so with one P it comes back at the next 61st tick or when the
 *     local queue is empty, whichever is first.</li>
 * <li>{@code wg.Wait()} parks main ({@code semacquire}); the {@code wg.Done()} that brings
 *     the counter to 0 ({@code semrelease1 → readyWithTime → goready → ready(gp, next=true)})
 *     puts main in that P's {@code runnext}. An unbuffered send to main parked in
 *     {@code recvq} ({@code chansend → send → goready}) does the same; main's receive from a
 *     sender parked in {@code sendq} readies the sender the same way
 *     ({@code chanrecv → recv → goready}). {@code time.Sleep} parks main until its timer
 *     fires ({@code goroutineReady → goready}); the sleep is far longer than the goroutines
 *     take, so the model fires it when nothing else is runnable.</li>
 * <li>The G that ran last leaves (goexit0) when its P schedules again.</li>
 * </ul>
 *
 * <h2>Invariants ({@link #checkInvariants}, after every step of a traced run)</h2>
 * <ul>
 * <li>a G is in at most one place: running on one P, one {@code runnext}, one
 *     {@code runq}, the global queue or the channel's {@code sendq}; and every created G
 *     that has not exited is in exactly one of them or parked;</li>
 * <li>{@code len(runq) <= 256}; the sizes reported equal the queues' contents;</li>
 * <li>main is in a queue exactly when it is runnable, on a P exactly when it runs;</li>
 * <li>{@code schedtick} never goes down; {@code ran <= created <= N}.</li>
 * </ul>
 *
 * <h2>Simplified</h2>
 * A worker's body ({@code record(i)}, then {@code wg.Done()} or the send) runs within one
 * step: it never blocks except on the send. No G makes a blocking system call before main
 * prints, so the hand-off of a P from an M stuck in one ({@code entersyscall}, then
 * {@code handoffp} when sysmon's {@code retake} finds the P in {@code _Psyscall} on two
 * ticks, at least 20 µs) does not arise; a channel or WaitGroup wait parks only the G, and
 * the M keeps its P. sysmon is left out: its preemption after
 * {@code forcePreemptNS} (10 ms, by signal since Go 1.14) and its retake of a P held in a
 * syscall depend on wall-clock time, not on the program. These goroutines finish in
 * microseconds, so an unperturbed run never meets them (see "Learned" for how often a
 * loaded machine does). GC workers, the trace reader, netpoll and timers other than
 * main's sleep are left out: none of them runs in these programs once main has started.
 * <p>
 * With {@code GOMAXPROCS > 1} the Ps run in parallel and the interleaving is decided by
 * timing; the model computes <em>one</em> possible schedule: main creates every goroutine
 * on P0 before the other Ps look for work (really they start stealing as soon as the
 * first {@code go} wakes one up), then the Ps take turns in id order, one {@code schedule}
 * each, and a thief visits victims in id order from its own (really a random order, per
 * {@code stealOrder}). Such a run is reported as not deterministic.
 *
 * <h2>What a program cannot control: the starting schedtick and the finalizer goroutine</h2>
 * With one P every step is determined except two things fixed before {@code main.main}
 * gets going: P0's {@code schedtick} modulo 61 (it decides where the 61st-tick checks fall,
 * so which global-queue Gs run early and when a Gosched-ing main comes back), and whether
 * {@code runfinq}, the finalizer goroutine the {@code os} package's init starts with
 * {@code SetFinalizer} ({@link #FING}), is still runnable ({@link Fing}): in
 * {@code runnext}, or at the head of the global queue when {@code runtime.GOMAXPROCS(1)}
 * destroyed the P holding it; usually another P has run it already. {@link #run} takes
 * the schedtick as a parameter and decides determinism by running all 61 phases with
 * each place of that goroutine.
 *
 * <h2>Versions</h2>
 * Go 1.19 only: read from go1.19.8's proc.go and verified on it. (The algorithm is old —
 * {@code runnext} since 1.5, the 61st-tick check longer — but other releases' start-up
 * and queue code were not checked here.)
 *
 * <h2>Learned from running the real thing (go1.19.8 linux/amd64, 2 CPUs)</h2>
 * <ul>
 * <li>With {@code runtime.GOMAXPROCS(1)} called first, main most often starts with
 *     {@code schedtick % 61 == 1} (146 of 200 runs of the Gosched program with N = 100
 *     printed {@code 99 0…59}), but 2, 3, 0 and others occur; hence
 *     {@link #DEFAULT_START_SCHEDTICK}.</li>
 * <li>The finalizer goroutine is still in runnext in about 1 run in 8 then (12 of 100 runs
 *     with N = 257 overflowed one goroutine early), and in the global queue in about 1 in 50
 *     (the first 61st-tick pick-up is invisible: 4 of 200 runs with N = 300; 1 of 200
 *     Gosched runs with N = 100 ran all 100 before main); with {@code GOMAXPROCS=1} in the
 *     environment it is in runnext in every run; in a program that does not import
 *     {@code os}, never queued at all.</li>
 * <li>On a loaded machine 1–6 % of runs with up to 300 goroutines are perturbed by sysmon:
 *     main is preempted during its loop and goes to the global queue, or a goroutine is
 *     preempted inside {@code record}. Preemption needs 10 ms of wall time without a new
 *     tick, so long loops suffer most: 1000 {@code go} statements took 1–2 ms on a lightly
 *     loaded machine (52 of 60 runs unperturbed) and 12–28 ms with other builds running
 *     (9 of 30). Perturbed runs differ from each other, so the model's order stays the
 *     most frequent.</li>
 * </ul>
 */
public final class SchedulerModel {

    /** {@code len(p.runq)}. */
    public static final int LOCAL_RUN_QUEUE_SIZE = 256;

    /** {@code findRunnable} checks the global queue first when {@code schedtick % 61 == 0}. */
    public static final int FAIRNESS_TICKS = 61;

    /** The API's bounds: one to four Ps, up to 1000 goroutines (a trace of about 2000 steps). */
    public static final int MAX_GOMAXPROCS = 4;
    public static final int MAX_GOROUTINES = 1000;
    public static final int MAX_START_SCHEDTICK = 1_000_000_000;

    /**
     * main's {@code time.Sleep} in the sleep programs: far longer than 1000 goroutines take
     * (about a millisecond), so the timer fires only when they are all done, even on a
     * loaded machine.
     */
    public static final int SLEEP_MILLIS = 100;

    /** The schedtick most runs start from on go1.19.8 after {@code runtime.GOMAXPROCS(1)} (see the header). */
    public static final int DEFAULT_START_SCHEDTICK = 1;

    /** G numbers of the main goroutine and of the finalizer goroutine {@code runfinq}. */
    public static final int MAIN = -1;
    public static final int FING = -2;

    /**
     * {@code possibleOrders} is left out above this many numbers in all (61 orders of 1000
     * would make a 300 kB response); the note then gives the count.
     */
    static final int MAX_POSSIBLE_ORDER_ENTRIES = 20_000;

    /** Guards against a model bug looping: a run takes about 2N + 10 steps. */
    private static final int MAX_STEPS = 20 * MAX_GOROUTINES;

    private SchedulerModel() {
    }

    /** How main waits for the goroutines it started. */
    public enum MainWaits {
        /** {@code wg.Wait()}; each goroutine defers {@code wg.Done()} */
        WAITGROUP,
        /** {@code time.Sleep(100 * time.Millisecond)} ({@link #SLEEP_MILLIS}) */
        SLEEP,
        /** {@code runtime.Gosched()} once, then main prints what has run so far */
        GOSCHED,
        /** N receives from an unbuffered channel each goroutine sends to after recording */
        CHANNEL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(MainWaits::id).toList();
        }

        /** @throws SimulationInputException naming {@code field} */
        public static MainWaits parse(String field, String text) {
            for (MainWaits w : values()) {
                if (w.id().equals(text)) {
                    return w;
                }
            }
            throw new SimulationInputException(field, "expected one of " + ids() + ", got " + text);
        }
    }

    /**
     * Consecutive goroutines {@code first..last} of a queue, in queue order (a queue of
     * 300 is a few segments, not 300 numbers). {@link #MAIN} and {@link #FING} are always
     * a segment of their own.
     */
    public record Segment(int first, int last) {

        public int size() {
            return last - first + 1;
        }

        public String label() {
            return first == last ? name(first) : name(first) + "…" + name(last);
        }
    }

    /**
     * One P after a step.
     *
     * @param running the G this P ran in the step (it exits, or parks, when the P schedules again), or null
     * @param runnext the G in {@code runnext}, or null
     */
    public record PState(int id, Integer running, Integer runnext, List<Segment> runq, int runqSize, long schedtick) {

        public PState {
            runq = List.copyOf(runq);
        }
    }

    /**
     * The scheduler after a step. G numbers: {@code 0..N-1} the goroutines, {@link #MAIN},
     * {@link #FING}.
     *
     * @param main      main's status: {@code running}, {@code runnable}, {@code waiting (semacquire)},
     *                  {@code waiting (sleep)} or {@code waiting (chan receive)}
     * @param sendq     goroutines parked sending to main (channel mode with several Ps)
     * @param ran       how many goroutines have recorded themselves so far
     * @param lastRan   the goroutine that recorded last, or null
     * @param wgCounter the WaitGroup counter, null unless main waits with one
     */
    public record State(List<PState> ps, List<Segment> global, int globalSize, List<Segment> sendq, String main,
                        int created, int ran, Integer lastRan, Integer wgCounter) implements StepState {

        public State {
            ps = List.copyOf(ps);
            global = List.copyOf(global);
            sendq = List.copyOf(sendq);
        }

        @Override
        public String svg(Language language) {
            return SchedulerPicture.svg(this, language);
        }
    }

    /**
     * What {@link #run} returns (the API answer as is).
     *
     * @param order          the goroutines in the order they ran, for {@code startSchedtick}
     * @param ran            how many ran before main continued
     * @param deterministic  whether every unperturbed run of the program on Go 1.19 gives {@code order}
     * @param startSchedtick P0's schedtick when main started the goroutines, as used for {@code order}
     * @param possibleOrders with one P and {@code deterministic} false: every order an unperturbed run can give
     *                       (over the 61 schedtick phases and the three places of the finalizer goroutine);
     *                       null otherwise, or when too long to list (the note says so)
     * @param note           why the run is not deterministic, in words; null when it is
     */
    public record Run(List<Integer> order, int ran, boolean deterministic, int startSchedtick,
                      List<List<Integer>> possibleOrders, String note, List<Step> trace) {

        public Run {
            order = List.copyOf(order);
            possibleOrders = possibleOrders == null ? null : possibleOrders.stream().map(List::copyOf).toList();
            trace = List.copyOf(trace);
        }
    }

    /**
     * The direct model behind {@code POST /api/simulations/scheduler/run}.
     *
     * @param startSchedtick P0's schedtick when main starts the goroutines; null: {@link #DEFAULT_START_SCHEDTICK}
     * @throws SimulationInputException naming {@code goVersion}, {@code gomaxprocs}, {@code goroutines},
     *                                  {@code mainWaits} or {@code startSchedtick}
     */
    public static Run run(GoVersion version, int gomaxprocs, int goroutines, String mainWaits, Integer startSchedtick) {
        requireVersion(version);
        if (gomaxprocs < 1 || gomaxprocs > MAX_GOMAXPROCS) {
            throw new SimulationInputException("gomaxprocs", gomaxprocs + " is outside 1.." + MAX_GOMAXPROCS);
        }
        if (goroutines < 1 || goroutines > MAX_GOROUTINES) {
            throw new SimulationInputException("goroutines", goroutines + " is outside 1.." + MAX_GOROUTINES);
        }
        if (mainWaits == null) {
            throw new SimulationInputException("mainWaits", "required: one of " + MainWaits.ids());
        }
        MainWaits waits = MainWaits.parse("mainWaits", mainWaits);
        if (startSchedtick != null && (startSchedtick < 0 || startSchedtick > MAX_START_SCHEDTICK)) {
            throw new SimulationInputException("startSchedtick", startSchedtick + " is outside 0.."
                    + MAX_START_SCHEDTICK);
        }
        int tick = startSchedtick == null ? DEFAULT_START_SCHEDTICK : startSchedtick;
        Result traced = execute(gomaxprocs, goroutines, waits, tick, Fing.PARKED, true);
        if (gomaxprocs > 1) {
            return new Run(traced.order(), traced.order().size(), false, tick, null, "With " + gomaxprocs
                    + " Ps the goroutines run in parallel and steal from each other, so the order changes from run "
                    + "to run. This is one possible schedule: main creates every goroutine on P0 before the other Ps "
                    + "look for work, then the Ps take turns and steal from the next P in id order (really they start "
                    + "stealing while main is still in its loop, and pick victims at random).", traced.trace());
        }
        if (deterministic(goroutines, waits)) {
            return new Run(traced.order(), traced.order().size(), true, tick, null, null, traced.trace());
        }
        List<List<Integer>> orders = possibleOrders(goroutines, waits);
        long entries = orders.stream().mapToLong(List::size).sum();
        String note = "With one P the order depends on what main cannot control: P0's schedtick when main starts "
                + "the goroutines (where the every-61st-tick checks of the global queue fall) and whether the "
                + "finalizer goroutine is still queued. This order is for schedtick " + tick + " with it parked; "
                + orders.size() + " different orders are possible (alignSchedtick in the questions' programs fixes it)"
                + (entries > MAX_POSSIBLE_ORDER_ENTRIES ? " (too long to list here)." : " (possibleOrders).");
        return new Run(traced.order(), traced.order().size(), false, tick,
                entries > MAX_POSSIBLE_ORDER_ENTRIES ? null : orders, note, traced.trace());
    }

    /**
     * Whether every unperturbed one-P run prints the same order: stops at the first
     * variant that differs, so an undetermined program costs a few runs, not 183.
     */
    public static boolean deterministic(int goroutines, MainWaits waits) {
        List<Integer> first = null;
        for (Fing fing : Fing.values()) {
            for (int phase = 0; phase < FAIRNESS_TICKS; phase++) {
                List<Integer> order = execute(1, goroutines, waits, phase, fing, false).order();
                if (first == null) {
                    first = order;
                } else if (!first.equals(order)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every order an unperturbed one-P run can print: 61 schedtick phases times the three places of {@link #FING}. */
    public static List<List<Integer>> possibleOrders(int goroutines, MainWaits waits) {
        Set<List<Integer>> orders = new LinkedHashSet<>();
        for (Fing fing : Fing.values()) {
            for (int phase = 0; phase < FAIRNESS_TICKS; phase++) {
                orders.add(execute(1, goroutines, waits, phase, fing, false).order());
            }
        }
        return List.copyOf(orders);
    }

    /**
     * Where the finalizer goroutine {@code runfinq} is when main.main starts: the os
     * package's init started it ({@code SetFinalizer → createfing}) into {@code runnext}.
     */
    public enum Fing {
        /** it already ran and parked (another P ran it before {@code runtime.GOMAXPROCS(1)}) */
        PARKED,
        /** still in P0's {@code runnext}: main's first {@code go} kicks it to the local queue */
        RUNNEXT,
        /** at the head of the global queue: {@code procresize} destroyed the P that held it ({@code p.destroy}) */
        GLOBAL
    }

    /** One run with everything fixed: the order, and the trace when {@code tracing}. */
    public record Result(List<Integer> order, List<Step> trace) {
    }

    /**
     * Runs the program with {@code gomaxprocs} Ps, P0 at {@code startSchedtick}, and the
     * finalizer goroutine where {@code fing} says.
     */
    public static Result execute(int gomaxprocs, int goroutines, MainWaits waits, long startSchedtick, Fing fing,
                                 boolean tracing) {
        return execute(gomaxprocs, goroutines, waits, startSchedtick, fing, tracing, Language.EN);
    }

    /** As above, the trace written in {@code language}. */
    public static Result execute(int gomaxprocs, int goroutines, MainWaits waits, long startSchedtick, Fing fing,
                                 boolean tracing, Language language) {
        return new Execution(gomaxprocs, goroutines, waits, startSchedtick, fing, tracing, language).run();
    }

    static void requireVersion(GoVersion version) {
        if (version == null) {
            throw new SimulationInputException("goVersion", "required: \"1.19\"");
        }
        if (!version.equals(GoVersion.VERIFIED)) {
            throw new SimulationInputException("goVersion", "the scheduler model covers Go 1.19 only, not "
                    + version);
        }
    }

    /** "main", "fing" or "g17". */
    public static String name(int g) {
        return g == MAIN ? "main" : g == FING ? "fing" : "g" + g;
    }

    /** A queue as segments of consecutive G numbers. */
    public static List<Segment> segments(Collection<Integer> queue) {
        List<Segment> out = new ArrayList<>();
        int first = 0;
        int last = 0;
        boolean open = false;
        for (int g : queue) {
            if (open && g >= 0 && last >= 0 && g == last + 1) {
                last = g;
                continue;
            }
            if (open) {
                out.add(new Segment(first, last));
            }
            first = g;
            last = g;
            open = true;
        }
        if (open) {
            out.add(new Segment(first, last));
        }
        return out;
    }

    /**
     * @throws IllegalStateException naming the first broken invariant (see the class header)
     */
    public static void checkInvariants(State s) {
        BitSet seen = new BitSet();
        int mainRunning = 0;
        int mainQueued = 0;
        for (PState p : s.ps()) {
            if (p.runqSize() > LOCAL_RUN_QUEUE_SIZE) {
                fail(s, "P" + p.id() + "'s local queue holds " + p.runqSize() + " > " + LOCAL_RUN_QUEUE_SIZE);
            }
            if (p.runqSize() != p.runq().stream().mapToInt(Segment::size).sum()) {
                fail(s, "P" + p.id() + "'s runqSize " + p.runqSize() + " disagrees with its queue");
            }
            if (p.schedtick() < 0) {
                fail(s, "P" + p.id() + " has a negative schedtick");
            }
            if (p.running() != null) {
                mainRunning += p.running() == MAIN ? 1 : 0;
                once(s, seen, p.running());
            }
            if (p.runnext() != null) {
                mainQueued += p.runnext() == MAIN ? 1 : 0;
                once(s, seen, p.runnext());
            }
            mainQueued += expand(s, seen, p.runq());
        }
        if (s.globalSize() != s.global().stream().mapToInt(Segment::size).sum()) {
            fail(s, "globalSize " + s.globalSize() + " disagrees with the global queue");
        }
        mainQueued += expand(s, seen, s.global());
        if (expand(s, seen, s.sendq()) > 0) {
            fail(s, "main is in the channel's sendq");
        }
        if (s.main().equals("running") != (mainRunning == 1) || mainRunning > 1) {
            fail(s, "main is " + s.main() + " but runs on " + mainRunning + " Ps");
        }
        if (s.main().equals("runnable") != (mainQueued == 1)) {
            fail(s, "main is " + s.main() + " but is queued " + mainQueued + " times");
        }
        if (s.ran() > s.created() || s.ran() < 0) {
            fail(s, s.ran() + " goroutines ran of " + s.created() + " created");
        }
    }

    private static int expand(State s, BitSet seen, List<Segment> queue) {
        int mains = 0;
        for (Segment seg : queue) {
            if (seg.first() > seg.last() || seg.first() < 0 && seg.first() != seg.last()) {
                fail(s, "malformed segment " + seg);
            }
            for (int g = seg.first(); g <= seg.last(); g++) {
                mains += g == MAIN ? 1 : 0;
                once(s, seen, g);
            }
        }
        return mains;
    }

    private static void once(State s, BitSet seen, int g) {
        if (seen.get(g - FING)) {
            fail(s, name(g) + " is in two places");
        }
        seen.set(g - FING);
    }

    private static void fail(State s, String what) {
        throw new IllegalStateException("scheduler invariant broken: " + what + " in " + s);
    }

    /**
     * A P: {@code runnext}, {@code runq} and {@code schedtick}; {@code running} is the G of
     * its last turn, shown until the P schedules again (a worker that exited in that turn
     * included; one that parked is not: it is in sendq).
     */
    private static final class P {
        final int id;
        Integer running;
        Integer runnext;
        final ArrayDeque<Integer> runq = new ArrayDeque<>();
        long schedtick;

        P(int id) {
            this.id = id;
        }
    }

    /** What findRunnable found, and how, in words. */
    private record Pick(int g, boolean inheritTime, String how) {
    }

    /** Where a G is, for the conservation check. */
    private enum Where {
        UNCREATED, QUEUED, RUNNING, PARKED, EXITED
    }

    private static final class Execution {
        private final int procs;
        private final int n;
        private final MainWaits waits;
        private final boolean tracing;
        private final P[] ps;
        private final ArrayDeque<Integer> global = new ArrayDeque<>();
        private final ArrayDeque<Integer> sendq = new ArrayDeque<>();
        private final List<Integer> order = new ArrayList<>();
        private final List<Step> trace = new ArrayList<>();
        private final Where[] where;
        /** Goroutines main took a value from while they were parked: when they run again their send is done. */
        private final boolean[] sent;
        private final long[] lastTicks;
        private Where fingWhere;
        private final Fing fingStart;
        private String mainStatus = "running";
        private int created;
        private int wgCounter;
        private int received;
        private boolean mainDone;
        private int steps;

        private final Language language;

        Execution(int procs, int n, MainWaits waits, long startSchedtick, Fing fing, boolean tracing,
                  Language language) {
            this.language = language;
            this.procs = procs;
            this.n = n;
            this.waits = waits;
            this.tracing = tracing;
            ps = new P[procs];
            for (int i = 0; i < procs; i++) {
                ps[i] = new P(i);
            }
            ps[0].schedtick = startSchedtick;
            ps[0].running = MAIN;
            where = new Where[n];
            Arrays.fill(where, Where.UNCREATED);
            sent = new boolean[n];
            lastTicks = new long[procs];
            fingWhere = fing == Fing.PARKED ? Where.PARKED : Where.QUEUED;
            if (fing == Fing.RUNNEXT) {
                ps[0].runnext = FING;
            } else if (fing == Fing.GLOBAL) {
                global.addLast(FING);
            }
            fingStart = fing;
        }

        Result run() {
            step(Texts.MAIN_RUNS.in(language) + ps[0].schedtick + (procs == 2 ? Texts.P1_IDLE.in(language)
                    : procs > 2 ? Texts.P1_TO.in(language) + (procs - 1) + Texts.ARE_IDLE.in(language) : "") + (fingStart == Fing.RUNNEXT
                    ? Texts.FING_RUNNEXT.in(language)
                    : fingStart == Fing.GLOBAL ? Texts.FING_GLOBAL.in(language) : "") + Texts.QUEUES_EMPTY.in(language));
            createAll();
            mainWaits();
            int turn = 0;
            int idleTurns = 0;
            while (!mainDone) {
                P p = ps[turn % procs];
                turn++;
                if (schedule(p)) {
                    idleTurns = 0;
                } else if (++idleTurns == procs) {
                    idleTurns = 0;
                    nothingRunnable();
                }
            }
            return new Result(List.copyOf(order), tracing ? List.copyOf(trace) : List.of());
        }

        /** The loop: {@code go func(i int) {...}(i)} N times on P0. */
        private void createAll() {
            P p0 = ps[0];
            for (int i = 0; i < n; i++) {
                if (waits == MainWaits.WAITGROUP) {
                    wgCounter++;
                }
                where[i] = Where.QUEUED;
                created++;
                String put = runqput(p0, i, true);
                step("main: " + (waits == MainWaits.WAITGROUP ? "wg.Add(1) → " + wgCounter + "; " : "") + "go g" + i
                        + Texts.NEWPROC.in(language) + put);
            }
        }

        /** What main does after the loop. */
        private void mainWaits() {
            P p0 = ps[0];
            p0.running = null;
            if (waits == MainWaits.WAITGROUP) {
                mainStatus = "waiting (semacquire)";
                step(Texts.WG_WAIT.in(language) + wgCounter + Texts.PARKS_SEMACQUIRE.in(language));
            } else if (waits == MainWaits.SLEEP) {
                mainStatus = "waiting (sleep)";
                step("main: time.Sleep(" + SLEEP_MILLIS + Texts.PARKS_SLEEP.in(language));
            } else if (waits == MainWaits.GOSCHED) {
                mainStatus = "runnable";
                global.addLast(MAIN);
                step(Texts.GOSCHED.in(language) + global.size()
                        + Texts.THERE_NOW.in(language));
            } else {
                mainStatus = "waiting (chan receive)";
                step(Texts.DONE_RECV.in(language));
            }
        }

        /** One turn of P {@code p}: findRunnable, execute, and the G's run. False when p found nothing. */
        private boolean schedule(P p) {
            p.running = null;
            Pick pick = findRunnable(p);
            if (pick == null) {
                return false;
            }
            long before = p.schedtick;
            if (!pick.inheritTime()) {
                p.schedtick++;
            }
            String tick = pick.inheritTime() ? Texts.INHERITS.in(language) + before + ")"
                    : " (schedtick " + before + " → " + p.schedtick + ")";
            p.running = pick.g();
            String head = "P" + p.id + ": " + pick.how() + tick;
            if (pick.g() == MAIN) {
                mainStatus = "running";
                mainRuns(p, head);
            } else if (pick.g() == FING) {
                fingWhere = Where.PARKED;
                step(head + Texts.FING_PARKS.in(language));
            } else {
                workerRuns(p, pick.g(), head);
            }
            return true;
        }

        /** {@code findRunnable}: the 61st-tick check, runqget, globrunqget, stealWork. */
        private Pick findRunnable(P p) {
            if (p.schedtick % FAIRNESS_TICKS == 0 && !global.isEmpty()) {
                int size = global.size();
                int g = global.pollFirst();
                return new Pick(g, false, "schedtick " + p.schedtick + Texts.TICK_61.in(language) + size
                        + " → globrunqget(P" + p.id + Texts.TAKES_HEAD.in(language) + name(g));
            }
            if (p.runnext != null) {
                int g = p.runnext;
                p.runnext = null;
                return new Pick(g, true, Texts.RUNQGET.in(language) + name(g) + Texts.RUNS.in(language));
            }
            if (!p.runq.isEmpty()) {
                int g = p.runq.pollFirst();
                return new Pick(g, false, Texts.LOCAL_HEAD.in(language) + name(g) + Texts.RUNS.in(language));
            }
            if (!global.isEmpty()) {
                int size = global.size();
                int count = Math.min(Math.min(size, size / procs + 1), LOCAL_RUN_QUEUE_SIZE / 2);
                int g = global.pollFirst();
                List<Integer> moved = new ArrayList<>();
                for (int i = 1; i < count; i++) {
                    int next = global.pollFirst();
                    moved.add(next);
                    runqput(p, next, false);
                }
                return new Pick(g, false, Texts.GLOBRUNQGET.in(language) + p.id + ", 0) takes "
                        + "n = min(" + size + ", " + size + "/" + procs + " + 1, 128) = " + count + ": " + name(g)
                        + Texts.RUNS.in(language) + (moved.isEmpty() ? "" : ", " + labels(moved) + Texts.GO_TO_P.in(language) + p.id
                        + Texts.S_LOCAL_QUEUE.in(language)));
            }
            return procs == 1 ? null : steal(p);
        }

        /**
         * {@code stealWork → runqsteal → runqgrab}: half a victim's local queue. The last
         * pass may also take a victim's {@code runnext}, but from a running victim only after
         * {@code usleep(3)}, which gives the victim time to run it itself; here a P with a
         * {@code runnext} always schedules again before anyone could take it, so the model
         * never steals one.
         */
        private Pick steal(P p) {
            for (int i = 1; i < procs; i++) {
                P victim = ps[(p.id + i) % procs];
                int size = victim.runq.size();
                if (size == 0) {
                    continue;
                }
                int count = size - size / 2;
                List<Integer> batch = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    batch.add(victim.runq.pollFirst());
                }
                int g = batch.remove(batch.size() - 1);
                p.runq.addAll(batch);
                return new Pick(g, false, Texts.STEAL.in(language) + victim.id + Texts.LOCAL_HOLDS.in(language)
                        + size + Texts.RUNQGRAB.in(language) + count + Texts.FROM_HEAD.in(language) + name(g)
                        + Texts.COMMA_RUNS.in(language) + (batch.isEmpty() ? "" : ", " + labels(batch) + Texts.GO_TO_P.in(language) + p.id
                        + Texts.S_LOCAL_QUEUE.in(language)));
            }
            return null;
        }

        /** A worker's body: record(i), then wg.Done() or the send; or the end of a send main already took. */
        private void workerRuns(P p, int g, String head) {
            where[g] = Where.RUNNING;
            if (sent[g]) {
                where[g] = Where.EXITED;
                step(head + Texts.ALREADY_TOOK.in(language) + g + Texts.EXITS.in(language));
                return;
            }
            order.add(g);
            String text = head + Texts.RECORDS.in(language) + g;
            if (waits == MainWaits.WAITGROUP) {
                text += Texts.WG_DONE.in(language) + wgCounter + " → " + (wgCounter - 1);
                wgCounter--;
                if (wgCounter == 0) {
                    mainStatus = "runnable";
                    text += Texts.SEMRELEASE.in(language) + runqput(p, MAIN, true);
                }
                where[g] = Where.EXITED;
                step(text + "; g" + g + Texts.EXITS.in(language));
            } else if (waits == MainWaits.CHANNEL) {
                if (mainStatus.equals("waiting (chan receive)")) {
                    received++;
                    mainStatus = "runnable";
                    where[g] = Where.EXITED;
                    step(text + "; done <- " + g + Texts.STRAIGHT_TO_MAIN.in(language)
                            + runqput(p, MAIN, true) + "; g" + g + Texts.EXITS.in(language));
                } else {
                    where[g] = Where.PARKED;
                    p.running = null;
                    sendq.addLast(g);
                    step(text + "; done <- " + g + Texts.NOT_RECEIVING.in(language) + g + Texts.PARKS_SENDQ.in(language));
                }
            } else {
                where[g] = Where.EXITED;
                step(text + "; g" + g + Texts.EXITS.in(language));
            }
        }

        /** main back on a P: the wait returns; the channel loop may receive more or park again. */
        private void mainRuns(P p, String head) {
            if (waits == MainWaits.CHANNEL) {
                StringBuilder text = new StringBuilder(head).append(Texts.MAINS_RECEIVE.in(language)).append(received)
                        .append(" of ").append(n).append(Texts.COMPLETES.in(language));
                while (received < n && !sendq.isEmpty()) {
                    int s = sendq.pollFirst();
                    received++;
                    sent[s] = true;
                    where[s] = Where.QUEUED;
                    text.append(Texts.DONE_TAKES.in(language)).append(s).append(Texts.FROM_PARKED.in(language)).append(s).append(", goready: ")
                            .append(runqput(p, s, true));
                }
                if (received < n) {
                    mainStatus = "waiting (chan receive)";
                    p.running = null;
                    step(text + Texts.DONE_AGAIN.in(language));
                    return;
                }
                text.append(Texts.ALL.in(language)).append(n).append(Texts.RECEIVED.in(language));
                finish(text.toString());
                return;
            }
            String how = waits == MainWaits.WAITGROUP ? Texts.WG_RETURNS.in(language) : waits == MainWaits.SLEEP
                    ? Texts.SLEEP_RETURNS.in(language) : Texts.GOSCHED_RETURNS.in(language);
            finish(head + "; " + how);
        }

        private void finish(String text) {
            mainDone = true;
            step(text + Texts.MAIN_PRINTS.in(language) + order.size() + Texts.RECORDED.in(language)
                    + (order.size() < n ? ": " + (n - order.size()) + (n - order.size() == 1 ? Texts.NEVER_RUNS.in(language)
                    : Texts.NEVER_RUN.in(language)) : ""));
        }

        /** Every P found nothing: only main's sleep timer can end the wait. */
        private void nothingRunnable() {
            if (waits != MainWaits.SLEEP || !mainStatus.equals("waiting (sleep)")) {
                throw new IllegalStateException("model bug: nothing runnable while main is " + mainStatus);
            }
            mainStatus = "runnable";
            step(Texts.WAITS_TIMER.in(language) + SLEEP_MILLIS
                    + Texts.TIMER_FIRES.in(language) + runqput(ps[0], MAIN, true));
        }

        /** {@code runqput(pp, gp, next)} with {@code runqputslow} on a full queue; returns what happened. */
        private String runqput(P p, int g, boolean next) {
            int put = g;
            String text = "";
            if (next) {
                Integer old = p.runnext;
                p.runnext = g;
                if (old == null) {
                    return name(g) + " → P" + p.id + Texts.S_RUNNEXT.in(language);
                }
                put = old;
                text = name(g) + " → P" + p.id + Texts.S_RUNNEXT_COMMA.in(language) + name(old) + Texts.KICKED.in(language);
            }
            if (p.runq.size() < LOCAL_RUN_QUEUE_SIZE) {
                p.runq.addLast(put);
                return next ? text + " (" + p.runq.size() + "/256)" : text;
            }
            List<Integer> batch = new ArrayList<>();
            for (int i = 0; i < LOCAL_RUN_QUEUE_SIZE / 2; i++) {
                batch.add(p.runq.pollFirst());
            }
            batch.add(put);
            global.addAll(batch);
            return text + Texts.QUEUE_FULL.in(language) + name(put) + " ("
                    + labels(batch) + Texts.TO_GLOBAL.in(language) + global.size();
        }

        private void step(String text) {
            if (++steps > MAX_STEPS) {
                throw new IllegalStateException("model bug: more than " + MAX_STEPS + " steps");
            }
            for (P p : ps) {
                if (p.schedtick < lastTicks[p.id]) {
                    throw new IllegalStateException("scheduler invariant broken: P" + p.id + "'s schedtick went down");
                }
                lastTicks[p.id] = p.schedtick;
            }
            if (tracing || mainDone) {
                checkAll(text);
            }
        }

        /**
         * The full checks cost O(N) per step; a traced run does them after every step, an
         * untraced one (the 183 runs behind {@link #possibleOrders}) once at its end.
         */
        private void checkAll(String text) {
            checkConservation();
            State s = snapshot();
            checkInvariants(s);
            if (tracing) {
                trace.add(new Step(text, s));
            }
        }

        /** Every created G that has not exited is queued, running or parked, and found where its status says. */
        private void checkConservation() {
            int[] queued = new int[n + 2];
            int[] running = new int[n + 2];
            int[] parked = new int[n + 2];
            global.forEach(g -> queued[g + 2]++);
            sendq.forEach(g -> parked[g + 2]++);
            for (P p : ps) {
                p.runq.forEach(g -> queued[g + 2]++);
                if (p.runnext != null) {
                    queued[p.runnext + 2]++;
                }
                if (p.running != null) {
                    running[p.running + 2]++;
                }
            }
            for (int g = 0; g < n; g++) {
                int q = queued[g + 2];
                int r = running[g + 2];
                int k = parked[g + 2];
                boolean ok = switch (where[g]) {
                    case UNCREATED -> q + r + k == 0;
                    case EXITED -> q + k == 0 && r <= 1;
                    case QUEUED -> q == 1 && r + k == 0;
                    case RUNNING -> r == 1 && q + k == 0;
                    case PARKED -> k == 1 && q + r == 0;
                };
                if (!ok) {
                    throw new IllegalStateException("scheduler invariant broken: g" + g + " is " + where[g]
                            + " but queued " + q + ", running " + r + ", parked " + k + " times");
                }
            }
            if ((fingWhere == Where.QUEUED) != (queued[FING + 2] == 1)) {
                throw new IllegalStateException("scheduler invariant broken: fing is " + fingWhere);
            }
        }

        private State snapshot() {
            List<PState> pss = new ArrayList<>();
            for (P p : ps) {
                pss.add(new PState(p.id, p.running, p.runnext, segments(p.runq), p.runq.size(), p.schedtick));
            }
            return new State(pss, segments(global), global.size(), segments(sendq), mainStatus, created, order.size(),
                    order.isEmpty() ? null : order.get(order.size() - 1),
                    waits == MainWaits.WAITGROUP ? wgCounter : null);
        }

        private static String labels(List<Integer> gs) {
            return String.join(", ", segments(gs).stream().map(Segment::label).toList());
        }
    }
}
