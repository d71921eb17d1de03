package dev.gopherdrill.bench;

import java.util.Locale;
import java.util.Map;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.slices.SliceAppendSimulation;

/**
 * Slice questions generated and checked per second on ONE thread (so: per core): each
 * iteration draws a question from a new seed (parameters, model, trace, Go program) and
 * checks a right and a wrong answer, as {@code POST /api/simulations/slice.append/check}
 * does without the HTTP around it.
 *
 * <p>Options: {@code --seconds=10} measured, {@code --warmup=5} seconds not counted.
 */
public final class SliceQuestionThroughput {

    private SliceQuestionThroughput() {
    }

    public static void main(String[] args) {
        long seconds = 10;
        long warmup = 5;
        for (String a : args) {
            if (a.startsWith("--seconds=")) {
                seconds = Long.parseLong(a.substring(10));
            } else if (a.startsWith("--warmup=")) {
                warmup = Long.parseLong(a.substring(9));
            }
        }
        SliceAppendSimulation sim = new SliceAppendSimulation();
        GoVersion v = new GoVersion(1, 19);
        long seed = run(sim, v, 0, warmup).seed;
        Run measured = run(sim, v, seed, seconds);
        double perSecond = measured.questions / (measured.nanos / 1e9);
        System.out.printf(Locale.ROOT, "RESULT questions=%d seconds=%.2f per_second=%.0f us_per_question=%.2f "
                + "checksum=%d%n", measured.questions, measured.nanos / 1e9, perSecond, 1e6 / perSecond, measured.checksum);
    }

    private record Run(long questions, long nanos, long seed, long checksum) {
    }

    private static Run run(SliceAppendSimulation sim, GoVersion v, long seed, long seconds) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long n = 0;
        long checksum = 0;
        long now = start;
        while (now < end) {
            for (int i = 0; i < 1000; i++) {
                Question q = sim.question(seed++, v, Map.of());
                boolean right = q.accepts(q.answer());
                boolean wrong = q.accepts(q.answer() + "1");
                if (!right || wrong) {
                    throw new IllegalStateException("the checker disagrees with the model for seed " + (seed - 1));
                }
                // keeps the JIT from discarding the work
                checksum += q.answer().length() + q.trace().size() + q.verification().program().length();
            }
            n += 1000;
            now = System.nanoTime();
        }
        return new Run(n, now - start, seed, checksum);
    }
}
