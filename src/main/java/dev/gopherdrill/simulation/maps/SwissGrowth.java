package dev.gopherdrill.simulation.maps;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;

/**
 * The shape of a Go 1.24 Swiss-table map ({@code internal/runtime/maps}) in closed form:
 * what {@code make(map[K]V, hint)} allocates, and the inserts at which a map that still
 * has a single table grows. Read from the Go 1.24 source, not verified on a toolchain
 * here: the only Go installed is 1.19, which has no Swiss tables, so unlike
 * {@link MapGrowth} nothing in this class was recorded from a running runtime. The
 * expectations in Go's own {@code TestTableGroupCount} (map_swiss_test.go) are the
 * closest thing to golden values, and {@code SwissMapTest} replays them.
 * {@link SwissMap} simulates the groups themselves.
 *
 * The structure, with Go's names: a {@code Map} is either a <em>small map</em>
 * ({@code dirLen == 0}: {@code dirPtr} is one group of 8 slots, or nil until the first
 * assignment) or a <em>directory</em> of {@code dirLen = 1 << globalDepth} pointers to
 * tables; the top {@code globalDepth} bits of the hash pick the entry. A {@code table}
 * has {@code capacity} slots (a power of two, at most {@code maxTableCapacity} = 1024) in
 * {@code capacity / 8} groups; each group carries 8 control bytes. A table created at
 * {@code localDepth} &lt; {@code globalDepth} fills 2^(globalDepth − localDepth)
 * consecutive directory entries.
 *
 * Invariants (checked by {@link SwissMap}, which builds its tables from {@link #make}):
 * <ul>
 * <li>every table's capacity is a power of two in 8..1024, and {@code used +
 *     tombstones + growthLeft == maxGrowth(capacity)}, which is capacity·7/8
 *     ({@code maxAvgGroupLoad}) or capacity − 1 for a one-group table;</li>
 * <li>a small map has at most 8 keys and never a tombstone.</li>
 * </ul>
 *
 * Why the closed form is exact for inserts of distinct keys into a single-table map:
 * {@code mapassign} rehashes only when the probe for a <em>new</em> key ends with
 * {@code growthLeft == 0} and no tombstone on the way; without deletes growthLeft is
 * maxGrowth − used, so the table of C slots is replaced at insert C·7/8 + 1 whatever
 * the hash. Doubling stops at 1024 slots (896 keys), so every map that starts with one
 * table splits into two at its 897th distinct key. After that, which of the tables fills
 * first depends on the hash seed (random per map in Go), so {@link Schedule#exactThrough()}
 * says where exactness ends and {@link SwissMap} gives one possible run.
 *
 * Simplified: {@code NewMap} returns an empty small map when the hint overflows or the
 * groups would exceed {@code maxAlloc}; hints here stay ≤ 2^24, where the groups it
 * checks are at most 2^25 of at most 2,056 bytes (8 control bytes + 8 slots of ≤ 128-byte
 * key and elem), far below maxAlloc on 64-bit platforms, so that check cannot fire.
 *
 * Covers Go 1.24 only. Go ≤ 1.23 (and 1.24 with {@code GOEXPERIMENT=noswissmap}) uses
 * buckets: {@link MapGrowth}. Go 1.25 added {@code table.pruneTombstones}, run before a
 * full table grows (the fix for go.dev/issue/70886, reported against go1.24rc1), so
 * delete-heavy runs differ there; make() and the insert-only schedule would not, but
 * that was not read closely enough to claim it.
 *
 * Methods and the Go functions they model: {@link #make} → {@code runtime.makemap} →
 * {@code maps.NewMap} → {@code newTable} → {@code alignUpPow2}, {@code table.reset},
 * {@code resetGrowthLeft}; {@link #schedule} → {@code runtime_mapassign} →
 * {@code growToSmall}, {@code growToTable}, {@code table.rehash} → {@code grow} /
 * {@code split}.
 */
public final class SwissGrowth {

    /** Appended to explanations and traces: where these numbers come from. */
    public static String provenance(Language language) {
        return Texts.PROVENANCE.in(language);
    }

    /** {@code abi.SwissMapGroupSlots}: slots per group, one control byte each. */
    public static final int GROUP_SLOTS = 8;
    /** {@code maxAvgGroupLoad} (group.go): a table may fill 7 of every 8 slots before it grows. */
    public static final int MAX_AVG_GROUP_LOAD = 7;
    /** {@code maxTableCapacity} (table.go): slots; a table that would double past this splits instead. */
    public static final int MAX_TABLE_CAPACITY = 1024;
    /** {@code ctrlEmpty} (group.go): 0b10000000. */
    public static final int CTRL_EMPTY = 0b1000_0000;
    /** {@code ctrlDeleted} (group.go): 0b11111110, a tombstone. A full slot's byte is its 7-bit H2. */
    public static final int CTRL_DELETED = 0b1111_1110;
    /** Capacity {@code growToTable} asks for: 2 × abi.SwissMapGroupSlots = 16 slots. */
    public static final int FIRST_TABLE_CAPACITY = 2 * GROUP_SLOTS;

    public static final long MAX_HINT = 1L << 24;
    public static final long MAX_INSERTS = 1L << 24;

    private SwissGrowth() {
    }

    /** One table as {@code NewMap} creates it. */
    public record TableShape(int index, int localDepth, int capacity, int groups, int growthLeft) {
    }

    /**
     * The map right after {@code make}. A small map ({@code small}) has no directory and no
     * table, and no group yet either: the first assignment allocates it ({@code growToSmall}).
     */
    public record Shape(long hint, boolean small, long targetCapacity, int dirLen, int globalDepth,
                        List<TableShape> tables) {

        public int tableCount() {
            return tables.size();
        }

        public long totalSlots() {
            return tables.stream().mapToLong(TableShape::capacity).sum();
        }

        public long totalGroups() {
            return tables.stream().mapToLong(TableShape::groups).sum();
        }

        /** The derivation in words, the way a trace shows it. */
        public String explain(Language language) {
            if (small) {
                return Texts.MAKE_SMALL.in(language, hint, GROUP_SLOTS, provenance(language));
            }
            TableShape t = tables.get(0);
            long perTable = targetCapacity / dirLen;
            return Texts.MAKE_TABLES.in(language, hint, hint, targetCapacity, targetCapacity,
                    ceilDiv(targetCapacity, MAX_TABLE_CAPACITY), dirLen, globalDepth, perTable, t.capacity(), t.groups(),
                    t.growthLeft(), dirLen == 1 ? "" : Texts.EACH.in(language), provenance(language));
        }
    }

    /**
     * Structural events, in the order {@code mapassign}/{@code mapdelete} cause them. {@code at} is
     * the 1-based number of the assignment or delete on that map (the insert number when only
     * distinct keys are inserted).
     */
    public sealed interface Event permits GrowToSmall, GrowToTable, Grow, Split, Tombstone, SeedReset {
        long at();

        String describe(Language language);
    }

    /** {@code growToSmall}: the first assignment to a map without a group allocates one. */
    public record GrowToSmall(long at) implements Event {
        @Override
        public String describe(Language language) {
            return Texts.GROW_TO_SMALL.in(language, at);
        }
    }

    /** {@code growToTable}: an assignment finds the small group holding 8 keys. */
    public record GrowToTable(long at, int capacity) implements Event {
        @Override
        public String describe(Language language) {
            return Texts.GROW_TO_TABLE.in(language, at, capacity, capacity / GROUP_SLOTS);
        }
    }

    /** {@code rehash} → {@code grow}: a table replaced by one of twice the capacity, tombstones dropped. */
    public record Grow(long at, int dirIndex, int fromCapacity, int toCapacity, int used, int tombstonesDropped)
            implements Event {
        @Override
        public String describe(Language language) {
            return Texts.GROW.in(language, at, dirIndex, used, tombstonesDropped, maxGrowth(fromCapacity),
                    fromCapacity, toCapacity);
        }
    }

    /**
     * {@code rehash} → {@code split}: a 1024-slot table replaced by two 1024-slot tables one
     * level deeper; the directory doubles when the table's localDepth equals globalDepth.
     */
    public record Split(long at, int dirIndex, int fromLocalDepth, int globalDepthBefore, int globalDepthAfter,
                        int movedKeys) implements Event {
        public boolean directoryGrew() {
            return globalDepthAfter > globalDepthBefore;
        }

        @Override
        public String describe(Language language) {
            return Texts.SPLIT.in(language, at, dirIndex, MAX_TABLE_CAPACITY, movedKeys, MAX_TABLE_CAPACITY,
                    fromLocalDepth + 1, fromLocalDepth, fromLocalDepth + 1) + (directoryGrew()
                    ? Texts.DIRECTORY_DOUBLES.in(language, 1 << globalDepthAfter, globalDepthAfter)
                    : Texts.DIRECTORY_KEEPS.in(language, 1 << globalDepthAfter));
        }
    }

    /** {@code table.Delete} in a group without an empty slot: the slot becomes {@code ctrlDeleted}. */
    public record Tombstone(long at, int dirIndex, int group, int slot) implements Event {
        @Override
        public String describe(Language language) {
            return Texts.TOMBSTONE.in(language, at, group, slot, dirIndex);
        }
    }

    /** {@code Map.Delete}: the map became empty, so it takes a new hash seed. */
    public record SeedReset(long at) implements Event {
        @Override
        public String describe(Language language) {
            return Texts.SEED_RESET.in(language, at);
        }
    }

    /**
     * Events for inserting distinct keys, and how far they are exact: through insert
     * {@code exactThrough} the list is what every run does; past it, which table grows or
     * splits next depends on the hash seed.
     */
    public record Schedule(List<Event> events, long exactThrough) {
    }

    /** {@code NewMap}: the directory and tables {@code make(map[K]V, hint)} allocates. */
    public static Shape make(GoVersion version, long hint) {
        requireSwiss(version);
        if (hint < 0 || hint > MAX_HINT) {
            throw new SimulationInputException("hint", "must be in 0.." + MAX_HINT);
        }
        if (hint <= GROUP_SLOTS) {
            return new Shape(hint, true, 0, 0, 0, List.of());
        }
        long targetCapacity = targetCapacity(hint);
        long dirSize = alignUpPow2(ceilDiv(targetCapacity, MAX_TABLE_CAPACITY));
        int globalDepth = Long.numberOfTrailingZeros(dirSize);
        int capacity = newTableCapacity(targetCapacity / dirSize);
        List<TableShape> tables = new ArrayList<>();
        for (int i = 0; i < dirSize; i++) {
            tables.add(new TableShape(i, globalDepth, capacity, capacity / GROUP_SLOTS, maxGrowth(capacity)));
        }
        return new Shape(hint, false, targetCapacity, (int) dirSize, globalDepth, List.copyOf(tables));
    }

    /**
     * The structural events while inserting {@code inserts} distinct keys into
     * {@code make(map[K]V, hint)}, through the first split (exact); see {@link Schedule}.
     */
    public static Schedule schedule(GoVersion version, long hint, long inserts) {
        Shape shape = make(version, hint);
        if (inserts < 0 || inserts > MAX_INSERTS) {
            throw new SimulationInputException("inserts", "must be in 0.." + MAX_INSERTS);
        }
        List<Event> events = new ArrayList<>();
        if (shape.tableCount() > 1) {
            // Several tables from the start: nothing can happen until one holds more than its
            // growthLeft, and which one does depends on the hash.
            return new Schedule(List.of(), Math.min(inserts, shape.tables().get(0).growthLeft()));
        }
        int capacity;
        if (shape.small()) {
            if (inserts >= 1) {
                events.add(new GrowToSmall(1));
            }
            if (inserts < GROUP_SLOTS + 1) {
                return new Schedule(List.copyOf(events), inserts);
            }
            events.add(new GrowToTable(GROUP_SLOTS + 1, FIRST_TABLE_CAPACITY));
            capacity = FIRST_TABLE_CAPACITY;
        } else {
            capacity = shape.tables().get(0).capacity();
        }
        while (true) {
            long at = maxGrowth(capacity) + 1L;
            if (at > inserts) {
                return new Schedule(List.copyOf(events), inserts);
            }
            if (2 * capacity <= MAX_TABLE_CAPACITY) {
                events.add(new Grow(at, 0, capacity, 2 * capacity, maxGrowth(capacity), 0));
                capacity *= 2;
            } else {
                events.add(new Split(at, 0, 0, 0, 1, maxGrowth(capacity)));
                return new Schedule(List.copyOf(events), at);
            }
        }
    }

    /**
     * The distinct insert at which the map first has more than one table: 0 when make
     * already allocates several, else 897 (a single table doubles up to 1024 slots, holds
     * 896 keys and splits on the next), whatever the hash.
     */
    public static long firstMultiTableInsert(GoVersion version, long hint) {
        return make(version, hint).tableCount() > 1 ? 0 : maxGrowth(MAX_TABLE_CAPACITY) + 1L;
    }

    /** Trace lines: the provenance first, then one line per event. */
    public static List<String> trace(List<Event> events, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.TRACE_HEAD.in(language, provenance(language)));
        for (Event e : events) {
            lines.add(e.describe(language));
        }
        return lines;
    }

    /** {@code NewMap}: slots needed so that hint keys stay within the 7/8 load (hint·8/7, truncated). */
    static long targetCapacity(long hint) {
        return hint * GROUP_SLOTS / MAX_AVG_GROUP_LOAD;
    }

    /** {@code newTable}: at least one group, at most maxTableCapacity, rounded up to a power of two. */
    static int newTableCapacity(long requested) {
        long capacity = Math.max(requested, GROUP_SLOTS);
        if (capacity > MAX_TABLE_CAPACITY) {
            throw new IllegalStateException("initial table capacity too large: " + capacity);
        }
        return (int) alignUpPow2(capacity);
    }

    /**
     * {@code resetGrowthLeft}: keys an empty table takes before it must grow. One group keeps
     * one slot empty to end probes; larger tables fill capacity·7/8.
     */
    static int maxGrowth(int capacity) {
        if (capacity <= 0) {
            throw new IllegalStateException("table must have positive capacity");
        }
        return capacity <= GROUP_SLOTS ? capacity - 1 : capacity * MAX_AVG_GROUP_LOAD / GROUP_SLOTS;
    }

    /** {@code alignUpPow2}: the next power of two ≥ n (0 stays 0). */
    static long alignUpPow2(long n) {
        return n == 0 ? 0 : 1L << (64 - Long.numberOfLeadingZeros(n - 1));
    }

    static void requireSwiss(GoVersion version) {
        if (!version.atLeast(1, 24)) {
            throw new SimulationInputException("goVersion", "Go " + version
                    + " uses buckets (hmap, B); the Swiss-table model covers Go 1.24 only");
        }
        if (version.atLeast(1, 25)) {
            throw new SimulationInputException("goVersion", "Go " + version
                    + " prunes tombstones before growing a table (pruneTombstones); the Swiss-table model covers Go 1.24 only");
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
