package dev.gopherdrill.simulation.channels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.channels.ChannelScenario.AfterCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Case;
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
 * A {@link ChannelScenario} executed the way the Go runtime executes it with
 * {@code GOMAXPROCS=1}: channels of {@code runtime/chan.go}, {@code selectgo} of
 * {@code runtime/select.go}, the {@code runnext} slot and local run queue of
 * {@code runtime/proc.go}, and the {@code sync.WaitGroup} wake-up of
 * {@code runtime/sema.go}.
 *
 * <h2>The real structures</h2>
 * {@code hchan {qcount, dataqsiz, buf, closed, sendx, recvx, recvq, sendq, lock}}: a ring
 * buffer of {@code dataqsiz} elements (here {@code Hchan.buf}, a deque: {@code recvx} is
 * its head, {@code sendx} its tail) and two FIFO {@code waitq}s of {@code sudog}s, one per
 * parked goroutine and channel ({@code sudog.elem} carries a sender's value,
 * {@code sudog.isSelect} marks select waiters, {@code sudog.success} says whether a
 * wake-up was a real communication or {@code closechan}). Each P has
 * {@code runnext} (one slot) and {@code runq [256]guintptr}; with one P and at most four
 * goroutines the queue never fills, so {@code runqputslow} and the global queue never
 * see a user goroutine.
 *
 * <h2>Transitions (one {@link Step} each), with the runtime function each method models</h2>
 * <ul>
 * <li>{@code go func(){...}()}: {@code newproc → newproc1 → runqput(pp, newg, next=true)}
 *     ({@code runqput}): the new G takes {@code runnext}, the previous occupant is
 *     kicked to the tail of the local queue. The creating G keeps running.</li>
 * <li>{@code ch <- v}: {@code chansend} ({@code Execution.send}, {@code Execution.sendNow}):
 *     nil → {@code gopark} forever ({@code chan send (nil chan)}); closed → panic; a
 *     receiver in {@code recvq} → {@code send}: copy straight into it and
 *     {@code goready} it (→ {@code runnext}); room in {@code buf} → enqueue; else park in
 *     {@code sendq}. The sender never yields when it did not block.</li>
 * <li>{@code <-ch}: {@code chanrecv} ({@code Execution.recvNow}): nil → park forever;
 *     closed and {@code qcount == 0} → (0, false); not closed and a sender waits →
 *     {@code recv}: unbuffered takes the sender's value, a full buffer yields its head and
 *     the sender's value goes to the tail; {@code qcount > 0} → take the head (also after
 *     close); else park in {@code recvq}.</li>
 * <li>{@code close(ch)}: {@code closechan} ({@code Execution.close}): nil or already closed
 *     → panic; {@code closed = 1}; every receiver, then every sender, is dequeued and
 *     pushed on a {@code gList} — a stack — and popped into {@code goready} one by one,
 *     so the first goroutine pushed is readied last and ends up in {@code runnext}, the
 *     others in the local queue in reverse push order.</li>
 * <li>{@code select}: {@code selectgo} ({@code Execution.select}): cases on nil channels
 *     are dropped; pass 1 looks for a ready case in a <em>random</em> {@code pollorder}, so
 *     two or more ready cases make the run {@link Outcome#NONDETERMINISTIC} (the model
 *     stops there); one ready case is taken (a send case on a closed channel is "ready"
 *     and panics, even with a default); none ready → default, or pass 2 parks the G on
 *     every channel. The first channel to wake it wins; the runtime marks
 *     {@code selectDone} so the other channels' {@code dequeue} skips the stale sudogs
 *     until pass 3 removes them — the model removes them at once, which every later
 *     operation observes identically.</li>
 * <li>{@code case <-time.After(d)} ({@code Execution.select}): evaluating the select
 *     calls {@code time.NewTimer → startTimer → addtimer}, a timer in the P's heap (no
 *     goroutine) with a channel of cap 1; it is not ready when polled, so it only
 *     matters when the select parks on it.</li>
 * <li>G blocks or ends: {@code gopark}/{@code goexit0 → schedule → findRunnable →
 *     runqget} ({@code Execution.schedule}): {@code runnext} first, else the local queue
 *     head; nothing runnable but a timer pending → the P sleeps until the earliest
 *     {@code when} and {@code checkTimers → runtimer} fires it: {@code sendTime} does a
 *     non-blocking send on its channel, readying a parked receiver ({@code goready} →
 *     {@code runnext}) ({@code Execution.fireTimer}); nothing at all →
 *     {@code checkdead} (which returns while any P has timers): {@code fatal error: all
 *     goroutines are asleep - deadlock!}, exit status 2.</li>
 * <li>{@code wg.Wait()} with a counter above 0 parks in {@code semacquire}; the
 *     {@code wg.Done()} (deferred in a worker) that brings the counter to 0 calls
 *     {@code runtime_Semrelease(handoff=false) → semrelease1 → readyWithTime → goready}:
 *     the waiter goes to {@code runnext} and the releasing worker finishes first (no
 *     {@code goyield}: that only happens in handoff mode).</li>
 * <li>main returns: {@code runtime.main} calls {@code exit(0)}; goroutines still runnable
 *     or parked never run again. A panic prints {@code panic: <message>} first and exits
 *     with status 2.</li>
 * </ul>
 *
 * <h2>Invariants ({@link #checkInvariants}, run on the state after every step)</h2>
 * <ul>
 * <li>a channel never has parked senders and parked receivers at once;</li>
 * <li>{@code qcount <= dataqsiz}; {@code qcount > 0} → no parked receivers;
 *     {@code qcount < dataqsiz} → no parked senders;</li>
 * <li>a closed channel has no parked goroutines (closechan released them all, and no
 *     operation parks on a closed channel); a nil channel has no buffer and no queue;
 *     a timer's channel has cap 1, is never closed and never has parked senders (only
 *     the runtime sends on it, without blocking);</li>
 * <li>every goroutine is in exactly one place: running, {@code runnext}, the local queue,
 *     parked (in the channel queues its wait reason calls for) or dead.</li>
 * </ul>
 *
 * <h2>Simplified</h2>
 * Elements are {@code int}; {@code sendx}/{@code recvx} are the deque's ends. The 61st
 * {@code schedtick} check of the global queue, work stealing, netpoll and timers are left
 * out: with one P and no timers only runtime goroutines (forcegc, bgsweep, bgscavenge,
 * runfinq) can sit in the global queue, and they park without readying anyone, so they
 * cannot reorder user goroutines. {@code sysmon}'s retake of a P in a syscall and its
 * 10 ms preemption are left out: they depend on wall-clock timing, not on the program
 * (see "Learned" below). The one-case select the compiler rewrites into a plain channel
 * operation behaves the same; only its wait reason differs ({@code chan receive} rather
 * than {@code select}), and the model reports that reason.
 * Time is not modelled: a timer fires when nothing else can run, in the order the
 * timers were armed. That is the real order whenever the program runs for less than the
 * timer's duration between arming it and running out of work, which holds for these
 * programs by a wide margin ({@link ChannelPrograms#AFTER}); a question that relied on a
 * timer firing <em>while</em> goroutines still run would be a race, and none is asked.
 * A quiet scenario ({@link ChannelScenario#quiet}) is executed the same way, without output.
 *
 * <h2>Versions</h2>
 * Go 1.17 to 1.24: chan.go, select.go and runqput/runqget behave the same across them
 * (1.19 renamed {@code findrunnable} to {@code findRunnable}). The one difference
 * the model shows is a wait reason: from 1.24 {@code wg.Wait()} parks through
 * {@code runtime_SemacquireWaitGroup} as {@code sync.WaitGroup.Wait}, before as
 * {@code semacquire} ({@link #waitGroupWaitReason}; the 1.24 name is taken from 1.24's
 * runtime2.go and its deadlock dumps, not run here). Go 1.23 made timer channels
 * synchronous (no stale value is left in them, {@code cap} reports 0) and collects
 * unreferenced timers; a select waiting on {@code time.After} sees the same thing in every
 * version: the case becomes ready when the timer fires. Verified by differential tests
 * on go1.19.8 linux/amd64.
 *
 * <h2>Learned from running the real thing</h2>
 * <ul>
 * <li>The closechan stack order is visible: receivers parked as g3, g1, g2 resume as g3,
 *     g2, g1 — the first pushed lands in runnext, the rest were kicked to the queue in pop
 *     order.</li>
 * <li>A later wake-up overtakes an earlier one: a G that readies g2 and then main leaves
 *     main in runnext and g2 queued, so main runs first.</li>
 * <li>Wait reasons follow the compiler's rewrites: a one-case select parks as
 *     {@code chan receive}/{@code chan send}, with {@code (nil chan)} on a nil channel,
 *     {@code select {}} as {@code select (no cases)}; only a real selectgo parks as
 *     {@code select}.</li>
 * <li>GOMAXPROCS=1 is deterministic only while nobody takes the P away. On a loaded
 *     machine 1–6 % of runs differ, a different seed each time, and each printed the
 *     model's output when repeated. sysmon takes the P in two timing-dependent ways:
 *     it retakes it from a G it sees in the {@code write} syscall of {@code fmt.Println}
 *     on two ticks while the run queue is not empty ({@code retake → handoffp}), and it
 *     preempts a time slice older than 10 ms ({@code forcePreemptNS}; goroutines taken
 *     from runnext share their predecessor's slice). Runs whose output was buffered in
 *     memory still differed now and then, so the syscall is not the only cause. Another
 *     goroutine then runs early. The model describes the unperturbed run, which is what
 *     nearly every run prints.</li>
 * </ul>
 */
public final class ChannelModel {

    /** {@code len(p.runq)}: the local run queue; four goroutines never come near it. */
    public static final int LOCAL_RUN_QUEUE_SIZE = 256;

    /** {@code checkdead}'s throw, the first line a deadlocked program writes to stderr. */
    public static final String DEADLOCK = "fatal error: all goroutines are asleep - deadlock!";

    /** Guards against a model bug looping; real scenarios take well under 200 steps. */
    static final int MAX_STEPS = 10_000;

    /** {@link ChannelState#kind} of the channel {@code time.After} returns. */
    public static final String TIMER = "timer";

    private ChannelModel() {
    }

    /** How the program ended. */
    public enum Outcome {
        /** main returned: exit status 0 */
        EXIT,
        /** a goroutine panicked: exit status 2 */
        PANIC,
        /** checkdead found nothing runnable: exit status 2 */
        DEADLOCK,
        /** a select had several ready cases: selectgo's random pollorder decides, the model stops */
        NONDETERMINISTIC
    }

    /** {@code _Grunning}, {@code _Grunnable}, {@code _Gwaiting}, {@code _Gdead}. */
    public enum Status {
        RUNNING, RUNNABLE, WAITING, DEAD
    }

    /** An hchan as the playground draws it: buffer head first, queues in dequeue order. */
    public record ChannelState(String name, String kind, int cap, List<Integer> buf, boolean closed,
                               List<String> sendq, List<String> recvq) {

        public ChannelState {
            buf = List.copyOf(buf);
            sendq = List.copyOf(sendq);
            recvq = List.copyOf(recvq);
        }
    }

    /** A goroutine: {@code pc} is the index of its current statement in its body. */
    public record GoroutineState(String name, Status status, String waitReason, int pc) {
    }

    /** The whole machine after a step; {@code wgCounter} is null without a WaitGroup. */
    public record State(List<ChannelState> channels, List<GoroutineState> goroutines, String running,
                        String runnext, List<String> runq, Integer wgCounter, List<String> stdout) implements StepState {

        public State {
            channels = List.copyOf(channels);
            goroutines = List.copyOf(goroutines);
            runq = List.copyOf(runq);
            stdout = List.copyOf(stdout);
        }

        @Override
        public String svg(Language language) {
            return ChannelPicture.svg(this, language);
        }
    }

    /** A goroutine parked when the program ended, with Go's wait reason. */
    public record Blocked(String goroutine, String waitReason) {
    }

    /**
     * The result of one execution.
     *
     * @param nondeterminism why the run stopped as {@link Outcome#NONDETERMINISTIC}, else null
     */
    public record Run(List<String> stdout, Outcome outcome, int exitCode, String stderrFirstLine,
                      List<Blocked> blocked, List<Step> trace, String nondeterminism) {

        public Run {
            stdout = List.copyOf(stdout);
            blocked = List.copyOf(blocked);
            trace = List.copyOf(trace);
        }

        /** What a learner writes: the stdout lines, then the first error line if any. */
        public String answer() {
            List<String> lines = new ArrayList<>(stdout);
            if (!stderrFirstLine.isEmpty()) {
                lines.add(stderrFirstLine);
            }
            return String.join("\n", lines);
        }

        /** stdout exactly as the process writes it. */
        public String stdoutText() {
            return stdout.stream().map(l -> l + "\n").collect(Collectors.joining());
        }
    }

    /** Runs {@code scenario} to its end as Go {@code version} does. */
    public static Run run(ChannelScenario scenario, GoVersion version) {
        return run(scenario, version, Language.EN);
    }

    /** As above, the trace written in {@code language} (the run itself is the same). */
    public static Run run(ChannelScenario scenario, GoVersion version, Language language) {
        return new Execution(scenario, version, language).run();
    }

    /**
     * The wait reason of {@code wg.Wait()}: Go 1.24 gave it its own
     * ({@code waitReasonSyncWaitGroupWait}, parked through
     * {@code runtime_SemacquireWaitGroup}); before, it parks as a plain {@code semacquire}.
     */
    static String waitGroupWaitReason(GoVersion version) {
        return version.atLeast(1, 24) ? "sync.WaitGroup.Wait" : "semacquire";
    }

    /**
     * @throws IllegalStateException naming the first broken invariant (see the class header)
     */
    public static void checkInvariants(State s) {
        Map<String, GoroutineState> gs = new LinkedHashMap<>();
        for (GoroutineState g : s.goroutines()) {
            if (gs.put(g.name(), g) != null) {
                fail(s, "goroutine " + g.name() + " listed twice");
            }
        }
        Map<String, Integer> inRunStructures = new HashMap<>();
        if (s.running() != null) {
            inRunStructures.merge(s.running(), 1, Integer::sum);
        }
        if (s.runnext() != null) {
            inRunStructures.merge(s.runnext(), 1, Integer::sum);
        }
        s.runq().forEach(n -> inRunStructures.merge(n, 1, Integer::sum));
        if (s.runq().size() > LOCAL_RUN_QUEUE_SIZE) {
            fail(s, "local run queue over " + LOCAL_RUN_QUEUE_SIZE);
        }
        Map<String, Integer> parkedOn = new HashMap<>();
        for (ChannelState c : s.channels()) {
            int qcount = c.buf().size();
            if (!c.sendq().isEmpty() && !c.recvq().isEmpty()) {
                fail(s, c.name() + " has parked senders " + c.sendq() + " and parked receivers " + c.recvq());
            }
            if (qcount > c.cap()) {
                fail(s, c.name() + " qcount " + qcount + " > cap " + c.cap());
            }
            if (qcount > 0 && !c.recvq().isEmpty()) {
                fail(s, c.name() + " holds " + c.buf() + " while receivers " + c.recvq() + " are parked");
            }
            if (qcount < c.cap() && !c.sendq().isEmpty()) {
                fail(s, c.name() + " has room while senders " + c.sendq() + " are parked");
            }
            if (c.closed() && (!c.sendq().isEmpty() || !c.recvq().isEmpty())) {
                fail(s, c.name() + " is closed but still has parked goroutines");
            }
            if (c.kind().equals("nil") && (c.closed() || qcount > 0 || !c.sendq().isEmpty()
                    || !c.recvq().isEmpty())) {
                fail(s, "nil channel " + c.name() + " has state");
            }
            if (c.kind().equals(TIMER) && (c.cap() != 1 || c.closed() || !c.sendq().isEmpty())) {
                fail(s, "timer channel " + c.name() + " is not a cap-1 channel only the runtime sends on");
            }
            Set<String> once = new HashSet<>();
            for (String n : concat(c.sendq(), c.recvq())) {
                if (!once.add(n)) {
                    fail(s, n + " is parked twice on " + c.name());
                }
                parkedOn.merge(n, 1, Integer::sum);
            }
        }
        for (String n : concat(new ArrayList<>(inRunStructures.keySet()), new ArrayList<>(parkedOn.keySet()))) {
            if (!gs.containsKey(n)) {
                fail(s, "unknown goroutine " + n);
            }
        }
        long runningCount = s.goroutines().stream().filter(g -> g.status() == Status.RUNNING).count();
        if (runningCount > 1) {
            fail(s, "more than one goroutine running on one P");
        }
        for (GoroutineState g : s.goroutines()) {
            int run = inRunStructures.getOrDefault(g.name(), 0);
            int parked = parkedOn.getOrDefault(g.name(), 0);
            boolean ok = switch (g.status()) {
                case RUNNING -> g.name().equals(s.running()) && run == 1 && parked == 0;
                case RUNNABLE -> run == 1 && !g.name().equals(s.running()) && parked == 0;
                case DEAD -> run == 0 && parked == 0;
                case WAITING -> run == 0 && parked == expectedParkings(g.waitReason(), parked);
            };
            if (!ok) {
                fail(s, g.name() + " is " + g.status() + " (" + g.waitReason() + ") but appears " + run
                        + " times in running/runnext/runq and in " + parked + " channel queues");
            }
        }
        if (s.wgCounter() != null && s.wgCounter() < 0) {
            fail(s, "WaitGroup counter below zero");
        }
    }

    /** A parked G sits in one queue for a plain channel wait, in any number for a select, else none. */
    private static int expectedParkings(String waitReason, int actual) {
        if ("chan send".equals(waitReason) || "chan receive".equals(waitReason)) {
            return 1;
        }
        return "select".equals(waitReason) ? actual : 0;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void fail(State s, String what) {
        throw new IllegalStateException("channel model invariant broken: " + what + " in " + s);
    }

    /** hchan. */
    private static final class Hchan {
        final String name;
        final boolean nil;
        final int dataqsiz;
        final Deque<Integer> buf = new ArrayDeque<>();
        boolean closed;
        final Deque<Sudog> recvq = new ArrayDeque<>();
        final Deque<Sudog> sendq = new ArrayDeque<>();

        /** made by time.After: cap 1, only the runtime's sendTime sends on it */
        final boolean timer;

        Hchan(ChannelScenario.ChanDecl d) {
            this.name = d.name();
            this.nil = d.nil();
            this.dataqsiz = d.cap();
            this.timer = false;
        }

        /** time.After's channel: {@code make(chan Time, 1)} in {@code time.NewTimer}. */
        Hchan(String timerName) {
            this.name = timerName;
            this.nil = false;
            this.dataqsiz = 1;
            this.timer = true;
        }

        String kind() {
            return timer ? TIMER : nil ? "nil" : dataqsiz == 0 ? "unbuffered" : "buffered";
        }
    }

    /** sudog: which G waits on which channel, the value it sends, and for a select which case. */
    private static final class Sudog {
        final G g;
        final Hchan c;
        final boolean isSend;
        final int elem;
        /** the select case index, -1 for a plain send or receive */
        final int casi;

        Sudog(G g, Hchan c, boolean isSend, int elem, int casi) {
            this.g = g;
            this.c = c;
            this.isSend = isSend;
            this.elem = elem;
            this.casi = casi;
        }

        Deque<Sudog> queue() {
            return isSend ? c.sendq : c.recvq;
        }
    }

    /** What the waker left for a parked G: {@code gp.param} (the sudog's case) and {@code sudog.success}. */
    private record Wake(int casi, int value, boolean success) {
    }

    /** The g: a body, a pc into it, and the runtime's bookkeeping. */
    private static final class G {
        final String name;
        final List<Stmt> body;
        int pc;
        Status status = Status.RUNNABLE;
        String waitReason;
        /** gp.waiting: the sudogs of a parked G, several for a select */
        final List<Sudog> waiting = new ArrayList<>();
        /** gp.param after a wake-up, consumed when the G runs again */
        Wake param;

        G(String name, List<Stmt> body) {
            this.name = name;
            this.body = body;
        }
    }

    private record Received(int value, boolean ok, String text) {
    }

    /** What the scheduler does after a statement. */
    private enum Next {
        /** the G keeps the P */
        CONTINUE,
        /** the G parked or ended: schedule() */
        SWITCH,
        /** the process is over (exit, panic, or the model cannot say) */
        STOP
    }

    /** One run: mutable, single-use. */
    private static final class Execution {
        private final ChannelScenario scenario;
        private final Map<String, Hchan> chans = new LinkedHashMap<>();
        private final List<G> allgs = new ArrayList<>();
        private final List<Step> trace = new ArrayList<>();
        private final List<String> stdout = new ArrayList<>();
        private G running;
        private G runnext;
        private final Deque<G> runq = new ArrayDeque<>();
        /** the G that last gave up the P, for the schedule step's text */
        private G previous;
        private int wgCounter;
        private final List<G> wgWaiters = new ArrayList<>();
        private final String wgWaitReason;
        /** armed timers that have not fired, earliest first (they all have the same duration) */
        private final Deque<Hchan> timers = new ArrayDeque<>();
        private final boolean quiet;
        private Outcome outcome;
        private int exitCode;
        private String stderrFirstLine = "";
        private String nondeterminism;
        private final Language language;

        Execution(ChannelScenario scenario, GoVersion version, Language language) {
            this.scenario = scenario;
            this.language = language;
            this.wgWaitReason = waitGroupWaitReason(version);
            this.quiet = scenario.quiet();
            scenario.channels().forEach(d -> chans.put(d.name(), new Hchan(d)));
        }

        Run run() {
            G main = newg("main", scenario.main());
            main.status = Status.RUNNING;
            running = main;
            step(Texts.MAIN_STARTS.in(language)
                    + scenario.channels().stream().map(d -> describe(d, language)).collect(Collectors.joining(", ")));
            int steps = 0;
            while (outcome == null) {
                if (++steps > MAX_STEPS) {
                    throw new IllegalStateException("the channel model did not finish in " + MAX_STEPS + " steps");
                }
                if (execute(running) == Next.SWITCH) {
                    schedule();
                }
            }
            List<Blocked> blocked = allgs.stream().filter(g -> g.status == Status.WAITING)
                    .map(g -> new Blocked(g.name, g.waitReason)).toList();
            return new Run(stdout, outcome, exitCode, stderrFirstLine, blocked, trace, nondeterminism);
        }

        private G newg(String name, List<Stmt> body) {
            G g = new G(name, body);
            allgs.add(g);
            return g;
        }

        /** One statement, or the completion of the one a wake-up interrupted. */
        private Next execute(G g) {
            if (g.param != null) {
                return resume(g);
            }
            if (g.pc >= g.body.size()) {
                return goexit(g);
            }
            Stmt s = g.body.get(g.pc);
            String op = g.name + ": " + ChannelPrograms.summary(s, quiet);
            if (s instanceof Send x) {
                return send(g, x, op);
            } else if (s instanceof Recv || s instanceof RecvOk || s instanceof Range) {
                return recv(g, s, ChannelScenario.channelOf(s), op);
            } else if (s instanceof Close x) {
                return close(g, chans.get(x.ch()), op);
            } else if (s instanceof LenCap x) {
                Hchan c = chans.get(x.ch());
                String line = c.buf.size() + " " + c.dataqsiz;
                g.pc++;
                return print(line, op + ": qcount " + c.buf.size() + ", dataqsiz " + c.dataqsiz
                        + (c.closed ? Texts.CLOSE_CHANGES_NEITHER.in(language) : "") + Texts.PRINTS.in(language) + line);
            } else if (s instanceof Print x) {
                g.pc++;
                return print(x.text(), op + Texts.PRINTS.in(language) + x.text());
            } else if (s instanceof Select x) {
                return select(g, x, op);
            } else if (s instanceof Go x) {
                G ng = newg(ChannelScenario.workerName(x.worker()), scenario.workers().get(x.worker()));
                g.pc++;
                step(op + Texts.NEWPROC.in(language) + ng.name + Texts.RUNQPUT.in(language) + runqput(ng)
                        + "; " + g.name + Texts.KEEPS_RUNNING.in(language));
                return Next.CONTINUE;
            } else if (s instanceof WgAdd x) {
                wgCounter += x.delta();
                g.pc++;
                step(op + Texts.COUNTER.in(language) + (wgCounter - x.delta()) + " → " + wgCounter);
                return Next.CONTINUE;
            } else if (s instanceof WgWait) {
                if (wgCounter == 0) {
                    g.pc++;
                    step(op + Texts.COUNTER_ZERO.in(language));
                    return Next.CONTINUE;
                }
                wgWaiters.add(g);
                return park(g, op + Texts.COUNTER_IS.in(language) + wgCounter + Texts.SEMACQUIRE_PARKS.in(language) + g.name,
                        wgWaitReason);
            }
            throw new IllegalStateException("unknown statement " + s);
        }

        /** chansend(c, ep, block=true). */
        private Next send(G g, Send x, String op) {
            Hchan c = chans.get(x.ch());
            if (c.nil) {
                return park(g, op + Texts.NIL_PARK.in(language), "chan send (nil chan)");
            }
            if (c.closed) {
                return gopanic(op + ": " + c.name + Texts.IS_CLOSED.in(language), "send on closed channel");
            }
            String done = sendNow(c, x.value());
            if (done != null) {
                g.pc++;
                step(op + ": " + done);
                return Next.CONTINUE;
            }
            enqueue(g, c, true, x.value(), -1);
            return park(g, op + Texts.NO_RECEIVER.in(language) + (c.dataqsiz > 0 ? Texts.BUFFER_FULL.in(language) : "")
                    + " → " + g.name + Texts.PARKS_IN.in(language) + c.name + ".sendq", "chan send");
        }

        /** The non-blocking part of chansend on an open, non-nil channel; null when it would block. */
        private String sendNow(Hchan c, int v) {
            Sudog sg = c.recvq.pollFirst();
            if (sg != null) {
                wake(sg, v, true);
                return sg.g.name + Texts.WAITS_IN.in(language) + c.name + Texts.HAND_OVER.in(language) + v + Texts.DIRECTLY_READY.in(language)
                        + runqput(sg.g);
            }
            if (c.buf.size() < c.dataqsiz) {
                c.buf.addLast(v);
                return Texts.ROOM.in(language) + c.name + " buf " + c.buf + " (" + c.buf.size() + "/" + c.dataqsiz
                        + ")";
            }
            return null;
        }

        /** chanrecv(c, ep, block=true) for {@code <-ch}, {@code v, ok := <-ch} and one range iteration. */
        private Next recv(G g, Stmt s, String ch, String op) {
            Hchan c = chans.get(ch);
            if (c.nil) {
                return park(g, op + Texts.NIL_PARK.in(language), "chan receive (nil chan)");
            }
            Received r = recvNow(c);
            if (r != null) {
                String out = received(g, s, r.value(), r.ok());
                step(op + ": " + r.text() + out);
                return Next.CONTINUE;
            }
            enqueue(g, c, false, 0, -1);
            return park(g, op + ": " + (c.dataqsiz > 0 ? Texts.BUFFER_EMPTY_NO.in(language) : Texts.NO.in(language)) + Texts.SENDER_WAITING.in(language) + g.name
                    + Texts.PARKS_IN.in(language) + c.name + ".recvq", "chan receive");
        }

        /** The non-blocking part of chanrecv on a non-nil channel; null when it would block. */
        private Received recvNow(Hchan c) {
            if (c.closed && c.buf.isEmpty()) {
                return new Received(0, false, c.name + Texts.CLOSED_EMPTY.in(language));
            }
            if (!c.closed) {
                Sudog sg = c.sendq.pollFirst();
                if (sg != null) {
                    int v;
                    String how;
                    if (c.dataqsiz == 0) {
                        v = sg.elem;
                        how = sg.g.name + Texts.WAITS_IN.in(language) + c.name + Texts.SENDQ_TAKE.in(language) + v + Texts.STRAIGHT.in(language);
                    } else {
                        v = c.buf.pollFirst();
                        c.buf.addLast(sg.elem);
                        how = Texts.BUFFER_FULL_AND.in(language) + sg.g.name + Texts.WAITS_IN.in(language) + c.name + Texts.TAKE_HEAD.in(language) + v
                                + Texts.MOVE_ITS.in(language) + sg.elem + Texts.TO_TAIL.in(language) + c.buf;
                    }
                    wake(sg, 0, true);
                    return new Received(v, true, how + Texts.READY.in(language) + runqput(sg.g));
                }
            }
            if (!c.buf.isEmpty()) {
                int v = c.buf.pollFirst();
                return new Received(v, true, Texts.TAKE.in(language) + v + Texts.FROM_BUFFER.in(language)
                        + (c.closed ? Texts.STILL_RECEIVED.in(language) : "") + " → buf " + c.buf);
            }
            return null;
        }

        /** Finishes a receive statement with what it got: prints, and moves pc unless a range goes on. */
        private String received(G g, Stmt s, int v, boolean ok) {
            if (s instanceof Recv && quiet) {
                g.pc++;
                return "";
            } else if (s instanceof Recv) {
                g.pc++;
                stdout.add(Integer.toString(v));
                return Texts.PRINTS.in(language) + v;
            } else if (s instanceof RecvOk) {
                g.pc++;
                String line = v + " " + ok;
                stdout.add(line);
                return Texts.PRINTS.in(language) + line;
            } else if (ok && quiet) {
                return Texts.LOOP_GOES_ON.in(language);
            } else if (ok) {
                stdout.add(Integer.toString(v));
                return Texts.PRINTS.in(language) + v + Texts.LOOP_GOES_ON.in(language);
            }
            g.pc++;
            return Texts.RANGE_ENDS.in(language);
        }

        /** closechan. */
        private Next close(G g, Hchan c, String op) {
            if (c.nil) {
                return gopanic(op, "close of nil channel");
            }
            if (c.closed) {
                return gopanic(op + ": " + c.name + Texts.ALREADY_CLOSED.in(language), "close of closed channel");
            }
            c.closed = true;
            Deque<G> glist = new ArrayDeque<>();
            List<String> receivers = new ArrayList<>();
            List<String> senders = new ArrayList<>();
            for (Sudog sg = c.recvq.pollFirst(); sg != null; sg = c.recvq.pollFirst()) {
                wake(sg, 0, false);
                glist.push(sg.g);
                receivers.add(sg.g.name);
            }
            for (Sudog sg = c.sendq.pollFirst(); sg != null; sg = c.sendq.pollFirst()) {
                wake(sg, 0, false);
                glist.push(sg.g);
                senders.add(sg.g.name);
            }
            StringBuilder text = new StringBuilder(op + Texts.CLOSED_1.in(language));
            if (glist.isEmpty()) {
                text.append(Texts.NOBODY_PARKED.in(language)).append(c.name);
            } else {
                text.append(Texts.GLIST.in(language)).append(receivers).append(Texts.THEN_SENDERS.in(language))
                        .append(senders).append(Texts.POP_GOREADY.in(language));
                while (!glist.isEmpty()) {
                    text.append(" ").append(runqput(glist.pop())).append(";");
                }
                text.setLength(text.length() - 1);
            }
            g.pc++;
            step(text + "; " + g.name + Texts.KEEPS_RUNNING.in(language));
            return Next.CONTINUE;
        }

        /** selectgo, and the compiler's rewrites of the one-case forms (same behaviour). */
        private Next select(G g, Select sel, String stmt) {
            List<Integer> ready = new ArrayList<>();
            String armed = "";
            for (int i = 0; i < sel.cases().size(); i++) {
                Case cs = sel.cases().get(i);
                if (cs instanceof AfterCase ac) {
                    Hchan t = new Hchan(ac.name());
                    chans.put(t.name, t);
                    timers.addLast(t);
                    armed = Texts.ARMS_TIMER.in(language) + t.name + Texts.NOT_FIRED.in(language);
                    continue;
                }
                Hchan c = chans.get(cs.ch());
                if (c.nil) {
                    continue;
                }
                boolean r = cs instanceof SendCase
                        ? c.closed || !c.recvq.isEmpty() || c.buf.size() < c.dataqsiz
                        : !c.sendq.isEmpty() || !c.buf.isEmpty() || c.closed;
                if (r) {
                    ready.add(i);
                }
            }
            String op = stmt + ": " + armed;
            if (ready.size() > 1) {
                nondeterminism = op + Texts.CASES.in(language) + ready.stream().map(i -> ChannelPrograms.caseSummary(
                        sel.cases().get(i))).toList() + Texts.ALL_READY.in(language);
                outcome = Outcome.NONDETERMINISTIC;
                step(nondeterminism + Texts.NOT_DETERMINED.in(language));
                return Next.STOP;
            }
            if (ready.size() == 1) {
                Case cs = sel.cases().get(ready.get(0));
                Hchan c = chans.get(cs.ch());
                String which = op + Texts.ONLY.in(language) + ChannelPrograms.caseSummary(cs) + Texts.IS_READY.in(language);
                if (cs instanceof SendCase sc) {
                    if (c.closed) {
                        return gopanic(which + c.name + Texts.IS_CLOSED.in(language), "send on closed channel");
                    }
                    String done = sendNow(c, sc.value());
                    g.pc++;
                    return print(sc.output(), which + done + (quiet ? "" : Texts.PRINTS.in(language) + sc.output()));
                }
                Received r = recvNow(c);
                String line = ((RecvCase) cs).output(r.value());
                g.pc++;
                return print(line, which + r.text() + (quiet ? "" : Texts.PRINTS.in(language) + line));
            }
            if (sel.hasDefault()) {
                g.pc++;
                return print(sel.defaultLabel(), op + Texts.DEFAULT.in(language)
                        + (quiet ? "" : Texts.PRINTS.in(language) + sel.defaultLabel()));
            }
            String reason = selectWaitReason(sel);
            List<String> on = new ArrayList<>();
            for (int i = 0; i < sel.cases().size(); i++) {
                Case cs = sel.cases().get(i);
                Hchan c = chans.get(cs.ch());
                if (!c.nil) {
                    boolean isSend = cs instanceof SendCase;
                    enqueue(g, c, isSend, isSend ? ((SendCase) cs).value() : 0, i);
                    on.add(c.name + (isSend ? ".sendq" : ".recvq"));
                }
            }
            if (on.isEmpty()) {
                return park(g, op + Texts.BLOCKS_FOREVER.in(language), reason);
            }
            return park(g, op + Texts.NO_CASE_READY.in(language) + g.name + Texts.PARKS_IN.in(language) + String.join(Texts.AND.in(language), on),
                    reason);
        }

        /** Go's wait reason: the compiler turns {@code select {}} into block() and a one-case select into a plain op. */
        private String selectWaitReason(Select sel) {
            if (sel.cases().isEmpty()) {
                return "select (no cases)";
            }
            if (sel.cases().size() == 1) {
                Case cs = sel.cases().get(0);
                String base = cs instanceof SendCase ? "chan send" : "chan receive";
                return cs instanceof AfterCase || !chans.get(cs.ch()).nil ? base : base + " (nil chan)";
            }
            return "select";
        }

        /** A woken G runs again: the statement it parked in completes (gopark returns). */
        private Next resume(G g) {
            Wake w = g.param;
            g.param = null;
            Stmt s = g.body.get(g.pc);
            String op = g.name + Texts.RESUMES_IN.in(language) + ChannelPrograms.summary(s, quiet);
            if (s instanceof Send) {
                if (!w.success()) {
                    return gopanic(op + Texts.WOKEN_CLOSE.in(language), "send on closed channel");
                }
                g.pc++;
                step(op + Texts.RECEIVER_TOOK.in(language));
                return Next.CONTINUE;
            } else if (s instanceof Recv || s instanceof RecvOk || s instanceof Range) {
                String got = w.success() ? Texts.RECEIVED.in(language) + w.value() : Texts.WOKEN_ZERO.in(language);
                step(op + ": " + got + received(g, s, w.value(), w.success()));
                return Next.CONTINUE;
            } else if (s instanceof Select sel) {
                Case cs = sel.cases().get(w.casi());
                String via = op + Texts.WOKEN_THROUGH.in(language) + ChannelPrograms.caseSummary(cs);
                if (cs instanceof SendCase sc) {
                    if (!w.success()) {
                        return gopanic(via + Texts.BY_CLOSECHAN.in(language), "send on closed channel");
                    }
                    g.pc++;
                    return print(sc.output(), via + (quiet ? "" : Texts.PRINTS.in(language) + sc.output()));
                }
                String line = cs instanceof AfterCase ac ? ac.label() : ((RecvCase) cs).output(w.value());
                g.pc++;
                return print(line, via + (w.success() ? "" : Texts.CLOSED_ZERO.in(language))
                        + (quiet ? "" : Texts.PRINTS.in(language) + line));
            } else if (s instanceof WgWait) {
                g.pc++;
                step(op + Texts.WG_RETURNS.in(language));
                return Next.CONTINUE;
            }
            throw new IllegalStateException(g.name + " woke up in " + s);
        }

        /** The end of a goroutine body: runtime.main's exit(0) for main, goexit0 for a worker. */
        private Next goexit(G g) {
            if (g.name.equals("main")) {
                g.status = Status.DEAD;
                running = null;
                outcome = Outcome.EXIT;
                List<String> left = allgs.stream().filter(x -> x.status == Status.WAITING)
                        .map(x -> x.name + " (" + x.waitReason + ")").toList();
                List<String> runnable = allgs.stream().filter(x -> x.status == Status.RUNNABLE)
                        .map(x -> x.name).toList();
                step(Texts.MAIN_RETURNS.in(language) + (left.isEmpty() ? "" : Texts.STILL_BLOCKED.in(language) + String.join(", ", left))
                        + (runnable.isEmpty() ? "" : Texts.NEVER_RUN.in(language) + String.join(", ", runnable)));
                return Next.STOP;
            }
            String text = g.name + Texts.RETURNS.in(language);
            if (scenario.waitGroup()) {
                text += Texts.WG_DONE.in(language) + wgCounter + " → " + (wgCounter - 1);
                wgCounter--;
                if (wgCounter < 0) {
                    return gopanic(text, "sync: negative WaitGroup counter");
                }
                if (wgCounter == 0 && !wgWaiters.isEmpty()) {
                    for (G w : wgWaiters) {
                        w.param = new Wake(-1, 0, true);
                        w.waitReason = null;
                        text += Texts.SEMRELEASE.in(language) + runqput(w);
                    }
                    wgWaiters.clear();
                }
            }
            g.status = Status.DEAD;
            previous = g;
            running = null;
            step(text);
            return Next.SWITCH;
        }

        /** schedule → findRunnable → runqget: runnext, else the local queue head, else checkdead. */
        private void schedule() {
            String why = previous.status == Status.DEAD ? previous.name + Texts.IS_DONE.in(language)
                    : parked(previous.name, previous.waitReason, language);
            while (runnext == null && runq.isEmpty() && !timers.isEmpty()) {
                fireTimer(why);
                why = Texts.TIMER_FIRED.in(language);
            }
            G next = runnext;
            String from = "runnext";
            if (next != null) {
                runnext = null;
            } else {
                next = runq.pollFirst();
                from = Texts.QUEUE_HEAD.in(language);
            }
            if (next == null) {
                outcome = Outcome.DEADLOCK;
                exitCode = 2;
                stderrFirstLine = DEADLOCK;
                step(Texts.SCHEDULE.in(language) + why + Texts.CHECKDEAD.in(language) + DEADLOCK + Texts.EXIT_2.in(language));
                return;
            }
            next.status = Status.RUNNING;
            running = next;
            step(Texts.SCHEDULE.in(language) + why + "; " + from + " " + next.name + Texts.RUNS.in(language));
        }

        /**
         * findRunnable with nothing runnable: checkTimers → runtimer → sendTime, a
         * non-blocking send of the current time on the earliest timer's channel.
         */
        private void fireTimer(String why) {
            Hchan t = timers.pollFirst();
            String text = Texts.SCHEDULE.in(language) + why + Texts.P_SLEEPS.in(language) + t.name + Texts.FIRES.in(language);
            Sudog sg = t.recvq.pollFirst();
            if (sg != null) {
                wake(sg, 0, true);
                text += sg.g.name + Texts.WAITS_ON_IT.in(language) + runqput(sg.g);
            } else {
                t.buf.addLast(0);
                text += Texts.NOBODY_WAITS.in(language);
            }
            step(text);
        }

        /** runqput(pp, gp, next=true): gp takes runnext; the old occupant goes to the tail of runq. */
        private String runqput(G gp) {
            gp.status = Status.RUNNABLE;
            G old = runnext;
            runnext = gp;
            if (old == null) {
                return gp.name + Texts.RUNNEXT.in(language);
            }
            runq.addLast(old);
            return gp.name + Texts.RUNNEXT_KICK.in(language) + old.name + Texts.KICKED.in(language);
        }

        private void enqueue(G g, Hchan c, boolean isSend, int elem, int casi) {
            Sudog sg = new Sudog(g, c, isSend, elem, casi);
            g.waiting.add(sg);
            sg.queue().addLast(sg);
        }

        /**
         * The waker's side of a hand-off: dequeue was done by the caller; a select G's
         * other sudogs are dropped now (selectDone + pass 3), and gp.param records the case.
         */
        private void wake(Sudog sg, int value, boolean success) {
            G gp = sg.g;
            for (Sudog other : gp.waiting) {
                if (other != sg) {
                    other.queue().remove(other);
                }
            }
            gp.waiting.clear();
            gp.waitReason = null;
            gp.param = new Wake(sg.casi, value, success);
        }

        /** gopark: the G leaves the P; schedule() picks the next one. */
        private Next park(G g, String text, String reason) {
            g.status = Status.WAITING;
            g.waitReason = reason;
            previous = g;
            running = null;
            step(text + " (" + reason + ")");
            return Next.SWITCH;
        }

        private Next print(String line, String text) {
            if (!quiet) {
                stdout.add(line);
            }
            step(text);
            return Next.CONTINUE;
        }

        private Next gopanic(String text, String message) {
            outcome = Outcome.PANIC;
            exitCode = 2;
            stderrFirstLine = "panic: " + message;
            step(text + " → " + stderrFirstLine + Texts.EXIT_2.in(language));
            return Next.STOP;
        }

        private void step(String text) {
            State s = snapshot();
            checkInvariants(s);
            trace.add(new Step(text, s));
        }

        private State snapshot() {
            List<ChannelState> cs = new ArrayList<>();
            for (Hchan c : chans.values()) {
                cs.add(new ChannelState(c.name, c.kind(),
                        c.dataqsiz, new ArrayList<>(c.buf), c.closed, names(c.sendq), names(c.recvq)));
            }
            List<GoroutineState> gs = allgs.stream()
                    .map(g -> new GoroutineState(g.name, g.status, g.waitReason, g.pc)).toList();
            return new State(cs, gs, running == null ? null : running.name, runnext == null ? null : runnext.name,
                    runq.stream().map(g -> g.name).toList(), scenario.waitGroup() ? wgCounter : null,
                    Collections.unmodifiableList(new ArrayList<>(stdout)));
        }

        private static List<String> names(Deque<Sudog> q) {
            return q.stream().map(sg -> sg.g.name).toList();
        }
    }

    /** How a schedule step says that {@code g} gave up the P parked with {@code waitReason}. */
    public static String parked(String g, String waitReason, Language language) {
        return g + Texts.IS_PARKED.in(language) + waitReason + Texts.CLOSE_PAREN.in(language);
    }

    private static String describe(ChannelScenario.ChanDecl d, Language language) {
        return d.name() + " " + (d.nil() ? "nil" : d.cap() == 0 ? Texts.UNBUFFERED.in(language)
                : Texts.BUFFERED.in(language) + d.cap());
    }
}
