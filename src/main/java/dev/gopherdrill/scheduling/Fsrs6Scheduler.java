package dev.gopherdrill.scheduling;

/**
 * FSRS-6 (Free Spaced Repetition Scheduler, open-spaced-repetition, 2025) with its 21
 * default weights, at day granularity and without fuzz.
 *
 * The model: a card has a stability S (days until the probability of recall falls to 90 %)
 * and a difficulty D in 1..10. The probability of recall t days after the last review is
 * the power forgetting curve
 * <pre>  R(t, S) = (1 + factor·t/S)^(−w20),   factor = 0.9^(−1/w20) − 1   (so R(S, S) = 0.9)</pre>
 * and the next interval is the t at which R falls to the desired retention r:
 * <pre>  I = S/factor · (r^(−1/w20) − 1), rounded half up, at least 1 day, at most 36,500.</pre>
 *
 * Transitions, with G the button (1 Again .. 4 Easy):
 * <ol>
 *   <li><b>first grade</b>: S = max(w[G−1], 0.1); D = w4 − e^(w5·(G−1)) + 1, clamped to 1..10;</li>
 *   <li><b>difficulty</b>, every later grade: D'' = D + ΔD·(10−D)/9 with ΔD = −w6·(G−3)
 *       (linear damping: the closer to 10, the smaller the step), then mean reversion
 *       D' = w7·D0(4) + (1−w7)·D'' toward the <em>unclamped</em> D0(Easy), clamped to 1..10;</li>
 *   <li><b>same day</b> (t = 0): S' = S · S^(−w19) · e^(w17·(G−3+w18)); for Hard and better
 *       the factor is at least 1, so a same-day pass never lowers stability;</li>
 *   <li><b>success</b> (G ≥ 2, t ≥ 1): S' = S · (1 + e^w8 · (11−D) · S^(−w9) · (e^(w10·(1−R)) − 1)
 *       · w15 if Hard · w16 if Easy): the lower R was (the later the review), the more S grows;</li>
 *   <li><b>lapse</b> (Again, t ≥ 1): S' = w11 · D^(−w12) · ((S+1)^w13 − 1) · e^(w14·(1−R)),
 *       never above S / e^(w17·w18), the stability a same-day Again would leave.</li>
 * </ol>
 * Stabilities are kept in 0.001..36,500 days. D, S and R use the difficulty and stability
 * <em>before</em> the grade. Formulas, clamps and rounding as in open-spaced-repetition's
 * ts-fsrs 5.4.2 ({@code FSRSAlgorithm.next_state}, {@code next_interval}) and fsrs-rs; the
 * golden test compares whole histories with ts-fsrs' output.
 *
 * Fields of {@link CardState} FSRS does not model keep their SM-2 meaning so that the leech
 * rule and the views need not know which scheduler ran: {@code repetitions} counts passes in
 * a row (Again resets it), {@code lapses} counts Agains of a card that had been scheduled,
 * {@code easeFactor} passes through unchanged.
 *
 * Left out: the optimizer (the weights are the published defaults), learning steps (our
 * trainer schedules in days; a failed card is repeated in the session as a drill, see
 * {@link #repeatSameSession}), and fuzz (it would need randomness; the shell could add it).
 */
public final class Fsrs6Scheduler implements Scheduler {

    /** The published FSRS-6 defaults, w0..w20. */
    private static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };
    public static final double DEFAULT_DESIRED_RETENTION = 0.90;
    /** The range the settings accept: below 0.70 intervals get long enough to forget most cards, above 0.99 reviews pile up. */
    public static final double MINIMUM_DESIRED_RETENTION = 0.70;
    public static final double MAXIMUM_DESIRED_RETENTION = 0.99;
    /** Days; the reference implementations' bounds on stability. */
    static final double MINIMUM_STABILITY = 0.001;
    static final double MAXIMUM_STABILITY = 36_500;
    /** A first grade never starts below this stability (days), whatever the weights. */
    private static final double MINIMUM_INITIAL_STABILITY = 0.1;
    private static final double MINIMUM_DIFFICULTY = 1;
    private static final double MAXIMUM_DIFFICULTY = 10;

    private final double[] w = DEFAULT_WEIGHTS;
    private final double desiredRetention;
    private final double decay;
    private final double factor;
    /** I / S at the desired retention: S/factor · (r^(−1/w20) − 1) is S times this. */
    private final double intervalPerStability;

    public Fsrs6Scheduler(double desiredRetention) {
        if (!(desiredRetention >= MINIMUM_DESIRED_RETENTION && desiredRetention <= MAXIMUM_DESIRED_RETENTION)) {
            throw new IllegalArgumentException("desired retention outside " + MINIMUM_DESIRED_RETENTION + ".."
                    + MAXIMUM_DESIRED_RETENTION + ": " + desiredRetention);
        }
        this.desiredRetention = desiredRetention;
        this.decay = w[20];
        this.factor = Math.pow(0.9, -1 / decay) - 1;
        this.intervalPerStability = (Math.pow(desiredRetention, -1 / decay) - 1) / factor;
    }

    @Override
    public CardState next(CardState state, Rating rating, int elapsedDays) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days must not be negative: " + elapsedDays);
        }
        int g = rating.button;
        MemoryState memory = state.memory() == null ? initial(g) : next(state.memory(), g, elapsedDays);
        boolean again = rating == Rating.AGAIN;
        int repetitions = again ? 0 : state.repetitions() + 1;
        int lapses = again && !state.isNew() ? state.lapses() + 1 : state.lapses();
        return new CardState(state.easeFactor(), interval(memory.stability()), repetitions, lapses, memory);
    }

    /**
     * The first grade FSRS sees. A card with SM-2 history but no memory never reaches here
     * through the trainer (switching replays the log first); it would start afresh.
     */
    private MemoryState initial(int g) {
        double s = Math.max(w[g - 1], MINIMUM_INITIAL_STABILITY);
        return new MemoryState(s, clampDifficulty(initialDifficulty(g)));
    }

    private MemoryState next(MemoryState m, int g, int t) {
        double s = m.stability();
        double d = m.difficulty();
        double stability;
        if (t == 0) {
            stability = shortTermStability(s, g);
        } else if (g == Rating.AGAIN.button) {
            double r = retrievability(s, t);
            stability = Math.min(forgetStability(d, s, r), s / Math.exp(w[17] * w[18]));
        } else {
            stability = recallStability(d, s, retrievability(s, t), g);
        }
        return new MemoryState(clampStability(stability), nextDifficulty(d, g));
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped: mean reversion aims at the raw D0(Easy). */
    private double initialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    private double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double damped = d + delta * (MAXIMUM_DIFFICULTY - d) / 9;
        double reverted = w[7] * initialDifficulty(Rating.EASY.button) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    private double shortTermStability(double s, int g) {
        double growth = Math.pow(s, -w[19]) * Math.exp(w[17] * (g - 3 + w[18]));
        return s * (g >= Rating.HARD.button ? Math.max(growth, 1) : growth);
    }

    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == Rating.HARD.button ? w[15] : 1;
        double easyBonus = g == Rating.EASY.button ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    private double forgetStability(double d, double s, double r) {
        return clampStability(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r)));
    }

    /** R(t, S) = (1 + factor·t/S)^(−w20): the probability of recall {@code elapsedDays} after the last review. */
    public double retrievability(double stability, int elapsedDays) {
        return Math.pow(1 + factor * elapsedDays / stability, -decay);
    }

    /** Whole days until R falls to the desired retention, rounded half up, 1..36,500. */
    int interval(double stability) {
        long days = Math.round(stability * intervalPerStability);
        return (int) Math.min(Math.max(days, 1), Sm2Scheduler.MAXIMUM_INTERVAL);
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, MINIMUM_STABILITY), MAXIMUM_STABILITY);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MINIMUM_DIFFICULTY), MAXIMUM_DIFFICULTY);
    }

    /**
     * Only a forgotten card is drilled in the session. FSRS counts Hard as a recall (its
     * stability grows), so unlike SM-2's step 7 a Hard card is not repeated. The drill is
     * practice, as for SM-2: it changes neither stability nor difficulty, so a card's memory
     * follows one scheduling review per day unless something else (an interview's requeue)
     * puts it back the same day, which FSRS's same-day formula then handles.
     */
    @Override
    public boolean repeatSameSession(Rating rating) {
        return rating == Rating.AGAIN;
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** e.g. {@code fsrs6-r0.90}: the retention is part of what decided the interval. */
    @Override
    public String name() {
        return String.format(java.util.Locale.ROOT, "fsrs6-r%.2f", desiredRetention);
    }
}
