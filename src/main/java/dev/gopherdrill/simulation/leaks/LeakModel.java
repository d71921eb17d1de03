package dev.gopherdrill.simulation.leaks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.channels.ChannelModel;
import dev.gopherdrill.simulation.channels.ChannelModel.ChannelState;
import dev.gopherdrill.simulation.channels.ChannelModel.GoroutineState;
import dev.gopherdrill.simulation.channels.ChannelModel.Outcome;
import dev.gopherdrill.simulation.channels.ChannelModel.Status;
import dev.gopherdrill.simulation.leaks.LeakPrograms.Site;
import dev.gopherdrill.simulation.leaks.LeakScenario.Pattern;

/**
 * Which goroutines a {@link LeakScenario} leaves behind, and what
 * {@code runtime.NumGoroutine()} reports once the program has settled. The channel
 * semantics and the scheduling order come from {@link ChannelModel}, which executes
 * {@link LeakScenario#scenario()}; this class reads its run as a leak: who is blocked
 * for good, where, and how many goroutines the runtime still counts.
 *
 * <h2>The real structure</h2>
 * {@code runtime.NumGoroutine() → gcount()} (runtime/proc.go):
 * {@code allglen - sched.gFree.n - sched.ngsys - Σ p.gFree.n}. Every g ever made stays
 * in {@code allgs}; {@code newproc1} takes one from a free list ({@code gfget}) or makes
 * one ({@code malg + allgadd}), so a goroutine counts from its {@code go} statement on,
 * before it has run at all; {@code goexit0} marks it {@code _Gdead} and puts it on its
 * P's free list ({@code gfput}), which takes it out of the count. System goroutines
 * (forcegc, bgsweep, bgscavenge, the finalizer goroutine) are in {@code ngsys} and not
 * counted, and neither {@code time.After} (a timer in the P's heap) nor
 * {@code context.WithCancel(context.Background())} (no parent to watch) starts a
 * goroutine. A parked goroutine ({@code _Gwaiting} in a channel's {@code sendq} or
 * {@code recvq}) is never freed: the GC treats its stack as a root, so it also keeps
 * its channel alive. Nothing but a partner on that channel, or a close, ever readies it.
 *
 * <h2>Transitions</h2>
 * Those of {@link ChannelModel}, one {@link Step} each, and then:
 * <ul>
 * <li>the pattern's function returns (its deferred {@code cancel()} closes
 *     {@code ctx.Done()} first); main calls {@code settle()}, which gives the P away
 *     with {@code runtime.Gosched()} until no other goroutine is runnable (modelled as
 *     main leaving the P for good, see {@link LeakScenario});</li>
 * <li>nothing is runnable: every goroutine but main has returned or is parked for good
 *     ({@code settle} returns);</li>
 * <li>main prints {@code gcount()}: main plus the parked goroutines.</li>
 * </ul>
 *
 * <h2>Invariants ({@link #checkInvariants}, after every step)</h2>
 * <ul>
 * <li>{@code numGoroutine} is the number of goroutines not {@code DEAD} (gcount);</li>
 * <li>a waiting goroutine waits on at least one channel (these programs have no other
 *     way to block) and a leaked one is waiting, is not main and stays waiting to the
 *     end;</li>
 * <li>at the count, nothing but main can run, and the count is main plus the leaked
 *     goroutines.</li>
 * </ul>
 * Besides, {@link ChannelModel} checks its own invariants on every state.
 *
 * <h2>Simplified</h2>
 * {@code settle()}'s real schedule (main in the global run queue, back on the P after
 * the local queue is empty, or sooner on the every-61st-tick fairness check) is not
 * traced: main touches no channel while it settles, so it cannot change what the others
 * do or in which order, only when main looks. The model lets them all run first.
 *
 * <h2>Versions</h2>
 * Go 1.17 to 1.24, like {@link ChannelModel}: gcount, goexit0's free lists, the wait
 * reasons ({@code chan send}, {@code chan receive}, {@code select}) and the fact that
 * neither timers (since 1.14) nor a Background-derived context start goroutines hold in
 * all of them. Go 1.23's timer rework changes what happens to a fired {@code time.After}
 * channel, not who is blocked. Verified on go1.19.8 linux/amd64.
 */
public final class LeakModel {

    private LeakModel() {
    }

    /** A goroutine's place in a picture: {@code blockedOn} are the channels it is parked on. */
    public record GoroutineView(String name, Status status, String waitReason, List<String> blockedOn, String at,
                                boolean leaked) {

        public GoroutineView {
            blockedOn = List.copyOf(blockedOn);
        }
    }

    /**
     * The program after a step, as the playground draws it.
     *
     * @param phase        what main is doing: the pattern's function, {@code settle()}, the count
     * @param numGoroutine what {@code runtime.NumGoroutine()} would return now
     */
    public record LeakState(String phase, List<GoroutineView> goroutines, List<ChannelState> channels,
                            String running, String runnext, List<String> runq, int numGoroutine) implements StepState {

        public LeakState {
            goroutines = List.copyOf(goroutines);
            channels = List.copyOf(channels);
            runq = List.copyOf(runq);
        }

        @Override
        public String svg(Language language) {
            return LeakPicture.svg(this, language);
        }
    }

    /** A goroutine that never finishes: Go's wait reason and the statement it is parked in. */
    public record Leaked(String goroutine, String waitReason, Site site) {
    }

    /**
     * The result of one program.
     *
     * @param places what the verification program's {@code leaked()} prints: how many goroutines
     *               wait at each {@code reason file:line}, sorted by that text
     */
    public record LeakRun(LeakScenario scenario, int numGoroutine, List<Leaked> leaked, List<String> places,
                          List<Step> trace) {

        public LeakRun {
            leaked = List.copyOf(leaked);
            places = List.copyOf(places);
            trace = List.copyOf(trace);
        }

        /** stdout of {@link LeakPrograms#verification}: the count, then the places. */
        public String verificationStdout() {
            StringBuilder sb = new StringBuilder().append(numGoroutine).append('\n');
            places.forEach(p -> sb.append(p).append('\n'));
            return sb.toString();
        }

        /** How many leaked goroutines wait with each wait reason, by reason: {@code 2 chan send}. */
        public List<String> blockedByReason() {
            Map<String, Integer> byReason = new TreeMap<>();
            leaked.forEach(l -> byReason.merge(l.waitReason(), 1, Integer::sum));
            return byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
        }
    }

    /** Runs {@code s} to its count as Go {@code version} does. */
    public static LeakRun run(LeakScenario s, GoVersion version) {
        return run(s, version, Language.EN);
    }

    /** As above, the trace written in {@code language}. */
    public static LeakRun run(LeakScenario s, GoVersion version, Language language) {
        ChannelModel.Run run = ChannelModel.run(s.scenario(), version, language);
        List<Step> steps = run.trace();
        Step last = steps.get(steps.size() - 1);
        if (run.outcome() != Outcome.DEADLOCK || !last.text().contains("checkdead")) {
            throw new IllegalStateException(s + " did not settle: " + run.outcome() + ", " + last.text());
        }
        List<Site> sites = LeakPrograms.verification(s).workerSites();
        ChannelModel.State settled = (ChannelModel.State) last.state();
        Set<String> leakedNames = new HashSet<>();
        List<Leaked> leaked = new ArrayList<>();
        for (GoroutineState g : settled.goroutines()) {
            if (g.status() == Status.WAITING && !g.name().equals("main")) {
                leakedNames.add(g.name());
                leaked.add(new Leaked(g.name(), g.waitReason(), sites.get(g.pc())));
            }
        }
        Map<String, Integer> byPlace = new TreeMap<>();
        leaked.forEach(l -> byPlace.merge(l.waitReason() + " " + LeakPrograms.FILE + ":" + l.site().line(), 1,
                Integer::sum));
        List<String> places = byPlace.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
        int count = 1 + leaked.size();
        return new LeakRun(s, count, leaked, places, trace(s, steps, sites, leakedNames,
                countText(count, leaked, language), language));
    }

    /**
     * ChannelModel's steps as leak steps: its texts, except the first (the program), the
     * step where main reaches its settle statement and the last (its checkdead, here the
     * settled state); then main's count.
     */
    private static List<Step> trace(LeakScenario s, List<Step> steps, List<Site> sites, Set<String> leakedNames,
                                    String countText, Language language) {
        int[] leakedFrom = leakedFrom(steps, leakedNames);
        List<Step> trace = new ArrayList<>();
        boolean settling = false;
        for (int i = 0; i < steps.size(); i++) {
            ChannelModel.State cs = (ChannelModel.State) steps.get(i).state();
            GoroutineState main = cs.goroutines().get(0);
            boolean settleStep = !settling && "select (no cases)".equals(main.waitReason());
            settling |= settleStep;
            String text;
            if (i == 0) {
                text = intro(s, language);
            } else if (settleStep) {
                text = returned(s, language) + Texts.SETTLES.in(language);
            } else if (i == steps.size() - 1) {
                text = Texts.SETTLED.in(language);
            } else {
                text = steps.get(i).text().replace(ChannelModel.parked("main", "select (no cases)", language),
                        Texts.GIVES_P_AWAY.in(language));
            }
            String phase = settling ? "settle()" : phase(s, main.pc());
            trace.add(new Step(text, state(s, phase, cs, sites, i, leakedFrom, settling, false)));
        }
        ChannelModel.State settled = (ChannelModel.State) steps.get(steps.size() - 1).state();
        trace.add(new Step(countText, state(s, "fmt.Println(runtime.NumGoroutine())", settled, sites, steps.size() - 1,
                leakedFrom, true, true)));
        return trace;
    }

    /**
     * @throws IllegalStateException naming the first broken invariant (see the class header)
     */
    public static void checkInvariants(LeakState s, boolean counted) {
        long alive = s.goroutines().stream().filter(g -> g.status() != Status.DEAD).count();
        if (alive != s.numGoroutine()) {
            fail(s, "numGoroutine " + s.numGoroutine() + " but " + alive + " goroutines are not dead");
        }
        for (GoroutineView g : s.goroutines()) {
            if (g.status() == Status.WAITING && g.blockedOn().isEmpty()) {
                fail(s, g.name() + " waits (" + g.waitReason() + ") on no channel");
            }
            if (g.leaked() && (g.status() != Status.WAITING || g.name().equals("main"))) {
                fail(s, g.name() + " is marked leaked but is " + g.status());
            }
        }
        if (counted) {
            long leaked = s.goroutines().stream().filter(GoroutineView::leaked).count();
            boolean othersRun = s.goroutines().stream()
                    .anyMatch(g -> !g.name().equals("main") && g.status() == Status.RUNNABLE);
            if (othersRun || s.numGoroutine() != 1 + leaked) {
                fail(s, "counted before settling: " + s.numGoroutine() + " goroutines, " + leaked + " leaked");
            }
        }
    }

    private static void fail(LeakState s, String what) {
        throw new IllegalStateException("leak model invariant broken: " + what + " in " + s);
    }

    /** For each goroutine (by allgs index), the step from which it is parked for good; MAX_VALUE if never. */
    private static int[] leakedFrom(List<Step> steps, Set<String> leakedNames) {
        List<GoroutineState> finalGs = ((ChannelModel.State) steps.get(steps.size() - 1).state()).goroutines();
        int[] from = new int[finalGs.size()];
        for (int k = 0; k < finalGs.size(); k++) {
            from[k] = Integer.MAX_VALUE;
            if (!leakedNames.contains(finalGs.get(k).name())) {
                continue;
            }
            int i = steps.size() - 1;
            while (i > 0 && waiting(steps.get(i - 1), k)) {
                i--;
            }
            from[k] = i;
        }
        return from;
    }

    private static boolean waiting(Step step, int k) {
        List<GoroutineState> gs = ((ChannelModel.State) step.state()).goroutines();
        return k < gs.size() && gs.get(k).status() == Status.WAITING;
    }

    private static LeakState state(LeakScenario s, String phase, ChannelModel.State cs, List<Site> sites, int step,
                                   int[] leakedFrom, boolean settling, boolean counting) {
        List<GoroutineView> gs = new ArrayList<>();
        for (int k = 0; k < cs.goroutines().size(); k++) {
            GoroutineState g = cs.goroutines().get(k);
            if (k == 0 && settling) {
                // in settle() main is running or, between Gosched calls, runnable in the global queue
                gs.add(new GoroutineView("main", counting ? Status.RUNNING : Status.RUNNABLE, null, List.of(),
                        counting ? "fmt.Println(runtime.NumGoroutine())" : "settle()", false));
                continue;
            }
            List<String> on = cs.channels().stream()
                    .filter(c -> c.sendq().contains(g.name()) || c.recvq().contains(g.name()))
                    .map(ChannelState::name).toList();
            String at = g.status() == Status.WAITING && k > 0 ? sites.get(g.pc()).statement() : null;
            gs.add(new GoroutineView(g.name(), g.status(), g.waitReason(), on, at, step >= leakedFrom[k]));
        }
        Set<String> started = gs.stream().map(GoroutineView::name).collect(Collectors.toSet());
        List<ChannelState> chans = cs.channels().stream().filter(c -> shown(s, c, started)).toList();
        LeakState state = new LeakState(phase, gs, chans, counting ? "main" : cs.running(), cs.runnext(), cs.runq(),
                (int) gs.stream().filter(g -> g.status() != Status.DEAD).count());
        checkInvariants(state, counting);
        return state;
    }

    /**
     * A channel is drawn once the program has made it: call k's result channel with
     * its goroutine, a timer while main waits on it (a fired one is garbage).
     */
    private static boolean shown(LeakScenario s, ChannelState c, Set<String> started) {
        if (c.kind().equals(ChannelModel.TIMER)) {
            return !c.recvq().isEmpty() || !c.buf().isEmpty();
        }
        if (s.pattern() == Pattern.TIMEOUT && c.name().startsWith("result")) {
            return started.contains("g" + c.name().substring("result".length()));
        }
        return true;
    }

    /** What main runs before settling, from its statement index in the scenario. */
    private static String phase(LeakScenario s, int mainPc) {
        return switch (s.pattern()) {
            case RECEIVER -> "first()";
            case TIMEOUT -> mainPc < 2 * s.workers() ? "call(backend, " + (mainPc / 2 + 1) + ")" : "backend <- i";
            case RANGE -> "consume()";
            case CONTEXT -> "process()";
        };
    }

    private static String intro(LeakScenario s, Language language) {
        String one = Texts.ONE_P.in(language);
        int n = s.workers();
        return one + switch (s.pattern()) {
            case RECEIVER -> Texts.INTRO_RECEIVER.in(language, capText(s.resultsCap(), language), n);
            case TIMEOUT -> Texts.INTRO_TIMEOUT.in(language, capText(s.fixed() ? 1 : 0, language));
            case RANGE -> Texts.INTRO_RANGE.in(language, capText(s.buffer(), language), n);
            case CONTEXT -> Texts.INTRO_CONTEXT.in(language, n);
        };
    }

    private static String capText(int cap, Language language) {
        return cap == 0 ? Texts.UNBUFFERED.in(language) : Texts.BUFFERED.in(language, cap);
    }

    private static String returned(LeakScenario s, Language language) {
        return switch (s.pattern()) {
            case RECEIVER -> Texts.FIRST_RETURNS.in(language);
            case TIMEOUT -> Texts.CALLS_OVER.in(language);
            case RANGE -> Texts.CONSUME_RETURNS.in(language);
            case CONTEXT -> Texts.PROCESS_RETURNS.in(language);
        };
    }

    private static String countText(int count, List<Leaked> leaked, Language language) {
        if (leaked.isEmpty()) {
            return Texts.COUNT_ALONE.in(language);
        }
        Map<String, List<String>> byStatement = new TreeMap<>();
        leaked.forEach(l -> byStatement.computeIfAbsent(l.site().statement() + " [" + l.waitReason() + "]",
                k -> new ArrayList<>()).add(l.goroutine()));
        String where = byStatement.entrySet().stream().map(e -> Texts.BLOCKED_AT.in(language,
                String.join(", ", e.getValue()), e.getKey())).collect(Collectors.joining(Texts.SEMICOLON.in(language)));
        return Texts.COUNT_LEAKED.in(language, count, leaked.size(), where);
    }
}
