package dev.gopherdrill.simulation.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.Verification;

/**
 * "What heap goal does the pacer set?" after a forced GC, answered by {@link Pacer}.
 *
 * The question states the pacer's inputs as numbers a Go 1.19 program of this shape
 * typically sees on linux/amd64 ({@link PacerPrograms} is that program): heapMarked is the
 * held heap plus a runtime baseline of 56–66 KB, the stack scan 7.6–8.6 KB, the globals
 * {@link #GLOBALS_SCAN} bytes, and for the memory limit the non-heap memory about
 * 9.2 MB + 3 % of the heap (all observed on go1.19.8). The answer is the model's goal for
 * the stated numbers, in bytes. The verification program prints the numbers its own run saw
 * and NextGC; {@link PacerPrograms#check} compares them within 1e-4.
 *
 * {@code ask}: {@code goal} (GOGC only), {@code limit} (GOGC and GOMEMLIMIT; Go 1.19+, a plain
 * goal question for older releases), {@code off} (GOGC=off, with a limit three times in four).
 */
public final class PacerSimulation implements Simulation {

    public static final String ID = "gc.pacer";

    /** {@code .data + .bss} of {@link PacerPrograms#program} built by go1.19.8 for linux/amd64. */
    public static final long GLOBALS_SCAN = 226_480;

    static final List<String> ASKS = List.of("goal", "limit", "off");

    @Override
    public About about() {
        return new About(ID, Texts.PACER_TITLE,
                Pacer.OLDEST, Pacer.NEWEST);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.range("liveMiB", Texts.LIVE, 4, 1024, "4..256"),
                Parameter.range("gogc", Texts.GOGC, 0, 1000, "0..400"),
                new Parameter("ask", Texts.ASK_PACER, 0, 0,
                        ASKS, null));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        int liveMiB = Integer.parseInt(values.get("liveMiB"));
        String ask = values.get("ask");
        if (ask.equals("limit") && !version.atLeast(1, 19)) {
            ask = "goal";
        }
        Integer gogc = ask.equals("off") ? null : Integer.valueOf(values.get("gogc"));
        long heapMarked = liveMiB * (1L << 20) + 56_000 + 8L * random.nextInt(1_250);
        long stackScan = 7_600 + 8L * random.nextInt(125);
        long heapFree = 8_192L * (8 + random.nextInt(40));
        long nonHeap = 9_200_000 + heapMarked * 3 / 100 + 8L * random.nextInt(25_000);
        Long limit = null;
        if (version.atLeast(1, 19) && (ask.equals("limit") || ask.equals("off") && random.nextInt(4) != 0)) {
            limit = memoryLimit(random, heapMarked, nonHeap, gogc == null ? 300 : gogc);
        }
        Pacer.Inputs in = new Pacer.Inputs(heapMarked, stackScan, GLOBALS_SCAN, gogc, limit,
                heapMarked + heapFree + nonHeap, heapFree, true);
        Pacer.Goal goal = Pacer.goal(version, in, language);
        String answer = goal.goal() == null ? "none" : Long.toString(goal.goal());
        PacerState state = PacerState.of(in, goal);
        List<Step> trace = new ArrayList<>();
        trace.add(new Step(Texts.AFTER_GC.in(language, heapMarked, stackScan, GLOBALS_SCAN,
                gogc == null ? "off" : gogc, limit == null ? "off" : limit), state));
        goal.explanation().forEach(line -> trace.add(new Step(line, state)));
        String program = PacerPrograms.program(liveMiB, gogc, limit);
        String inputs = inputs(version, in, language);
        String ending = Texts.ASK_NEXT_GC.in(language) + (goal.goal() == null ? Texts.ANSWER_NONE.in(language) : "");
        // "inputs" is the situation without the question, for sim cards that ask in their own words.
        return new Question(ID, seed, version.toString(), Map.of("liveMiB", Integer.toString(liveMiB),
                "gogc", gogc == null ? "off" : gogc.toString(), "ask", ask,
                "memoryLimit", limit == null ? "off" : limit.toString(), "heapMarked", group(heapMarked),
                "inputs", inputs), inputs + "\n\n" + ending, answer, accepted(goal.goal()), trace,
                new Verification(version.toString(), program, PacerPrograms.stdout(in, goal), 0, ""));
    }

    /**
     * A limit in whole MiB that usually binds: the memory-limit goal lands between heapMarked and a
     * bit past the GOGC goal; one time in six it is so tight that the goal is heapMarked itself.
     */
    private static long memoryLimit(SplittableRandom random, long heapMarked, long nonHeap, int gogc) {
        long headroom = Pacer.MEMORY_LIMIT_HEADROOM;
        long target = random.nextInt(6) == 0 ? heapMarked / 2
                : heapMarked + (long) (heapMarked * (gogc / 100.0) * 1.3 * random.nextDouble());
        long bytes = target + nonHeap + headroom;
        return Math.max(1, (bytes + (1L << 19)) >> 20) << 20;
    }

    private static String inputs(GoVersion v, Pacer.Inputs in, Language language) {
        StringBuilder q = new StringBuilder(Texts.INPUTS.in(language, v, group(in.heapMarked()), group(in.stackScan()),
                group(in.globalsScan())));
        q.append(in.gogc() == null ? "`GOGC=off`" : "`GOGC=" + in.gogc() + "`");
        if (in.memoryLimit() == null) {
            q.append(v.atLeast(1, 19) ? Texts.NO_MEMORY_LIMIT.in(language) : Texts.FULL_STOP.in(language));
        } else {
            q.append(Texts.WITH_LIMIT.in(language, in.memoryLimit() >> 20, group(in.memoryLimit()),
                    group(in.mapped()), group(in.free())));
        }
        return q.toString();
    }

    private static List<String> accepted(Long goal) {
        if (goal == null) {
            return List.of("none", "no goal", "18446744073709551615", "^uint64(0)");
        }
        String plain = goal.toString();
        return List.of(plain, group(goal), plain + " bytes", plain + " B", group(goal) + " bytes");
    }

    /** 33,616,000 */
    static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** What a picture of the pacer shows: the inputs and the goal with its trigger window. */
    public record PacerState(long heapMarked, long stackScan, long globalsScan, String gogc, String memoryLimit,
                             long nonHeap, Long gogcGoal, Long memoryGoal, Long goal, Long minTrigger,
                             Long maxTrigger, String regime) implements StepState {
        static PacerState of(Pacer.Inputs in, Pacer.Goal g) {
            return new PacerState(in.heapMarked(), in.stackScan(), in.globalsScan(),
                    in.gogc() == null ? "off" : in.gogc().toString(),
                    in.memoryLimit() == null ? "off" : in.memoryLimit().toString(), in.nonHeap(), g.gogcGoal(),
                    g.memoryGoal(), g.goal(), g.minTrigger(), g.maxTrigger(), g.regime().name());
        }

        @Override
        public String svg(Language language) {
            return GcPicture.svg(this, language);
        }
    }
}
