package dev.gopherdrill.simulation.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Go ≤ 1.23 hash map ({@code runtime/map.go hmap}) simulated bucket by bucket, to show
 * what {@link MapGrowth} only counts: where each key lands, overflow chains, the
 * incremental evacuation after {@code hashGrow}, and the same-size grow that churn
 * (delete, insert fresh keys, repeat) eventually forces.
 *
 * Structure, with Go's names: {@code buckets} is an array of 2^B chains; each bucket has
 * 8 slots ({@code bucketCnt}) and an {@code overflow} pointer. During a grow
 * {@code oldbuckets} holds the previous array and {@code nevacuate} is the first old
 * bucket not yet known to be evacuated. Keys are ints; a slot stores the key and its hash.
 *
 * Invariants: every key sits in the chain its hash selects (old array if its old bucket
 * is not evacuated yet, else the new one) — checked on the chain each write touches;
 * {@code count} equals the live keys, and {@code oldbuckets == null} exactly when
 * {@code nevacuate} has passed every old bucket — checked over the whole map whenever a
 * grow starts or ends and when the map empties (a full check on every write would make
 * a churn of a million writes quadratic).
 *
 * Simplified (none of it changes where keys go or when the map grows):
 * <ul>
 * <li>the hash is a seeded 64-bit mix, not the runtime's aeshash; {@code hash0} is that
 *     seed. Real runs pick hash0 at random, so which bucket a key lands in, overflow counts
 *     and evacuation lengths are one possible run, not <em>the</em> run;</li>
 * <li>tophash bytes, key/elem storage, the pre-allocated overflow buckets of
 *     {@code makeBucketArray} (they only save allocations; {@code incrnoverflow} counts
 *     every overflow bucket either way) and iteration are not modelled.</li>
 * </ul>
 * Covers Go 1.17 – 1.23 (Go 1.24 replaced this design with Swiss tables).
 */
public final class Hmap {

    /** {@code sameSizeGrow} flag of hmap.flags. */
    private static final int SAME_SIZE_GROW = 8;

    /** One bucket: 8 slots and the overflow pointer. */
    public static final class Bucket {
        final long[] keys = new long[MapGrowth.BUCKET_COUNT];
        final boolean[] used = new boolean[MapGrowth.BUCKET_COUNT];
        Bucket overflow;
        boolean evacuated;

        /** Keys in slot order, {@code null} for an empty slot. */
        public List<Long> slots() {
            List<Long> s = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                s.add(used[i] ? keys[i] : null);
            }
            return s;
        }

        public Bucket overflow() {
            return overflow;
        }

        public boolean evacuated() {
            return evacuated;
        }
    }

    private final SplittableRandom random;
    private long hash0;
    private long count;
    private int b;
    private int flags;
    private int noverflow;
    private Bucket[] buckets;
    private Bucket[] oldbuckets;
    private long nevacuate;
    private long writes;
    private final List<String> events = new ArrayList<>();

    /**
     * {@code makemap}: B from the hint; the bucket array only when B > 0 (B == 0 maps get
     * theirs at the first insert, like a heap-allocated map in Go).
     */
    public Hmap(long hint, SplittableRandom random) {
        this.random = random;
        this.hash0 = random.nextLong();
        this.b = MapGrowth.makeB(hint);
        if (b > 0) {
            buckets = newArray(1 << b);
        }
    }

    public long count() {
        return count;
    }

    public int b() {
        return b;
    }

    public int noverflow() {
        return noverflow;
    }

    public boolean growing() {
        return oldbuckets != null;
    }

    public boolean sameSizeGrow() {
        return (flags & SAME_SIZE_GROW) != 0;
    }

    public long nevacuate() {
        return nevacuate;
    }

    public List<Bucket> buckets() {
        return buckets == null ? List.of() : List.of(buckets);
    }

    public List<Bucket> oldbuckets() {
        return oldbuckets == null ? List.of() : List.of(oldbuckets);
    }

    /** What the last operation did, in words (a grow starting, buckets evacuated, an overflow bucket). */
    public List<String> drainEvents() {
        List<String> e = List.copyOf(events);
        events.clear();
        return e;
    }

    /** {@code mapassign}: insert or update {@code key}; returns true when the key was new. */
    public boolean assign(long key) {
        if (buckets == null) {
            buckets = newArray(1);
        }
        writes++;
        long hash = hash(key);
        while (true) {
            int bucket = (int) (hash & mask(b));
            if (growing()) {
                growWork(bucket);
            }
            Bucket found = null;
            Bucket insertB = null;
            int inserti = -1;
            Bucket last = null;
            for (Bucket x = buckets[bucket]; x != null; x = x.overflow) {
                for (int i = 0; i < MapGrowth.BUCKET_COUNT; i++) {
                    if (!x.used[i]) {
                        if (insertB == null) {
                            insertB = x;
                            inserti = i;
                        }
                    } else if (x.keys[i] == key) {
                        found = x;
                    }
                }
                last = x;
            }
            if (found != null) {
                checkChain(bucket);
                return false;
            }
            // Only a new key may start a grow, and never while one is running.
            if (!growing() && (MapGrowth.overLoadFactor(count + 1, b) || tooManyOverflowBuckets())) {
                hashGrow();
                continue;
            }
            if (insertB == null) {
                insertB = newoverflow(last);
                inserti = 0;
            }
            insertB.keys[inserti] = key;
            insertB.used[inserti] = true;
            count++;
            checkChain(bucket);
            return true;
        }
    }

    /** {@code mapdelete}: never shrinks; an emptied map gets a fresh hash seed. */
    public boolean delete(long key) {
        if (buckets == null || count == 0) {
            return false;
        }
        writes++;
        long hash = hash(key);
        int bucket = (int) (hash & mask(b));
        if (growing()) {
            growWork(bucket);
        }
        for (Bucket x = buckets[bucket]; x != null; x = x.overflow) {
            for (int i = 0; i < MapGrowth.BUCKET_COUNT; i++) {
                if (x.used[i] && x.keys[i] == key) {
                    x.used[i] = false;
                    count--;
                    checkChain(bucket);
                    if (count == 0) {
                        checkAll();
                        hash0 = random.nextLong();
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code hashGrow}: double when over the load factor, else re-pack at the same size. */
    private void hashGrow() {
        int bigger = MapGrowth.overLoadFactor(count + 1, b) ? 1 : 0;
        if (bigger == 0) {
            flags |= SAME_SIZE_GROW;
        }
        events.add((bigger == 1 ? "hashGrow: count " + (count + 1) + " > 6.5 × 2^" + b + " → B " + b + " → " + (b + 1)
                : "hashGrow (same size): noverflow " + noverflow + " ≥ 2^" + Math.min(b, 15) + " → re-pack B " + b)
                + "; " + (1 << b) + " old buckets to evacuate");
        checkAll();
        oldbuckets = buckets;
        b += bigger;
        buckets = newArray(1 << b);
        nevacuate = 0;
        noverflow = 0;
    }

    /** {@code growWork}: evacuate the old bucket the write maps to, and one more to keep progress. */
    private void growWork(int bucket) {
        evacuate(bucket & oldMask());
        if (growing()) {
            evacuate((int) nevacuate);
        }
    }

    /** {@code evacuate}: move an old chain to X (same index) or, when doubling, Y (index + newbit). */
    private void evacuate(int oldbucket) {
        Bucket old = oldbuckets[oldbucket];
        int newbit = oldbuckets.length;
        if (!old.evacuated) {
            Bucket[] dst = {buckets[oldbucket], sameSizeGrow() ? null : buckets[oldbucket + newbit]};
            int[] dsti = {0, 0};
            int moved = 0;
            for (Bucket x = old; x != null; x = x.overflow) {
                for (int i = 0; i < MapGrowth.BUCKET_COUNT; i++) {
                    if (!x.used[i]) {
                        continue;
                    }
                    int useY = !sameSizeGrow() && (hash(x.keys[i]) & newbit) != 0 ? 1 : 0;
                    if (dsti[useY] == MapGrowth.BUCKET_COUNT) {
                        dst[useY] = newoverflow(dst[useY]);
                        dsti[useY] = 0;
                    }
                    dst[useY].keys[dsti[useY]] = x.keys[i];
                    dst[useY].used[dsti[useY]] = true;
                    dsti[useY]++;
                    moved++;
                }
                x.evacuated = true;
            }
            events.add("evacuate old bucket " + oldbucket + ": " + moved + " keys");
        }
        if (oldbucket == nevacuate) {
            advanceEvacuationMark(newbit);
        }
    }

    /** {@code advanceEvacuationMark}: skip buckets already evacuated; the grow ends at the last one. */
    private void advanceEvacuationMark(int newbit) {
        nevacuate++;
        long stop = Math.min(nevacuate + 1024, newbit);
        while (nevacuate != stop && oldbuckets[(int) nevacuate].evacuated) {
            nevacuate++;
        }
        if (nevacuate == newbit) {
            oldbuckets = null;
            flags &= ~SAME_SIZE_GROW;
            checkAll();
            events.add("all old buckets evacuated: oldbuckets = nil (write " + writes + ")");
        }
    }

    /** {@code newoverflow}: chain a new bucket after {@code last}, counted by {@code incrnoverflow}. */
    private Bucket newoverflow(Bucket last) {
        Bucket ovf = new Bucket();
        last.overflow = ovf;
        // incrnoverflow: exact below B = 16, then counted with probability 1/2^(B-15)
        if (b < 16) {
            noverflow++;
        } else if ((random.nextInt() & ((1 << (b - 15)) - 1)) == 0) {
            noverflow++;
        }
        events.add("overflow bucket allocated (noverflow " + noverflow + ")");
        return ovf;
    }

    /** {@code tooManyOverflowBuckets}: as many overflow buckets as buckets (capped at 2^15). */
    private boolean tooManyOverflowBuckets() {
        return noverflow >= 1 << Math.min(b, 15);
    }

    private int oldMask() {
        return oldbuckets.length - 1;
    }

    private static long mask(int b) {
        return (1L << b) - 1;
    }

    private long hash(long key) {
        // SplitMix64 finaliser: a well-mixed stand-in for aeshash(key, hash0)
        long z = key + hash0 + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Bucket[] newArray(int n) {
        Bucket[] a = new Bucket[n];
        for (int i = 0; i < n; i++) {
            a[i] = new Bucket();
        }
        return a;
    }

    /** The keys of chain {@code i} belong there, and none arrived before its old bucket was evacuated. */
    private long checkChain(int i) {
        long live = 0;
        boolean oldPending = growing() && !oldbuckets[i & oldMask()].evacuated;
        for (Bucket x = buckets[i]; x != null; x = x.overflow) {
            for (int s = 0; s < MapGrowth.BUCKET_COUNT; s++) {
                if (x.used[s]) {
                    live++;
                    if ((hash(x.keys[s]) & mask(b)) != i || oldPending) {
                        throw new IllegalStateException("key " + x.keys[s] + " is in bucket " + i
                                + " but belongs elsewhere");
                    }
                }
            }
        }
        return live;
    }

    private void checkAll() {
        long live = 0;
        for (int i = 0; i < buckets.length; i++) {
            live += checkChain(i);
        }
        if (growing()) {
            for (int i = 0; i < oldbuckets.length; i++) {
                for (Bucket x = oldbuckets[i]; x != null && !x.evacuated; x = x.overflow) {
                    for (int s = 0; s < MapGrowth.BUCKET_COUNT; s++) {
                        live += x.used[s] ? 1 : 0;
                    }
                }
            }
            if (nevacuate >= oldbuckets.length) {
                throw new IllegalStateException("nevacuate passed every old bucket but oldbuckets is still set");
            }
        }
        if (live != count) {
            throw new IllegalStateException("count " + count + " but " + live + " live keys");
        }
    }
}
