package dev.gopherdrill.simulation.maps;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.SimulationInputException;

/**
 * The size of a hash map of Go ≤ 1.23 ({@code runtime/map.go}) in closed form: B after
 * {@code makemap}, and the inserts at which {@code mapassign} starts a {@code hashGrow}.
 * Exact and cheap (no keys are simulated), which is what the batch endpoints need;
 * {@link Hmap} simulates the buckets themselves.
 *
 * Why closed form is exact for inserts of distinct keys:
 * <ul>
 * <li>{@code overLoadFactor(count, B) = count > 8 && count > 13 * (2^B / 2)}, so the grow
 *     to B+1 starts at insert 13·2^(B−1) + 1 (9 for B = 0), whatever the hash seed.</li>
 * <li>A same-size grow needs {@code noverflow >= 2^min(B,15)}; a chain holding c entries
 *     has at most c/8 overflow buckets, so fewer than 6.5·2^B entries can never need 2^B
 *     of them: without deletes a same-size grow cannot happen.</li>
 * <li>A grow cannot start while one is running, but evacuation ends within 2^oldB writes
 *     (each write evacuates the mark bucket), long before the next threshold 13·2^(B−1)
 *     inserts later, so no grow is ever postponed.</li>
 * </ul>
 * Simplified: {@code makemap} treats a hint whose buckets would overflow or exceed
 * maxAlloc as 0; hints here stay far below that (at most 2^24).
 */
public final class MapGrowth {

    /** {@code bucketCnt}: key/elem slots per bucket. */
    public static final int BUCKET_COUNT = 8;
    /** {@code loadFactorNum / loadFactorDen} = 6.5 entries per bucket on average. */
    public static final int LOAD_FACTOR_NUM = 13;
    public static final int LOAD_FACTOR_DEN = 2;
    /** {@code maxKeySize}, {@code maxElemSize}: larger keys/elems are stored as pointers. */
    public static final int MAX_INLINE_SIZE = 128;

    public static final long MAX_HINT = 1L << 24;
    public static final long MAX_INSERTS = 1L << 24;

    private MapGrowth() {
    }

    /** One {@code hashGrow}: the insert that starts it, and B before and after. */
    public record Grow(long atInsert, int fromB, int toB, boolean sameSize) {
    }

    /** {@code overLoadFactor}: would {@code count} items in 2^B buckets be over the load factor? */
    public static boolean overLoadFactor(long count, int b) {
        return count > BUCKET_COUNT && count > LOAD_FACTOR_NUM * ((1L << b) / LOAD_FACTOR_DEN);
    }

    /** {@code makemap}: the smallest B whose buckets hold {@code hint} items without exceeding the load factor. */
    public static int makeB(long hint) {
        int b = 0;
        while (overLoadFactor(hint, b)) {
            b++;
        }
        return b;
    }

    /** {@code makemap} allocates the bucket array only for B > 0; with B == 0 the first insert does. */
    public static boolean bucketsAllocatedAtMake(long hint) {
        return makeB(hint) > 0;
    }

    /** The grows while inserting {@code inserts} distinct keys into {@code make(map[K]V, hint)}. */
    public static List<Grow> grows(GoVersion version, long hint, long inserts) {
        requireClassic(version);
        if (hint < 0 || hint > MAX_HINT) {
            throw new SimulationInputException("hint", "must be in 0.." + MAX_HINT);
        }
        if (inserts < 0 || inserts > MAX_INSERTS) {
            throw new SimulationInputException("inserts", "must be in 0.." + MAX_INSERTS);
        }
        List<Grow> grows = new ArrayList<>();
        int b = makeB(hint);
        while (true) {
            long at = firstOverloadedCount(b);
            if (at > inserts) {
                return grows;
            }
            grows.add(new Grow(at, b, b + 1, false));
            b++;
        }
    }

    /** B after the inserts. */
    public static int finalB(GoVersion version, long hint, long inserts) {
        List<Grow> g = grows(version, hint, inserts);
        return g.isEmpty() ? makeB(hint) : g.get(g.size() - 1).toB();
    }

    /** The count at which 2^B buckets go over the load factor: 13·2^(B−1)+1, or 9 for B = 0. */
    static long firstOverloadedCount(int b) {
        return Math.max(BUCKET_COUNT, LOAD_FACTOR_NUM * ((1L << b) / LOAD_FACTOR_DEN)) + 1;
    }

    public static void requireClassic(GoVersion version) {
        if (version.atLeast(1, 24)) {
            throw new SimulationInputException("goVersion", "Go " + version
                    + " uses Swiss tables (no B, no buckets): see map.swiss and /api/simulations/map/swiss/make; "
                    + "the bucket model covers Go ≤ 1.23");
        }
    }
}
