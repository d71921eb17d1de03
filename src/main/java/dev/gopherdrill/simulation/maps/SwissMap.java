package dev.gopherdrill.simulation.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.StepState;

/**
 * A Go 1.24 map ({@code internal/runtime/maps.Map}, the Swiss-table design) simulated slot
 * by slot, to show what {@link SwissGrowth} only counts: the control bytes of every group,
 * where each key lands, tombstones, and which table grows or splits. Read from the Go 1.24
 * source, not verified on a toolchain here (only Go 1.19 is installed, and it has no Swiss
 * tables), so unlike {@link Hmap} no part of this was compared with a running runtime.
 *
 * Structure, with Go's names. Keys are int64 (as for {@code map[int64]V}); the hash is
 * 64 bits: {@code h1 = hash >> 7} picks the first group to probe, {@code h2 = hash & 0x7f}
 * is stored in the control byte of a full slot. A control byte is {@code ctrlEmpty}
 * (0b10000000), {@code ctrlDeleted} (0b11111110, a tombstone) or {@code 0hhhhhhh} (full).
 * <ul>
 * <li>Small map ({@code dirLen == 0}): one group of 8 slots, allocated at the first
 *     assignment; a delete empties the slot directly (no probe sequence to protect).</li>
 * <li>Otherwise a directory of {@code 1 << globalDepth} table pointers indexed by the top
 *     globalDepth bits of the hash; a table of localDepth d fills 2^(globalDepth − d)
 *     consecutive entries starting at its {@code index}. A table's groups are probed
 *     quadratically ({@code probeSeq}: offsets o, o+1, o+3, o+6, … mod the group count,
 *     which visits every group once because the count is a power of two) until a group
 *     with an empty slot ends the probe.</li>
 * </ul>
 *
 * Invariants:
 * <ul>
 * <li>per table: {@code used ≤ maxGrowth(capacity)} (capacity·7/8); the control bytes
 *     hold exactly {@code used} full slots and {@code maxGrowth − used − growthLeft}
 *     tombstones ({@code table.tombstones}); at least one slot is empty;</li>
 * <li>a group holding a tombstone has no empty slot. Delete writes a tombstone only into a
 *     group without an empty slot and an empty slot only into a group that already has
 *     one, so the set of groups that end probes never grows: this is why no delete can
 *     hide another key (table.Delete's comment makes the same argument);</li>
 * <li>every key is found by probing from its H1 group in the table its hash selects;</li>
 * <li>directory: {@code dirLen == 1 << globalDepth}; each table has localDepth ≤
 *     globalDepth and fills exactly the 2^(globalDepth − localDepth) entries from its
 *     index, which is a multiple of that count; {@code Map.used} is the sum of
 *     {@code table.used};</li>
 * <li>a small map holds at most 8 keys and no tombstone.</li>
 * </ul>
 * Checked after every write on the table the write touched (counters, tombstone rule,
 * the written key found or not found) and on the directory; the full probe of every key
 * runs on each table {@code growToTable}, {@code grow} or {@code split} builds, and in
 * {@link #checkInvariants()}. Other tables are untouched by a write, and the tombstone
 * rule is what keeps the other keys of the touched table reachable; probing every key on
 * every write would make a 100,000-write run quadratic.
 *
 * Simplified (none of it changes where keys go or when tables grow):
 * <ul>
 * <li>the hash is a seeded 64-bit mix, not the runtime's memhash64/aeshash; the seed is
 *     {@code Map.seed}. Real runs pick the seed at random, so which group a key lands in,
 *     tombstones, and which table grows or splits are one possible run. Exact whatever the
 *     seed: the make() shape, and every event up to and including a single table's first
 *     split ({@link SwissGrowth#schedule});</li>
 * <li>elems, key/elem layout, indirect keys, iteration, {@code clear}, concurrent-write
 *     detection ({@code writing}) and the compiler's stack-allocated small group are not
 *     modelled. Where the 1.24 snapshots differ in how {@code mapassign} scans a group
 *     (matchEmpty first, or matchEmptyOrDeleted first) the outcome is the same, because of
 *     the tombstone rule above.</li>
 * </ul>
 * Covers Go 1.24 only (see {@link SwissGrowth} for why not 1.23 or 1.25).
 *
 * Methods and the Go functions they model: constructor → {@code makemap} →
 * {@code NewMap}; {@link #assign} → {@code runtime_mapassign} ({@code mapassign_fast64}
 * runs the same steps for 8-byte keys) → {@code growToSmall}, {@code putSlotSmall},
 * {@code growToTable}, {@code table.rehash} → {@code grow} / {@code split} →
 * {@code installTableSplit}, {@code replaceTable}; {@link #delete} → {@code Map.Delete} →
 * {@code deleteSmall} / {@code table.Delete}; {@link #contains} → {@code runtime_mapaccess2}.
 */
public final class SwissMap {

    private static final int SLOTS = SwissGrowth.GROUP_SLOTS;
    private static final byte EMPTY = (byte) SwissGrowth.CTRL_EMPTY;
    private static final byte DELETED = (byte) SwissGrowth.CTRL_DELETED;

    /** Larger hints would allocate more than a playground should: 2,048 tables of 1,024 slots. */
    public static final long MAX_HINT = 1L << 20;

    /** One group as a playground draws it: 8 control bytes (0..255) and the keys of full slots (null elsewhere). */
    public record GroupState(int index, List<Integer> ctrls, List<Long> keys) {
    }

    /** One table: {@code id} is a stable label for pictures (Go tables have none). */
    public record TableState(int id, int index, int localDepth, int capacity, int used, int growthLeft,
                             int tombstones, List<GroupState> groups) {
    }

    /**
     * The whole map. Small: {@code smallGroup} (null until the first assignment), no tables.
     * Otherwise {@code directory} lists the table id of each entry and {@code tables} the
     * distinct tables in directory order.
     */
    public record State(long used, boolean small, GroupState smallGroup, int dirLen, int globalDepth,
                        List<Integer> directory, List<TableState> tables) implements StepState {
        @Override
        public String svg(Language language) {
            return MapPicture.svg(this, language);
        }
    }

    /** {@code table}: counters as in Go, groups flattened: group g, slot i is position 8g+i. */
    private static final class Table {
        final int id;
        final int capacity;
        final int lengthMask;
        final byte[] ctrl;
        final long[] keys;
        int used;
        int growthLeft;
        int localDepth;
        int index;

        Table(int id, int capacity, int index, int localDepth) {
            this.id = id;
            this.capacity = capacity;
            this.lengthMask = capacity / SLOTS - 1;
            this.ctrl = new byte[capacity];
            Arrays.fill(ctrl, EMPTY);
            this.keys = new long[capacity];
            this.growthLeft = SwissGrowth.maxGrowth(capacity);
            this.index = index;
            this.localDepth = localDepth;
        }

        int groups() {
            return lengthMask + 1;
        }

        boolean groupHasEmpty(int g) {
            for (int i = g * SLOTS; i < (g + 1) * SLOTS; i++) {
                if (ctrl[i] == EMPTY) {
                    return true;
                }
            }
            return false;
        }

        int tombstones() {
            return SwissGrowth.maxGrowth(capacity) - used - growthLeft;
        }
    }

    private final SplittableRandom random;
    private long seed;
    private long used;
    private byte[] smallCtrl;
    private long[] smallKeys;
    private Table[] directory = new Table[0];
    private int globalDepth;
    private long writes;
    private int nextTableId;
    private final List<SwissGrowth.Event> events = new ArrayList<>();

    /**
     * {@code makemap} → {@code NewMap}: a seed, and for a hint above 8 the directory and
     * tables {@link SwissGrowth#make} describes; a smaller hint allocates nothing.
     */
    public SwissMap(GoVersion version, long hint, SplittableRandom random) {
        if (hint > MAX_HINT) {
            throw new SimulationInputException("hint", "must be in 0.." + MAX_HINT + " for a simulated map");
        }
        SwissGrowth.Shape shape = SwissGrowth.make(version, hint);
        this.random = random;
        this.seed = random.nextLong();
        if (!shape.small()) {
            globalDepth = shape.globalDepth();
            directory = new Table[shape.dirLen()];
            for (SwissGrowth.TableShape t : shape.tables()) {
                directory[t.index()] = newTable(t.capacity(), t.index(), t.localDepth());
            }
            checkDirectory();
        }
    }

    public long used() {
        return used;
    }

    public boolean small() {
        return directory.length == 0;
    }

    /** Whether the small map's group exists yet (always true once the map has tables). */
    public boolean groupAllocated() {
        return !small() || smallCtrl != null;
    }

    public int dirLen() {
        return directory.length;
    }

    public int globalDepth() {
        return globalDepth;
    }

    /** Distinct tables (0 for a small map), as Go's test helper {@code TableCount} counts them. */
    public int tableCount() {
        return distinctTables().size();
    }

    /** Groups over all tables, or 1/0 for a small map with/without its group ({@code GroupCount}). */
    public long groupCount() {
        if (small()) {
            return smallCtrl == null ? 0 : 1;
        }
        return distinctTables().stream().mapToLong(Table::groups).sum();
    }

    public long tombstones() {
        return distinctTables().stream().mapToLong(Table::tombstones).sum();
    }

    /** The events since the last call, in order. */
    public List<SwissGrowth.Event> drainEvents() {
        List<SwissGrowth.Event> e = List.copyOf(events);
        events.clear();
        return e;
    }

    /** {@code runtime_mapaccess2}: is {@code key} in the map? */
    public boolean contains(long key) {
        if (used == 0) {
            return false;
        }
        long hash = hash(key);
        if (small()) {
            return findSmall(hash, key) >= 0;
        }
        return find(directory[directoryIndex(hash)], hash, key) >= 0;
    }

    /** {@code runtime_mapassign}: insert or update {@code key}; true when the key was new. */
    public boolean assign(long key) {
        writes++;
        long hash = hash(key);
        if (small()) {
            if (smallCtrl == null) {
                growToSmall();
            }
            if (used < SLOTS) {
                boolean added = putSlotSmall(hash, key);
                checkSmall();
                return added;
            }
            // Eight keys: converts even when key is one of them (map.go leaves that as a TODO).
            growToTable();
        }
        outer:
        while (true) {
            Table t = directory[directoryIndex(hash)];
            byte h2 = h2(hash);
            int firstDeleted = -1;
            int g = probeStart(t, hash);
            for (int step = 0; step <= t.lengthMask; step++) {
                int base = g * SLOTS;
                for (int i = base; i < base + SLOTS; i++) {
                    if (t.ctrl[i] == h2 && t.keys[i] == key) {
                        checkWrite(t, hash, key, true);
                        return false;
                    }
                }
                int empty = firstWith(t.ctrl, base, EMPTY);
                if (empty >= 0) {
                    // End of the probe: reuse the first tombstone passed, which costs no growthLeft.
                    int slot = empty;
                    if (firstDeleted >= 0) {
                        slot = firstDeleted;
                        t.growthLeft++;
                    }
                    if (t.growthLeft > 0) {
                        t.ctrl[slot] = h2;
                        t.keys[slot] = key;
                        t.growthLeft--;
                        t.used++;
                        used++;
                        checkWrite(t, hash, key, true);
                        return true;
                    }
                    rehash(t);
                    continue outer;
                }
                if (firstDeleted < 0) {
                    firstDeleted = firstWith(t.ctrl, base, DELETED);
                }
                g = (g + step + 1) & t.lengthMask;
            }
            throw new IllegalStateException("probe for key " + key + " visited every group of table #" + t.id
                    + " without an empty slot");
        }
    }

    /** {@code Map.Delete}: remove {@code key}; an emptied map takes a new seed. True when the key was there. */
    public boolean delete(long key) {
        writes++;
        if (used == 0) {
            return false;
        }
        long hash = hash(key);
        boolean removed;
        if (small()) {
            removed = deleteSmall(hash, key);
            checkSmall();
        } else {
            Table t = directory[directoryIndex(hash)];
            removed = tableDelete(t, hash, key);
            checkWrite(t, hash, key, false);
        }
        if (used == 0) {
            seed = random.nextLong();
            events.add(new SwissGrowth.SeedReset(writes));
        }
        return removed;
    }

    /** The map as a playground draws it. */
    public State state() {
        if (small()) {
            GroupState g = smallCtrl == null ? null : groupState(0, smallCtrl, smallKeys, 0);
            return new State(used, true, g, 0, 0, List.of(), List.of());
        }
        List<Integer> dir = new ArrayList<>();
        for (Table t : directory) {
            dir.add(t.id);
        }
        List<TableState> tables = new ArrayList<>();
        for (Table t : distinctTables()) {
            List<GroupState> groups = new ArrayList<>();
            for (int g = 0; g < t.groups(); g++) {
                groups.add(groupState(g, t.ctrl, t.keys, g * SLOTS));
            }
            tables.add(new TableState(t.id, t.index, t.localDepth, t.capacity, t.used, t.growthLeft,
                    t.tombstones(), List.copyOf(groups)));
        }
        return new State(used, false, null, directory.length, globalDepth, List.copyOf(dir), List.copyOf(tables));
    }

    /** Every invariant of the header over the whole map, including a probe for every key. */
    public void checkInvariants() {
        if (small()) {
            checkSmall();
            return;
        }
        checkDirectory();
        for (Table t : distinctTables()) {
            checkTable(t, true);
        }
    }

    // --- small map (map.go) ---

    /** {@code growToSmall}: the group a map gets at its first assignment. */
    private void growToSmall() {
        smallCtrl = new byte[SLOTS];
        Arrays.fill(smallCtrl, EMPTY);
        smallKeys = new long[SLOTS];
        events.add(new SwissGrowth.GrowToSmall(writes));
    }

    /** {@code putSlotSmall}: update a matching slot, else take the lowest free one. */
    private boolean putSlotSmall(long hash, long key) {
        if (findSmall(hash, key) >= 0) {
            return false;
        }
        for (int i = 0; i < SLOTS; i++) {
            if (smallCtrl[i] < 0) {
                smallCtrl[i] = h2(hash);
                smallKeys[i] = key;
                used++;
                return true;
            }
        }
        throw new IllegalStateException("small map with no empty slot");
    }

    /** {@code deleteSmall}: a single group has no probe sequence, so the slot goes straight to empty. */
    private boolean deleteSmall(long hash, long key) {
        int i = findSmall(hash, key);
        if (i < 0) {
            return false;
        }
        smallCtrl[i] = EMPTY;
        used--;
        return true;
    }

    private int findSmall(long hash, long key) {
        byte h2 = h2(hash);
        for (int i = 0; i < SLOTS; i++) {
            if (smallCtrl[i] == h2 && smallKeys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** {@code growToTable}: the 8 keys of the small group re-inserted into one table of 16 slots. */
    private void growToTable() {
        Table t = newTable(SwissGrowth.FIRST_TABLE_CAPACITY, 0, 0);
        for (int i = 0; i < SLOTS; i++) {
            if (smallCtrl[i] >= 0) {
                uncheckedPutSlot(t, hash(smallKeys[i]), smallKeys[i]);
            }
        }
        directory = new Table[] {t};
        globalDepth = 0;
        smallCtrl = null;
        smallKeys = null;
        events.add(new SwissGrowth.GrowToTable(writes, t.capacity));
        checkDirectory();
        checkTable(t, true);
    }

    // --- tables (table.go) ---

    /** {@code table.Delete}: empty the slot if its group has an empty slot, else leave a tombstone. */
    private boolean tableDelete(Table t, long hash, long key) {
        int slot = find(t, hash, key);
        if (slot < 0) {
            return false;
        }
        t.used--;
        used--;
        int g = slot / SLOTS;
        if (t.groupHasEmpty(g)) {
            t.ctrl[slot] = EMPTY;
            t.growthLeft++;
        } else {
            t.ctrl[slot] = DELETED;
            events.add(new SwissGrowth.Tombstone(writes, t.index, g, slot % SLOTS));
        }
        return true;
    }

    /** {@code table.rehash}: double the table while that stays within maxTableCapacity, else split it. */
    private void rehash(Table t) {
        int newCapacity = 2 * t.capacity;
        if (newCapacity <= SwissGrowth.MAX_TABLE_CAPACITY) {
            grow(t, newCapacity);
        } else {
            split(t);
        }
    }

    /** {@code table.grow}: a new table in the same directory entries; keys re-inserted in slot order. */
    private void grow(Table t, int newCapacity) {
        Table nt = newTable(newCapacity, t.index, t.localDepth);
        for (int i = 0; i < t.capacity; i++) {
            if (t.ctrl[i] >= 0) {
                uncheckedPutSlot(nt, hash(t.keys[i]), t.keys[i]);
            }
        }
        replaceTable(nt);
        events.add(new SwissGrowth.Grow(writes, t.index, t.capacity, newCapacity, t.used, t.tombstones()));
        t.index = -1;
        checkDirectory();
        checkTable(nt, true);
    }

    /**
     * {@code table.split}: two full-size tables one level deeper; a key goes right when its
     * hash has bit (64 − localDepth) set, i.e. the next directory bit from the top.
     */
    private void split(Table t) {
        int localDepth = t.localDepth + 1;
        Table left = newTable(SwissGrowth.MAX_TABLE_CAPACITY, -1, localDepth);
        Table right = newTable(SwissGrowth.MAX_TABLE_CAPACITY, -1, localDepth);
        long mask = 1L << (64 - localDepth);
        for (int i = 0; i < t.capacity; i++) {
            if (t.ctrl[i] >= 0) {
                long hash = hash(t.keys[i]);
                uncheckedPutSlot((hash & mask) == 0 ? left : right, hash, t.keys[i]);
            }
        }
        int oldIndex = t.index;
        int depthBefore = globalDepth;
        installTableSplit(t, left, right);
        events.add(new SwissGrowth.Split(writes, oldIndex, t.localDepth, depthBefore, globalDepth, t.used));
        t.index = -1;
        checkDirectory();
        checkTable(left, true);
        checkTable(right, true);
    }

    /** {@code newTable}: capacity already rounded by {@link SwissGrowth#newTableCapacity}. */
    private Table newTable(int capacity, int index, int localDepth) {
        return new Table(nextTableId++, SwissGrowth.newTableCapacity(capacity), index, localDepth);
    }

    /** {@code uncheckedPutSlot}: a key known to be absent goes to the first free slot on its probe. */
    private void uncheckedPutSlot(Table t, long hash, long key) {
        if (t.growthLeft == 0) {
            throw new IllegalStateException("invariant failed: growthLeft is unexpectedly 0");
        }
        int g = probeStart(t, hash);
        for (int step = 0; step <= t.lengthMask; step++) {
            for (int i = g * SLOTS; i < (g + 1) * SLOTS; i++) {
                if (t.ctrl[i] < 0) {
                    t.ctrl[i] = h2(hash);
                    t.keys[i] = key;
                    t.growthLeft--;
                    t.used++;
                    return;
                }
            }
            g = (g + step + 1) & t.lengthMask;
        }
        throw new IllegalStateException("no free slot in table #" + t.id);
    }

    /** {@code getWithKey}: probe until the key or a group with an empty slot; the slot position or -1. */
    private static int find(Table t, long hash, long key) {
        byte h2 = h2(hash);
        int g = probeStart(t, hash);
        for (int step = 0; step <= t.lengthMask; step++) {
            int base = g * SLOTS;
            for (int i = base; i < base + SLOTS; i++) {
                if (t.ctrl[i] == h2 && t.keys[i] == key) {
                    return i;
                }
            }
            if (t.groupHasEmpty(g)) {
                return -1;
            }
            g = (g + step + 1) & t.lengthMask;
        }
        throw new IllegalStateException("probe visited every group of table #" + t.id + " without an empty slot");
    }

    // --- directory (map.go) ---

    /** {@code directoryIndex}: the top globalDepth bits of the hash. */
    private int directoryIndex(long hash) {
        return directory.length == 1 ? 0 : (int) (hash >>> (64 - globalDepth));
    }

    /** {@code replaceTable}: point all 2^(globalDepth − localDepth) entries of nt at it. */
    private void replaceTable(Table nt) {
        int entries = 1 << (globalDepth - nt.localDepth);
        for (int i = 0; i < entries; i++) {
            directory[nt.index + i] = nt;
        }
    }

    /** {@code installTableSplit}: double the directory if needed, then install both halves. */
    private void installTableSplit(Table old, Table left, Table right) {
        if (old.localDepth == globalDepth) {
            Table[] grown = new Table[directory.length * 2];
            for (int i = 0; i < directory.length; i++) {
                Table t = directory[i];
                grown[2 * i] = t;
                grown[2 * i + 1] = t;
                // A table spanning several entries is seen several times; move its index once.
                if (t.index == i) {
                    t.index = 2 * i;
                }
            }
            globalDepth++;
            directory = grown;
        }
        left.index = old.index;
        replaceTable(left);
        right.index = left.index + (1 << (globalDepth - left.localDepth));
        replaceTable(right);
    }

    // --- hashing and probing ---

    private long hash(long key) {
        // SplitMix64 finaliser over key + seed: a well-mixed stand-in for memhash64(key, m.seed)
        long z = key + seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code h2}: the low 7 bits, the control byte of a full slot. */
    private static byte h2(long hash) {
        return (byte) (hash & 0x7f);
    }

    /** {@code makeProbeSeq(h1(hash), lengthMask)}: the first group probed. */
    private static int probeStart(Table t, long hash) {
        return (int) ((hash >>> 7) & t.lengthMask);
    }

    private static int firstWith(byte[] ctrl, int base, byte c) {
        for (int i = base; i < base + SLOTS; i++) {
            if (ctrl[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private List<Table> distinctTables() {
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < directory.length; i += 1 << (globalDepth - directory[i].localDepth)) {
            out.add(directory[i]);
        }
        return out;
    }

    private static GroupState groupState(int index, byte[] ctrl, long[] keys, int base) {
        List<Integer> ctrls = new ArrayList<>();
        List<Long> ks = new ArrayList<>();
        for (int i = base; i < base + SLOTS; i++) {
            ctrls.add(ctrl[i] & 0xff);
            ks.add(ctrl[i] >= 0 ? keys[i] : null);
        }
        return new GroupState(index, List.copyOf(ctrls), Collections.unmodifiableList(ks));
    }

    // --- invariants ---

    private void checkWrite(Table t, long hash, long key, boolean present) {
        checkTable(t, false);
        if ((find(t, hash, key) >= 0) != present) {
            throw new IllegalStateException("key " + key + (present ? " not found" : " still found")
                    + " in table #" + t.id + " after the write");
        }
        checkDirectory();
    }

    private void checkTable(Table t, boolean probeEveryKey) {
        int maxGrowth = SwissGrowth.maxGrowth(t.capacity);
        if (t.used > maxGrowth) {
            throw new IllegalStateException("table #" + t.id + " holds " + t.used + " keys, over its max load "
                    + maxGrowth + " of " + t.capacity + " slots");
        }
        int full = 0;
        int deleted = 0;
        int emptyGroups = 0;
        for (int g = 0; g < t.groups(); g++) {
            boolean hasEmpty = false;
            boolean hasDeleted = false;
            for (int i = g * SLOTS; i < (g + 1) * SLOTS; i++) {
                if (t.ctrl[i] == EMPTY) {
                    hasEmpty = true;
                } else if (t.ctrl[i] == DELETED) {
                    hasDeleted = true;
                    deleted++;
                } else if (t.ctrl[i] >= 0) {
                    full++;
                } else {
                    throw new IllegalStateException("table #" + t.id + " slot " + i + " has control byte "
                            + (t.ctrl[i] & 0xff));
                }
            }
            if (hasEmpty && hasDeleted) {
                throw new IllegalStateException("table #" + t.id + " group " + g
                        + " has a tombstone and an empty slot");
            }
            emptyGroups += hasEmpty ? 1 : 0;
        }
        if (full != t.used) {
            throw new IllegalStateException("table #" + t.id + " used " + t.used + " but " + full + " full slots");
        }
        if (t.growthLeft < 0 || deleted != t.tombstones()) {
            throw new IllegalStateException("table #" + t.id + " growthLeft " + t.growthLeft + " does not match "
                    + maxGrowth + " − " + t.used + " used − " + deleted + " tombstones");
        }
        if (emptyGroups == 0) {
            throw new IllegalStateException("table #" + t.id + " has no empty slot to end a probe");
        }
        if (probeEveryKey) {
            for (int i = 0; i < t.capacity; i++) {
                if (t.ctrl[i] >= 0) {
                    long hash = hash(t.keys[i]);
                    if (t.ctrl[i] != h2(hash) || directory[directoryIndex(hash)] != t || find(t, hash, t.keys[i]) != i) {
                        throw new IllegalStateException("key " + t.keys[i] + " in table #" + t.id + " slot " + i
                                + " is not where its hash leads");
                    }
                }
            }
        }
    }

    private void checkDirectory() {
        if (directory.length != 1 << globalDepth) {
            throw new IllegalStateException("dirLen " + directory.length + " but globalDepth " + globalDepth);
        }
        long sum = 0;
        int i = 0;
        while (i < directory.length) {
            Table t = directory[i];
            if (t.localDepth > globalDepth) {
                throw new IllegalStateException("table #" + t.id + " localDepth " + t.localDepth + " > globalDepth "
                        + globalDepth);
            }
            int span = 1 << (globalDepth - t.localDepth);
            if (t.index != i || i % span != 0) {
                throw new IllegalStateException("table #" + t.id + " starts at entry " + i + " but has index "
                        + t.index + " and spans " + span);
            }
            for (int j = i; j < i + span; j++) {
                if (directory[j] != t) {
                    throw new IllegalStateException("entry " + j + " should point at table #" + t.id);
                }
            }
            sum += t.used;
            i += span;
        }
        if (sum != used) {
            throw new IllegalStateException("Map.used " + used + " but the tables hold " + sum);
        }
    }

    private void checkSmall() {
        if (used > SLOTS) {
            throw new IllegalStateException("small map with " + used + " keys");
        }
        int full = 0;
        if (smallCtrl != null) {
            for (int i = 0; i < SLOTS; i++) {
                if (smallCtrl[i] == DELETED) {
                    throw new IllegalStateException("small map with a tombstone in slot " + i);
                }
                if (smallCtrl[i] >= 0) {
                    full++;
                    if (findSmall(hash(smallKeys[i]), smallKeys[i]) != i) {
                        throw new IllegalStateException("key " + smallKeys[i] + " not found in slot " + i);
                    }
                }
            }
        }
        if (full != used) {
            throw new IllegalStateException("small map used " + used + " but " + full + " full slots");
        }
    }
}
