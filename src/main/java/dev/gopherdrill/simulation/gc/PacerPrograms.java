package dev.gopherdrill.simulation.gc;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.gopherdrill.simulation.GoVersion;

/**
 * The Go program that checks a pacer question on the real runtime, and the check of its output.
 *
 * <h2>What the program measures, and how exactly</h2>
 * It keeps {@code liveMiB} pointer-free 1 MiB slices reachable from a global, sets GOGC and the
 * memory limit first (so natural cycles during the allocation do not matter), calls
 * {@code runtime.GC()} and reads {@code MemStats} once, allocating nothing in between.
 * <ul>
 * <li>{@code heapMarked}: {@code HeapAlloc} of that read. On go1.19.8 linux/amd64 it is 288 bytes
 * below the runtime's own {@code gcController.heapMarked} in every configuration tried (checked with
 * a {@code go:linkname} probe in an experiment, not in this program); the effect on the goal is
 * {@code 288 * (1 - GOGC/100)} bytes after the stack read-back below, under 1e-5 of it.</li>
 * <li>{@code globalsScan}: the sizes of the binary's {@code .data} and {@code .bss} sections read with
 * {@code debug/elf}; equal to the runtime's {@code globalsScan} (the same probe, and
 * {@code GODEBUG=gcpacertrace=1}'s globals work).</li>
 * <li>{@code stackScan}: no API exposes {@code lastStackScan} in 1.19 ({@code /gc/scan/stack:bytes} is
 * 1.21), and {@code gcpacertrace} prints nothing for a forced cycle ({@code endCycle} returns early
 * when {@code heapLive <= triggered}). So the program reads it back: after the measurement it lifts
 * the limit and sets GOGC=100, whose {@code commit} (sweeping done: no sweep floor) makes the goal
 * exactly {@code 2*heapMarked + lastStackScan + globalsScan}. With the 288-byte shortfall this gives
 * {@code lastStackScan + 576}; the probe saw 7,864 B read back as 8,440 B. It needs that goal above the
 * 4 MiB heap minimum, hence {@code liveMiB >= 4}.</li>
 * <li>{@code mappedReady} and {@code heapFree} for the memory-limit goal: {@code Sys - HeapReleased} and
 * {@code HeapIdle - HeapReleased} of the same read, which {@code readmemstats_m} checks against
 * {@code gcController.mappedReady} with the world stopped, while computing {@code NextGC} from them.</li>
 * </ul>
 * The run's numbers differ from run to run by a few KiB (heapMarked) or more (mappedReady), so the
 * question states typical values and the program prints the ones it saw: {@link #check} compares the
 * printed {@code NextGC} with {@link Pacer#goal} of the printed inputs, within {@link #TOLERANCE}.
 */
public final class PacerPrograms {

    /** Relative tolerance between the printed NextGC and the model's goal for the printed inputs. */
    public static final double TOLERANCE = 1e-4;

    /** Keys the program prints, one {@code key value} per line, in this order. */
    static final List<String> KEYS = List.of("heapMarked", "stackScan", "globalsScan", "gogc", "memoryLimit",
            "mappedReady", "heapFree", "NextGC");

    private PacerPrograms() {
    }

    /** The program for {@code liveMiB} MiB of live heap at {@code gogc} (null: off) and {@code memoryLimit} (null: none). */
    public static String program(int liveMiB, Integer gogc, Long memoryLimit) {
        String gogcValue = gogc == null ? "-1" : Integer.toString(gogc);
        String limitValue = memoryLimit == null ? "math.MaxInt64" : Long.toString(memoryLimit);
        return """
                package main

                import (
                \t"debug/elf"
                \t"fmt"
                \t"math"
                \t"os"
                \t"runtime"
                \t"runtime/debug"
                )

                // live is the heap the program keeps: pointer-free 1 MiB slices held by a global.
                var live [][]byte

                // globalsScan is what the runtime's modulesinit counts as scannable globals:
                // the sizes of the binary's .data and .bss sections.
                func globalsScan() uint64 {
                \tpath, err := os.Executable()
                \tif err != nil {
                \t\tpanic(err)
                \t}
                \tf, err := elf.Open(path)
                \tif err != nil {
                \t\tpanic(err)
                \t}
                \tdefer f.Close()
                \treturn f.Section(".data").Size + f.Section(".bss").Size
                }

                func main() {
                \tconst gogc = %s // -1 is GOGC=off
                \tconst memoryLimit = %s
                \tglobals := globalsScan()
                \tdebug.SetGCPercent(gogc)
                \tdebug.SetMemoryLimit(memoryLimit)
                \tlive = make([][]byte, %d)
                \tfor i := range live {
                \t\tlive[i] = make([]byte, 1<<20)
                \t}
                \tms := new(runtime.MemStats)
                \truntime.GC()
                \truntime.ReadMemStats(ms) // nothing allocated since the GC: HeapAlloc is the marked heap
                \theapMarked, nextGC := ms.HeapAlloc, ms.NextGC
                \tmappedReady, heapFree := ms.Sys-ms.HeapReleased, ms.HeapIdle-ms.HeapReleased

                \t// Read the stack term back: with no limit, sweeping done and GOGC=100, commit
                \t// sets the goal to exactly 2*heapMarked + lastStackScan + globalsScan.
                \tdebug.SetMemoryLimit(math.MaxInt64)
                \tdebug.SetGCPercent(100)
                \truntime.ReadMemStats(ms)
                \tstackScan := ms.NextGC - 2*heapMarked - globals

                \tfmt.Println("heapMarked", heapMarked)
                \tfmt.Println("stackScan", stackScan)
                \tfmt.Println("globalsScan", globals)
                \tif gogc < 0 {
                \t\tfmt.Println("gogc off")
                \t} else {
                \t\tfmt.Println("gogc", gogc)
                \t}
                \tif memoryLimit == math.MaxInt64 {
                \t\tfmt.Println("memoryLimit off")
                \t} else {
                \t\tfmt.Println("memoryLimit", memoryLimit)
                \t}
                \tfmt.Println("mappedReady", mappedReady)
                \tfmt.Println("heapFree", heapFree)
                \tfmt.Println("NextGC", nextGC)
                }
                """.formatted(gogcValue, limitValue, liveMiB);
    }

    /** The lines the program prints when its run saw exactly {@code in} and the runtime agreed with the model. */
    public static String stdout(Pacer.Inputs in, Pacer.Goal goal) {
        return "heapMarked " + in.heapMarked() + "\n"
                + "stackScan " + in.stackScan() + "\n"
                + "globalsScan " + in.globalsScan() + "\n"
                + "gogc " + (in.gogc() == null ? "off" : in.gogc()) + "\n"
                + "memoryLimit " + (in.memoryLimit() == null ? "off" : in.memoryLimit()) + "\n"
                + "mappedReady " + in.mapped() + "\n"
                + "heapFree " + in.free() + "\n"
                + "NextGC " + (goal.goal() == null ? "18446744073709551615" : goal.goal()) + "\n";
    }

    /** What a run printed, parsed, and the model's goal for it. */
    public record Check(Pacer.Inputs inputs, long printedNextGc, long modelGoal, double relativeError) {
        public boolean matches() {
            return relativeError <= TOLERANCE;
        }
    }

    /**
     * Parses a run's output and compares its NextGC with {@link Pacer#goal} of its own inputs.
     *
     * @return empty when the output is not in the program's format
     */
    public static Optional<Check> check(GoVersion v, String stdout) {
        Map<String, String> values = new HashMap<>();
        for (String line : stdout.strip().split("\n")) {
            String[] kv = line.strip().split(" ");
            if (kv.length == 2) {
                values.put(kv[0], kv[1]);
            }
        }
        if (!values.keySet().containsAll(KEYS)) {
            return Optional.empty();
        }
        try {
            Integer gogc = values.get("gogc").equals("off") ? null : Integer.valueOf(values.get("gogc"));
            Long limit = values.get("memoryLimit").equals("off") ? null : Long.valueOf(values.get("memoryLimit"));
            Pacer.Inputs in = new Pacer.Inputs(Long.parseLong(values.get("heapMarked")),
                    Long.parseLong(values.get("stackScan")), Long.parseLong(values.get("globalsScan")), gogc, limit,
                    Long.parseLong(values.get("mappedReady")), Long.parseLong(values.get("heapFree")), true);
            long printed = Long.parseUnsignedLong(values.get("NextGC"));
            long model = Pacer.goal(v, in).goal();
            double err = Math.abs((double) printed - (double) model) / Math.max(1.0, (double) model);
            return Optional.of(new Check(in, printed, model, err));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String describe(Check c) {
        return String.format(Locale.ROOT, "printed NextGC %d, model %d, relative error %.2e (tolerance %.0e)",
                c.printedNextGc(), c.modelGoal(), c.relativeError(), TOLERANCE);
    }
}
