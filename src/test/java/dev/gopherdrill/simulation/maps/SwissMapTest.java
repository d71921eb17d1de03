package dev.gopherdrill.simulation.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;

/**
 * Expected values derived by hand from the Go 1.24 source (map.go NewMap, table.go
 * newTable/rehash, group.go constants) and, for the group counts, copied from the
 * expectations of Go's own TestTableGroupCount (map_swiss_test.go). None of it was run on
 * a Go 1.24 toolchain: only Go 1.19 is installed here.
 */
class SwissMapTest {

    private static final GoVersion GO_1_24 = new GoVersion(1, 24);
    private static final int EMPTY = SwissGrowth.CTRL_EMPTY;
    private static final int DELETED = SwissGrowth.CTRL_DELETED;

    @ParameterizedTest(name = "make(map, {0}): {8}")
    @CsvSource(textBlock = """
            0,      true,  0,   0, 0,   0,    0,   0,   'hint ≤ 8 → small map, no group until the first assignment'
            1,      true,  0,   0, 0,   0,    0,   0,   'hint ≤ 8 → small map, no group until the first assignment'
            8,      true,  0,   0, 0,   0,    0,   0,   'hint 8 = abi.SwissMapGroupSlots is still small: one group holds all 8'
            9,      false, 1,   0, 1,   16,   2,   14,  '9·8/7 = 10 → ⌈10/1024⌉ = 1 table → newTable(10) rounds to 16 slots = 2 groups; growthLeft 16·7/8 = 14'
            14,     false, 1,   0, 1,   16,   2,   14,  '14·8/7 = 16 → 1 table of 16 slots = 2 groups'
            15,     false, 1,   0, 1,   32,   4,   28,  '15·8/7 = 17 → rounded to 32 slots = 4 groups (TestTableGroupCount atMax+1)'
            29,     false, 1,   0, 1,   64,   8,   56,  '29·8/7 = 33 → rounded to 64 slots = 8 groups (TestTableGroupCount 2·atMax+1)'
            100,    false, 1,   0, 1,   128,  16,  112, '100·8/7 = 114 → rounded to 128 slots = 16 groups, one table'
            896,    false, 1,   0, 1,   1024, 128, 896, '896·8/7 = 1024 → ⌈1024/1024⌉ = 1 table of 1024 slots = 128 groups'
            897,    false, 2,   1, 2,   512,  64,  448, '897·8/7 = 1025 → ⌈1025/1024⌉ = 2 tables (globalDepth 1) → newTable(1025/2 = 512): two half-size tables'
            1000,   false, 2,   1, 2,   1024, 128, 896, '1000·8/7 = 1142 → 2 tables → newTable(571) rounds to 1024 slots each'
            5000,   false, 8,   3, 8,   1024, 128, 896, '5000·8/7 = 5714 → ⌈5714/1024⌉ = 6 → rounded to 8 tables (globalDepth 3) → newTable(714) → 1024 slots each'
            100000, false, 128, 7, 128, 1024, 128, 896, '100000·8/7 = 114285 → ⌈114285/1024⌉ = 112 → 128 tables (globalDepth 7) → newTable(892) → 1024 slots each'
            """)
    void makeAllocatesWhatNewMapDerivesFromTheHint(long hint, boolean small, int dirLen, int globalDepth, int tables,
                                                   int slotsPerTable, int groupsPerTable, int growthLeftPerTable,
                                                   String derivation) {
        SwissGrowth.Shape shape = SwissGrowth.make(GO_1_24, hint);
        assertEquals(small, shape.small());
        assertEquals(dirLen, shape.dirLen());
        assertEquals(globalDepth, shape.globalDepth());
        assertEquals(tables, shape.tableCount());
        for (SwissGrowth.TableShape t : shape.tables()) {
            assertEquals(slotsPerTable, t.capacity());
            assertEquals(groupsPerTable, t.groups());
            assertEquals(growthLeftPerTable, t.growthLeft());
            assertEquals(globalDepth, t.localDepth());
        }
        assertTrue(shape.explain(Language.EN).contains("not verified on a toolchain"));

        SwissMap m = new SwissMap(GO_1_24, Math.min(hint, SwissMap.MAX_HINT), new SplittableRandom(hint));
        assertEquals(small, m.small());
        assertFalse(small && m.groupAllocated(), "a small map gets its group at the first assignment");
        assertEquals(tables, m.tableCount());
        assertEquals((long) tables * groupsPerTable, m.groupCount());
        m.checkInvariants();
    }

    // TestTableGroupCount (map_swiss_test.go) expects, for map[int]int and n keys 0..n-1:
    // {tables, groups} right after make(map, n), and after the n inserts (the same with or without the hint).
    @ParameterizedTest(name = "n = {0}: make(map, n) → {1} tables / {2} groups; after n inserts {3} / {4}")
    @CsvSource(textBlock = """
            0,  0, 0, 0, 0
            1,  0, 0, 0, 1
            8,  0, 0, 0, 1
            9,  1, 2, 1, 2
            12, 1, 2, 1, 2
            14, 1, 2, 1, 2
            15, 1, 4, 1, 4
            24, 1, 4, 1, 4
            29, 1, 8, 1, 8
            """)
    void tableAndGroupCountsMatchGosOwnTableGroupCountTest(int n, int hintTables, long hintGroups, int afterTables,
                                                           long afterGroups) {
        for (long hint : new long[] {n, 0}) {
            SwissMap m = new SwissMap(GO_1_24, hint, new SplittableRandom(n));
            if (hint == n) {
                assertEquals(hintTables, m.tableCount());
                assertEquals(hintGroups, m.groupCount());
            } else {
                assertEquals(0, m.tableCount());
                assertEquals(0, m.groupCount());
            }
            for (int k = 0; k < n; k++) {
                assertTrue(m.assign(k));
            }
            assertEquals(afterTables, m.tableCount(), "hint " + hint);
            assertEquals(afterGroups, m.groupCount(), "hint " + hint);
        }
    }

    @Test
    void anEmptyMapGrowsAtTheseInsertsWhateverTheSeed() {
        SwissGrowth.Schedule schedule = SwissGrowth.schedule(GO_1_24, 0, 1000);
        // small group at insert 1; 8 keys fill it, the 9th converts to a 16-slot table; a table of
        // C slots is full at C·7/8 keys and grows on the next: 15, 29, 57, 113, 225, 449; at 1024
        // slots it cannot double, so insert 896 + 1 = 897 splits it.
        List<SwissGrowth.Event> expected = List.of(
                new SwissGrowth.GrowToSmall(1),
                new SwissGrowth.GrowToTable(9, 16),
                new SwissGrowth.Grow(15, 0, 16, 32, 14, 0),
                new SwissGrowth.Grow(29, 0, 32, 64, 28, 0),
                new SwissGrowth.Grow(57, 0, 64, 128, 56, 0),
                new SwissGrowth.Grow(113, 0, 128, 256, 112, 0),
                new SwissGrowth.Grow(225, 0, 256, 512, 224, 0),
                new SwissGrowth.Grow(449, 0, 512, 1024, 448, 0),
                new SwissGrowth.Split(897, 0, 0, 0, 1, 896));
        assertEquals(expected, schedule.events());
        assertEquals(897, schedule.exactThrough());

        for (long seed = 1; seed <= 5; seed++) {
            SwissMap m = new SwissMap(GO_1_24, 0, new SplittableRandom(seed));
            for (int k = 0; k < 1000; k++) {
                m.assign(k);
            }
            List<SwissGrowth.Event> simulated = m.drainEvents().stream().filter(e -> e.at() <= 897).toList();
            assertEquals(expected, simulated, "seed " + seed);
            assertEquals(2, m.tableCount());
            assertEquals(2, m.dirLen());
        }
    }

    @ParameterizedTest(name = "make(map, {0}) then distinct inserts: events at inserts {1}")
    @CsvSource(textBlock = """
            0,   1 9 15 29 57 113 225 449 897
            8,   1 9 15 29 57 113 225 449 897
            9,   15 29 57 113 225 449 897
            100, 113 225 449 897
            448, 449 897
            449, 897
            896, 897
            """)
    void aHintOnlyMovesTheFirstGrowAndEverySingleTableMapSplitsAt897(long hint, String ats) {
        List<Long> expected = Arrays.stream(ats.split(" ")).map(Long::parseLong).toList();
        assertEquals(expected, SwissGrowth.schedule(GO_1_24, hint, 5000).events().stream()
                .map(SwissGrowth.Event::at).toList());
        assertEquals(897, SwissGrowth.firstMultiTableInsert(GO_1_24, hint));

        SwissMap m = new SwissMap(GO_1_24, hint, new SplittableRandom(hint + 7));
        for (int k = 0; k < 897; k++) {
            m.assign(k);
        }
        assertEquals(expected, m.drainEvents().stream().map(SwissGrowth.Event::at).toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aHintOf897GivesTwoHalfSizeTablesSoOneGrowsBeforeTheHintIsReached(long seed) {
        assertEquals(0, SwissGrowth.firstMultiTableInsert(GO_1_24, 897));
        SwissGrowth.Schedule schedule = SwissGrowth.schedule(GO_1_24, 897, 897);
        assertEquals(List.of(), schedule.events());
        assertEquals(448, schedule.exactThrough(), "no table can exceed its 448 keys before insert 449");

        SwissMap m = new SwissMap(GO_1_24, 897, new SplittableRandom(seed));
        for (int k = 0; k < 897; k++) {
            m.assign(k);
        }
        // 897 keys do not fit 2 × 448: by pigeonhole one 512-slot table grew to 1024.
        List<SwissGrowth.Event> events = m.drainEvents();
        assertTrue(events.stream().anyMatch(e -> e instanceof SwissGrowth.Grow g && g.toCapacity() == 1024), "" + events);
        assertTrue(events.stream().allMatch(e -> e.at() > 448), "" + events);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void tablesSplitInsteadOfGrowingPast1024Slots(long seed) {
        SwissMap m = new SwissMap(GO_1_24, 0, new SplittableRandom(seed));
        for (int k = 0; k < 100_000; k++) {
            m.assign(k);
        }
        List<SwissGrowth.Event> events = m.drainEvents();
        List<SwissGrowth.Split> splits = new ArrayList<>();
        for (SwissGrowth.Event e : events) {
            if (e instanceof SwissGrowth.Grow g) {
                assertTrue(g.toCapacity() <= SwissGrowth.MAX_TABLE_CAPACITY, g.describe(Language.EN));
            } else if (e instanceof SwissGrowth.Split s) {
                splits.add(s);
                assertEquals(s.globalDepthBefore() + (s.fromLocalDepth() == s.globalDepthBefore() ? 1 : 0),
                        s.globalDepthAfter(), "the directory doubles exactly when localDepth == globalDepth");
                assertEquals(896, s.movedKeys(), "a table splits only when full: 1024·7/8 keys");
            }
        }
        // Each split turns one table into two; the map had one table before the first.
        assertEquals(1 + splits.size(), m.tableCount());
        assertTrue(m.tableCount() >= (100_000 + 895) / 896, "each table holds at most 896 keys");
        SwissMap.State state = m.state();
        assertTrue(state.tables().stream().allMatch(t -> t.capacity() == 1024));
        assertEquals(1 << m.globalDepth(), state.directory().size());
        m.checkInvariants();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void invariantsHoldOver100000RandomInsertsAndDeletes(long seed) {
        SplittableRandom ops = new SplittableRandom(seed);
        SwissMap m = new SwissMap(GO_1_24, ops.nextInt(2000), new SplittableRandom(seed * 31));
        Set<Long> reference = new HashSet<>();
        long tombstonesSeen = 0;
        long splits = 0;
        for (int i = 1; i <= 100_000; i++) {
            long key = ops.nextInt(40_000);
            if (ops.nextInt(10) < 6) {
                assertEquals(reference.add(key), m.assign(key), "assign " + key + " at write " + i);
            } else {
                assertEquals(reference.remove(key), m.delete(key), "delete " + key + " at write " + i);
            }
            assertEquals(reference.size(), m.used());
            for (SwissGrowth.Event e : m.drainEvents()) {
                tombstonesSeen += e instanceof SwissGrowth.Tombstone ? 1 : 0;
                splits += e instanceof SwissGrowth.Split ? 1 : 0;
            }
            if (i % 5000 == 0) {
                m.checkInvariants();
            }
        }
        m.checkInvariants();
        for (long k = 0; k < 40_000; k++) {
            assertEquals(reference.contains(k), m.contains(k), "key " + k);
        }
        assertTrue(tombstonesSeen > 0 && splits > 0, "the run should exercise tombstones and splits");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void deletingFromAFullGroupLeavesATombstoneThatReinsertingReuses(long seed) {
        SwissMap m = new SwissMap(GO_1_24, 16, new SplittableRandom(seed));
        long key = -1;
        for (long k = 0; key < 0; k++) {
            m.assign(k);
            key = keyInFullGroup(m.state());
        }
        Slot before = locate(m.state(), key);

        assertTrue(m.delete(key));
        Slot deleted = locate(m.state(), before.table, before.group, before.slot);
        assertEquals(DELETED, deleted.ctrl, "a full group keeps probes going, so the slot becomes a tombstone");
        assertEquals(before.growthLeft, deleted.growthLeft, "a tombstone still counts against growthLeft");
        assertEquals(1, m.tombstones());
        assertTrue(m.drainEvents().stream().anyMatch(e -> e instanceof SwissGrowth.Tombstone));

        assertTrue(m.assign(key));
        Slot reused = locate(m.state(), key);
        assertEquals(before.table, reused.table);
        assertEquals(before.group, reused.group);
        assertEquals(before.slot, reused.slot);
        assertEquals(before.growthLeft, reused.growthLeft, "reusing a tombstone costs no growthLeft");
        assertEquals(0, m.tombstones());
        m.checkInvariants();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void deletingFromAGroupWithAnEmptySlotFreesTheSlot(long seed) {
        SwissMap m = new SwissMap(GO_1_24, 100, new SplittableRandom(seed));
        for (long k = 0; k < 20; k++) {
            m.assign(k);
        }
        long key = -1;
        for (SwissMap.GroupState g : m.state().tables().get(0).groups()) {
            if (g.ctrls().contains(EMPTY) && g.keys().stream().anyMatch(k -> k != null)) {
                key = g.keys().stream().filter(k -> k != null).findFirst().orElseThrow();
                break;
            }
        }
        Slot before = locate(m.state(), key);
        assertTrue(m.delete(key));
        Slot after = locate(m.state(), before.table, before.group, before.slot);
        assertEquals(EMPTY, after.ctrl);
        assertEquals(before.growthLeft + 1, after.growthLeft);
        assertEquals(0, m.tombstones());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void churnAtConstantSizeGrowsTheTableBecauseTombstonesCountAgainstGrowthLeft(long seed) {
        // 100 keys in a 128-slot table; then delete the oldest and insert a fresh key, over and
        // over. Go 1.24 has no same-size rehash, so tombstones eventually force a grow (go.dev/issue/70886).
        SwissMap m = new SwissMap(GO_1_24, 0, new SplittableRandom(seed));
        for (long k = 0; k < 100; k++) {
            m.assign(k);
        }
        m.drainEvents();
        SwissGrowth.Grow grow = null;
        for (long k = 0; k < 50_000 && grow == null; k++) {
            m.delete(k);
            m.assign(k + 100);
            for (SwissGrowth.Event e : m.drainEvents()) {
                if (e instanceof SwissGrowth.Grow g) {
                    grow = g;
                }
            }
        }
        assertNotNull(grow, "the table should grow although the map never holds more than 100 keys");
        assertEquals(128, grow.fromCapacity());
        assertTrue(grow.used() < 100 && grow.tombstonesDropped() > 0, grow.describe(Language.EN));
        assertEquals(100, m.used());
        assertEquals(0, m.tombstones(), "grow re-inserts the keys and leaves the tombstones behind");
    }

    @Test
    void aSmallMapEmptiesDeletedSlotsInsteadOfLeavingTombstones() {
        SwissMap m = new SwissMap(GO_1_24, 8, new SplittableRandom(5));
        assertFalse(m.groupAllocated());
        for (long k = 0; k < 8; k++) {
            m.assign(k);
        }
        assertEquals(List.of(new SwissGrowth.GrowToSmall(1)), m.drainEvents());
        List<Long> slots = m.state().smallGroup().keys();
        m.delete(slots.get(5));
        m.delete(slots.get(2));
        SwissMap.GroupState g = m.state().smallGroup();
        assertEquals(EMPTY, g.ctrls().get(2));
        assertEquals(EMPTY, g.ctrls().get(5));
        assertFalse(g.ctrls().contains(DELETED));
        assertEquals(0, m.tombstones());

        m.assign(100);
        assertEquals(100L, m.state().smallGroup().keys().get(2), "putSlotSmall takes the lowest free slot");
        assertTrue(m.small());
    }

    @Test
    void assigningAnExistingKeyToAFullSmallMapStillConvertsItToATable() {
        SwissMap m = new SwissMap(GO_1_24, 0, new SplittableRandom(9));
        for (long k = 0; k < 8; k++) {
            m.assign(k);
        }
        assertTrue(m.small());
        // mapassign checks used < 8 before looking for the key (map.go leaves this as a TODO).
        assertFalse(m.assign(3));
        assertFalse(m.small());
        assertEquals(8, m.used());
        assertEquals(1, m.tableCount());
        assertEquals(2, m.groupCount());
        assertTrue(m.drainEvents().contains(new SwissGrowth.GrowToTable(9, 16)));
    }

    @Test
    void emptyingTheMapPicksANewSeed() {
        for (long hint : new long[] {0, 100}) {
            SwissMap m = new SwissMap(GO_1_24, hint, new SplittableRandom(3));
            m.assign(1);
            m.assign(2);
            m.delete(1);
            assertTrue(m.drainEvents().stream().noneMatch(e -> e instanceof SwissGrowth.SeedReset));
            m.delete(2);
            assertTrue(m.drainEvents().contains(new SwissGrowth.SeedReset(4)), "hint " + hint);
            assertTrue(m.assign(1));
            assertTrue(m.contains(1));
            m.checkInvariants();
        }
    }

    @Test
    void controlBytesAreEmptyDeletedOrTheSevenBitH2() {
        SwissMap m = new SwissMap(GO_1_24, 0, new SplittableRandom(4));
        for (long k = 0; k < 500; k++) {
            m.assign(k);
        }
        for (long k = 0; k < 500; k += 3) {
            m.delete(k);
        }
        SwissMap.State state = m.state();
        long full = 0;
        for (SwissMap.TableState t : state.tables()) {
            assertEquals(t.capacity() / 8, t.groups().size());
            for (SwissMap.GroupState g : t.groups()) {
                assertEquals(8, g.ctrls().size());
                for (int i = 0; i < 8; i++) {
                    int c = g.ctrls().get(i);
                    assertTrue(c == EMPTY || c == DELETED || c < 0x80, "ctrl " + c);
                    assertEquals(c < 0x80, g.keys().get(i) != null);
                    full += c < 0x80 ? 1 : 0;
                }
            }
        }
        assertEquals(m.used(), full);
    }

    @Test
    void onlyGo124IsModelled() {
        assertEquals("goVersion", assertThrows(SimulationInputException.class,
                () -> SwissGrowth.make(new GoVersion(1, 23), 10)).field());
        assertEquals("goVersion", assertThrows(SimulationInputException.class,
                () -> new SwissMap(new GoVersion(1, 25), 10, new SplittableRandom(1))).field());
        assertEquals("hint", assertThrows(SimulationInputException.class,
                () -> SwissGrowth.make(GO_1_24, -1)).field());
    }

    @Test
    void theTraceSaysWhereItsNumbersComeFrom() {
        List<String> trace = SwissGrowth.trace(SwissGrowth.schedule(GO_1_24, 0, 20).events(), Language.EN);
        assertEquals("Go 1.24 Swiss-table map, read from the Go 1.24 source, not verified on a toolchain here:",
                trace.get(0));
        assertEquals(List.of("write 1: growToSmall: the first assignment allocates the single 8-slot group (dirLen stays 0)",
                        "write 9: growToTable: the small group holds 8 keys, so they move into one table of 16 slots"
                                + " (2 groups); directory of 1, globalDepth 0",
                        "write 15: rehash → grow: the table at directory index 0 has growthLeft 0 (14 keys + 0 tombstones"
                                + " of 14) → 16 → 32 slots, keys re-inserted, tombstones gone"),
                trace.subList(1, trace.size()));
    }

    private record Slot(int table, int group, int slot, int ctrl, int growthLeft) {
    }

    private static long keyInFullGroup(SwissMap.State state) {
        for (SwissMap.TableState t : state.tables()) {
            for (SwissMap.GroupState g : t.groups()) {
                if (g.ctrls().stream().allMatch(c -> c < 0x80)) {
                    return g.keys().get(3);
                }
            }
        }
        return -1;
    }

    private static Slot locate(SwissMap.State state, long key) {
        for (SwissMap.TableState t : state.tables()) {
            for (SwissMap.GroupState g : t.groups()) {
                for (int i = 0; i < 8; i++) {
                    if (g.ctrls().get(i) < 0x80 && g.keys().get(i) == key) {
                        return new Slot(t.id(), g.index(), i, g.ctrls().get(i), t.growthLeft());
                    }
                }
            }
        }
        throw new AssertionError("key " + key + " not in any table");
    }

    private static Slot locate(SwissMap.State state, int table, int group, int slot) {
        SwissMap.TableState t = state.tables().stream().filter(x -> x.id() == table).findFirst().orElseThrow();
        return new Slot(table, group, slot, t.groups().get(group).ctrls().get(slot), t.growthLeft());
    }
}
