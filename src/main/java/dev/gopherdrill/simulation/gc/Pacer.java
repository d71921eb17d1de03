package dev.gopherdrill.simulation.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;

/**
 * The heap goal the GC pacer sets at the end of a cycle: what {@code runtime.MemStats.NextGC}
 * reports right after {@code runtime.GC()} returns.
 *
 * <h2>The real structure</h2>
 * {@code gcControllerState} in {@code runtime/mgcpacer.go}. At mark termination
 * {@code resetLive(bytesMarked)} sets {@code heapMarked} and {@code lastStackScan} (the stack
 * bytes this cycle scanned: {@code stack.hi - sp} of every goroutine, in {@code scanstack});
 * {@code globalsScan} was fixed at start-up by {@code modulesinit}: {@code (edata - data) +
 * (ebss - bss)} of each module. Then {@code gcControllerCommit → commit(isSweepDone())} runs
 * while the world is still stopped and sweeping has not started, so {@code isSweepDone()} is
 * false. {@code heapGoal() → heapGoalInternal()} combines what commit stored with the memory
 * limit each time someone asks ({@code ReadMemStats} asks with the world stopped):
 * <pre>
 * commit:            gcPercentHeapGoal = heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC / 100
 *                    (^uint64(0) when GOGC &lt; 0), then at least heapMinimum = 4 MiB * GOGC / 100;
 *                    sweepDistMinTrigger = heapLive + sweepMinHeapDistance (1 MiB) while sweeping, else 0
 * heapGoalInternal:  goal = min(gcPercentHeapGoal, memoryLimitHeapGoal());
 *                    if the GOGC goal won: goal = max(goal, sweepDistMinTrigger)
 * memoryLimitHeapGoal: nonHeap = mappedReady - heapFree - heapAlloc, overage = max(mappedReady - limit, 0);
 *                    heapMarked if nonHeap + overage &gt;= limit; else limit - nonHeap - overage - 1 MiB
 *                    (memoryLimitHeapGoalHeadroom; at least 1 MiB), and never below heapMarked
 * </pre>
 * After a forced GC {@code heapLive == heapMarked} and {@code heapAlloc == heapMarked}, so the
 * sweep-distance floor is {@code heapMarked + 1 MiB}: with a small GOGC the goal is that, not
 * the formula. It lasts until the next {@code commit} ({@code SetGCPercent} or
 * {@code SetMemoryLimit} after the GC, when sweeping is done, drops it).
 *
 * <h2>Versions</h2>
 * <ul>
 * <li>Go 1.19 (verified): as above. {@code GOGC=off} alone does not make NextGC
 * {@code ^uint64(0)}: the default limit {@code math.MaxInt64} still gives a memory-limit
 * goal just below 2^63, which always wins against {@code ^uint64(0)}.</li>
 * <li>Go 1.18 (read from its source, not run here): the same GOGC goal, but the stack term
 * is {@code stackScan}, a snapshot of the <em>allocated</em> stack size
 * ({@code scannableStackSize}), not the bytes scanned; no memory limit. The heap minimum and
 * the sweep floor bound the trigger, and {@code commit} raises the goal to the trigger, so the
 * goal is again {@code max(formula, heapMinimum, sweep floor)}. GOGC=off: {@code ^uint64(0)}.</li>
 * <li>Go 1.17 (the pre-redesign commit, kept in 1.18 as {@code oldCommit}): {@code goal =
 * heapMarked + heapMarked * GOGC / 100}, raised the same way to the heap minimum and the sweep
 * floor. Stacks and globals do not count.</li>
 * </ul>
 * Go 1.21+ changed the memory-limit headroom to {@code max(3 % of the goal, 1 MiB)} (seen in the
 * 1.22 source); the release that changed it was not established here, so the model stops at 1.19.
 *
 * <h2>Invariants ({@link #checkInvariants})</h2>
 * the goal is never below {@code heapMarked}; the GOGC goal is never below the heap minimum;
 * with a memory limit the goal is never above the GOGC goal (nor, in the memory-limit regime,
 * above {@code limit - 1 MiB} unless clamped to heapMarked or the 1 MiB minimum); when it
 * exists, {@code heapMarked <= minTrigger <= maxTrigger <= goal}.
 *
 * <h2>Simplified</h2>
 * The trigger itself ({@code trigger()}: {@code goal - runway}, the runway from the cons/mark
 * estimate) depends on measured CPU rates; the model gives only its bounds, 45/64 and 61/64 of
 * the way from heapMarked to the goal ({@code minTriggerRatioNum}, {@code maxTriggerRatioNum}),
 * with {@code goal - 4 MiB} as the upper bound for large heaps. The {@code triggered + 64 KiB}
 * minimum runway applies only during a cycle. Inputs are bounded (bytes &lt;= 1 TiB, GOGC &lt;=
 * 100000) so no product overflows, where the runtime's uint64 arithmetic would wrap.
 */
public final class Pacer {

    /** {@code defaultHeapMinimum}: the heap minimum at GOGC=100; it scales with GOGC. */
    public static final long DEFAULT_HEAP_MINIMUM = 4L << 20;
    /** {@code sweepMinHeapDistance} in runtime/mgc.go. */
    public static final long SWEEP_MIN_HEAP_DISTANCE = 1L << 20;
    /** {@code memoryLimitHeapGoalHeadroom} in Go 1.19. */
    public static final long MEMORY_LIMIT_HEADROOM = 1L << 20;
    /** {@code minTriggerRatioNum / triggerRatioDen} and {@code maxTriggerRatioNum / triggerRatioDen}. */
    public static final int TRIGGER_RATIO_DEN = 64;
    public static final int MIN_TRIGGER_RATIO_NUM = 45;
    public static final int MAX_TRIGGER_RATIO_NUM = 61;
    /** {@code forcegcperiod} in runtime/proc.go: sysmon forces a GC after 2 minutes without one (not with GOGC=off). */
    public static final long FORCE_GC_PERIOD_SECONDS = 120;
    /** {@code GOMEMLIMIT=off}: {@code math.MaxInt64}. */
    public static final long NO_MEMORY_LIMIT = Long.MAX_VALUE;
    /** Input bounds that keep every product inside a signed 64-bit long. */
    public static final long MAX_BYTES = 1L << 40;
    public static final int MAX_GOGC = 100_000;

    public static final GoVersion OLDEST = new GoVersion(1, 17);
    public static final GoVersion NEWEST = new GoVersion(1, 19);

    private Pacer() {
    }

    /**
     * What the pacer reads.
     *
     * @param gogc         GOGC in percent; {@code null} is {@code GOGC=off} ({@code SetGCPercent(-1)})
     * @param memoryLimit  GOMEMLIMIT in bytes; {@code null} is no limit ({@code math.MaxInt64}); Go 1.19+
     * @param mappedReady  {@code gcController.mappedReady} = {@code MemStats.Sys - HeapReleased}; {@code null}
     *                     for an idealised process whose only memory is the live heap
     * @param heapFree     {@code gcController.heapFree} = {@code MemStats.HeapIdle - HeapReleased}; {@code null} = 0
     * @param sweepFloor   whether the last commit ran while sweeping was pending, as the one at the end of
     *                     {@code runtime.GC()} does ({@code true} for NextGC read right after a forced GC)
     */
    public record Inputs(long heapMarked, long stackScan, long globalsScan, Integer gogc, Long memoryLimit,
                         Long mappedReady, Long heapFree, boolean sweepFloor) {

        /** The state right after {@code runtime.GC()} in an idealised process (no non-heap memory). */
        public static Inputs afterForcedGc(long heapMarked, long stackScan, long globalsScan, Integer gogc,
                                           Long memoryLimit) {
            return new Inputs(heapMarked, stackScan, globalsScan, gogc, memoryLimit, null, null, true);
        }

        long limit() {
            return memoryLimit == null ? NO_MEMORY_LIMIT : memoryLimit;
        }

        long free() {
            return heapFree == null ? 0 : heapFree;
        }

        long mapped() {
            return mappedReady == null ? heapMarked + free() : mappedReady;
        }

        /** {@code mappedReady - heapFree - heapAlloc}, with heapAlloc = heapMarked after a forced GC. */
        long nonHeap() {
            return mapped() - free() - heapMarked;
        }
    }

    /** Which rule set the goal. */
    public enum Regime { GOGC, HEAP_MINIMUM, SWEEP_DISTANCE, MEMORY_LIMIT, OFF }

    /**
     * The heap goal and how it came about.
     *
     * @param goal        bytes; {@code null} when there is none: GOGC=off before Go 1.19, where the runtime
     *                    stores {@code ^uint64(0)}
     * @param gogcGoal    {@code gcPercentHeapGoal} before the memory limit, {@code null} when GOGC=off
     * @param memoryGoal  {@code memoryLimitHeapGoal()}, {@code null} before 1.19
     * @param minTrigger  the lowest heap size the next cycle can start at (1.19), {@code null} if unknown
     * @param maxTrigger  the highest (1.19), {@code null} if unknown
     */
    public record Goal(Long goal, Regime regime, Long gogcGoal, Long memoryGoal, Long minTrigger, Long maxTrigger,
                       List<String> explanation) {
        public Goal {
            explanation = List.copyOf(explanation);
        }
    }

    /**
     * The API's direct method: NextGC right after a forced GC in an idealised process (its only
     * memory is the live heap, so a memory limit leaves {@code limit - 1 MiB}).
     *
     * @param gogc        {@code null} means GOGC=off; 0..100000 otherwise
     * @param memoryLimit {@code null} means no limit (GOMEMLIMIT=off); Go 1.19+ only
     * @throws SimulationInputException naming the field ({@code goVersion}, {@code heapMarked},
     *                                  {@code stackScan}, {@code globalsScan}, {@code gogc}, {@code memoryLimit})
     */
    public static Goal goal(GoVersion v, long heapMarked, long stackScan, long globalsScan, Integer gogc,
                            Long memoryLimit) {
        return goal(v, Inputs.afterForcedGc(heapMarked, stackScan, globalsScan, gogc, memoryLimit));
    }

    /** {@code commit} then {@code heapGoalInternal}, as {@code ReadMemStats} sees them, explained in English. */
    public static Goal goal(GoVersion v, Inputs in) {
        return goal(v, in, Language.EN);
    }

    /** As above, the explanation in {@code language}. */
    public static Goal goal(GoVersion v, Inputs in, Language language) {
        validate(v, in);
        List<String> why = new ArrayList<>();
        long marked = in.heapMarked();
        Integer gogc = in.gogc();
        Long gogcGoal = null;
        Regime regime;
        if (gogc == null) {
            why.add(Texts.WHY_OFF.in(language));
            regime = Regime.OFF;
        } else {
            long formula;
            if (v.atLeast(1, 18)) {
                long work = marked + in.stackScan() + in.globalsScan();
                formula = marked + Math.multiplyExact(work, (long) gogc) / 100;
                why.add(String.format(Locale.ROOT, "goal = heapMarked + (heapMarked + %s + globalsScan) * GOGC / 100 "
                        + "= %d + (%d + %d + %d) * %d / 100 = %d", v.atLeast(1, 19) ? "lastStackScan" : "stackScan",
                        marked, marked, in.stackScan(), in.globalsScan(), gogc, formula));
            } else {
                formula = marked + Math.multiplyExact(marked, (long) gogc) / 100;
                why.add(Texts.WHY_GOGC_117.in(language, marked, marked, gogc, formula));
            }
            long heapMinimum = DEFAULT_HEAP_MINIMUM * gogc / 100;
            regime = Regime.GOGC;
            gogcGoal = formula;
            if (formula < heapMinimum) {
                gogcGoal = heapMinimum;
                regime = Regime.HEAP_MINIMUM;
                why.add(Texts.WHY_HEAP_MINIMUM.in(language, heapMinimum, heapMinimum));
            }
        }
        Long memoryGoal = null;
        Long goal = gogcGoal;
        if (v.atLeast(1, 19)) {
            memoryGoal = memoryLimitHeapGoal(in, why, language);
            if (gogcGoal == null || memoryGoal < gogcGoal) {
                goal = memoryGoal;
                regime = Regime.MEMORY_LIMIT;
                why.add(gogcGoal == null ? Texts.WHY_ONLY_LIMIT.in(language, memoryGoal)
                        : Texts.WHY_LIMIT_WINS.in(language, memoryGoal, gogcGoal));
            } else {
                why.add(Texts.WHY_GOGC_STANDS.in(language, memoryGoal));
            }
        }
        if (regime != Regime.MEMORY_LIMIT && regime != Regime.OFF && in.sweepFloor()) {
            long floor = marked + SWEEP_MIN_HEAP_DISTANCE;
            if (goal < floor) {
                goal = floor;
                regime = Regime.SWEEP_DISTANCE;
                why.add(Texts.WHY_SWEEP.in(language, floor, floor));
            }
        }
        Long minTrigger = null;
        Long maxTrigger = null;
        if (goal != null && v.atLeast(1, 19)) {
            long[] bounds = triggerBounds(marked, goal, regime != Regime.MEMORY_LIMIT && in.sweepFloor());
            minTrigger = bounds[0];
            maxTrigger = bounds[1];
            why.add(Texts.WHY_TRIGGER.in(language, minTrigger, maxTrigger));
        }
        why.add(goal == null ? Texts.WHY_NO_GOAL.in(language) : "NextGC = " + goal);
        Goal g = new Goal(goal, regime, gogcGoal, memoryGoal, minTrigger, maxTrigger, why);
        checkInvariants(v, in, g);
        return g;
    }

    /** {@code memoryLimitHeapGoal} of Go 1.19, with heapAlloc = heapMarked (right after a forced GC). */
    private static long memoryLimitHeapGoal(Inputs in, List<String> why, Language language) {
        long limit = in.limit();
        long nonHeap = in.nonHeap();
        long mapped = in.mapped();
        long overage = mapped > limit ? mapped - limit : 0;
        String limitText = in.memoryLimit() == null ? Texts.NO_LIMIT.in(language) : Long.toString(limit);
        if (nonHeap + overage >= limit) {
            why.add(Texts.WHY_LIMIT_REACHED.in(language, limitText, nonHeap, overage, in.heapMarked()));
            return in.heapMarked();
        }
        long goal = limit - (nonHeap + overage);
        long headroomed = goal < MEMORY_LIMIT_HEADROOM || goal - MEMORY_LIMIT_HEADROOM < MEMORY_LIMIT_HEADROOM
                ? MEMORY_LIMIT_HEADROOM : goal - MEMORY_LIMIT_HEADROOM;
        long result = Math.max(headroomed, in.heapMarked());
        why.add(String.format(Locale.ROOT, "memory-limit goal = limit - (nonHeap + overage) - 1 MiB = %s - (%d + %d) "
                + "- 1048576 = %d%s", limitText, nonHeap, overage, headroomed,
                result != headroomed ? Texts.RAISED.in(language, result) : ""));
        return result;
    }

    /** {@code trigger()}'s bounds: [minTrigger, maxTrigger]. */
    private static long[] triggerBounds(long marked, long goal, boolean sweepFloor) {
        if (marked >= goal) {
            return new long[] {goal, goal};
        }
        long min = Math.max(sweepFloor ? marked + SWEEP_MIN_HEAP_DISTANCE : 0, marked);
        min = Math.max(min, (goal - marked) / TRIGGER_RATIO_DEN * MIN_TRIGGER_RATIO_NUM + marked);
        long max = (goal - marked) / TRIGGER_RATIO_DEN * MAX_TRIGGER_RATIO_NUM + marked;
        if (goal > DEFAULT_HEAP_MINIMUM && goal - DEFAULT_HEAP_MINIMUM > max) {
            max = goal - DEFAULT_HEAP_MINIMUM;
        }
        return new long[] {min, Math.max(min, max)};
    }

    private static void validate(GoVersion v, Inputs in) {
        if (v.compareTo(OLDEST) < 0 || v.compareTo(NEWEST) > 0) {
            throw new SimulationInputException("goVersion", "the pacer model covers Go " + OLDEST + " to " + NEWEST
                    + ", not " + v);
        }
        bytes("heapMarked", in.heapMarked());
        bytes("stackScan", in.stackScan());
        bytes("globalsScan", in.globalsScan());
        if (in.gogc() != null && (in.gogc() < 0 || in.gogc() > MAX_GOGC)) {
            throw new SimulationInputException("gogc", "expected 0.." + MAX_GOGC + ", or null for GOGC=off; got "
                    + in.gogc());
        }
        if (in.memoryLimit() != null) {
            if (!v.atLeast(1, 19)) {
                throw new SimulationInputException("memoryLimit", "GOMEMLIMIT is new in Go 1.19; use null for " + v);
            }
            if (in.memoryLimit() < 0) {
                throw new SimulationInputException("memoryLimit", "must be 0 or more bytes, or null for no limit; got "
                        + in.memoryLimit());
            }
        }
        if (in.heapFree() != null) {
            bytes("heapFree", in.heapFree());
        }
        if (in.mappedReady() != null) {
            bytes("mappedReady", in.mappedReady());
            if (in.mappedReady() < in.heapMarked() + in.free()) {
                throw new SimulationInputException("mappedReady", "must be at least heapMarked + heapFree = "
                        + (in.heapMarked() + in.free()) + "; got " + in.mappedReady());
            }
        }
    }

    private static void bytes(String field, long value) {
        if (value < 0 || value > MAX_BYTES) {
            throw new SimulationInputException(field, "expected 0.." + MAX_BYTES + " bytes, got " + value);
        }
    }

    static void checkInvariants(GoVersion v, Inputs in, Goal g) {
        if (g.goal() == null) {
            if (in.gogc() != null || v.atLeast(1, 19)) {
                throw new IllegalStateException("no goal although " + (in.gogc() != null ? "GOGC is on" : "Go 1.19"));
            }
            return;
        }
        long goal = g.goal();
        if (goal < in.heapMarked()) {
            throw new IllegalStateException("goal " + goal + " below heapMarked " + in.heapMarked());
        }
        if (g.gogcGoal() != null && g.gogcGoal() < DEFAULT_HEAP_MINIMUM * in.gogc() / 100) {
            throw new IllegalStateException("GOGC goal below the heap minimum");
        }
        if (g.memoryGoal() != null && g.gogcGoal() != null && goal > Math.max(g.gogcGoal(),
                in.sweepFloor() ? in.heapMarked() + SWEEP_MIN_HEAP_DISTANCE : 0)) {
            throw new IllegalStateException("goal " + goal + " above the GOGC goal and the sweep floor");
        }
        if (g.regime() == Regime.MEMORY_LIMIT && goal > Math.max(Math.max(in.limit() - MEMORY_LIMIT_HEADROOM,
                MEMORY_LIMIT_HEADROOM), in.heapMarked())) {
            throw new IllegalStateException("memory-limit goal " + goal + " above limit - 1 MiB");
        }
        if (g.minTrigger() != null && !(in.heapMarked() <= g.minTrigger() && g.minTrigger() <= g.maxTrigger()
                && g.maxTrigger() <= goal)) {
            throw new IllegalStateException("trigger bounds " + g.minTrigger() + ".." + g.maxTrigger()
                    + " not inside heapMarked.." + goal);
        }
    }
}
