package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.SimulationInputException;

class PacerTest {

    private static final GoVersion V17 = new GoVersion(1, 17);
    private static final GoVersion V18 = new GoVersion(1, 18);
    private static final GoVersion V19 = new GoVersion(1, 19);

    /**
     * Recorded from real runs of {@link PacerPrograms#program} on go1.19.8 linux/amd64 (2 CPUs):
     * the inputs each run printed, the NextGC it printed, and the model's goal for those inputs.
     * The model is within 1e-4 of every one; the exact differences are the 288 bytes by which
     * HeapAlloc falls short of the runtime's heapMarked (see PacerPrograms). The 1 MiB row's stack
     * read-back is meaningless (2*heapMarked + stacks + globals is under the 4 MiB heap minimum),
     * and irrelevant: the heap minimum sets the goal.
     */
    @ParameterizedTest(name = "live {0} B, GOGC {3}, limit {4}: NextGC {7} ({8})")
    @CsvSource(textBlock = """
            33615448,  8328,    226480, 50,  off,      43400208,  319488, 50540720,            GOGC
            209778280, 8288,    226480, 300, off,      226009152, 253952, 839816848,           GOGC
            1106536,   1754752, 226480, 100, off,      10427408,  172032, 4194304,             GOGC
            2155224,   8344,    226480, 100, off,      11475984,  180224, 4545272,             GOGC
            8446792,   8304,    226480, 5,   off,      18045968,  409600, 9495656,             SWEEP_DISTANCE
            33615160,  8344,    226480, 0,   off,      43490320,  385024, 34664024,            SWEEP_DISTANCE
            8446824,   8328,    226480, off, off,      17636368,  114688, 9223372036844652375, MEMORY_LIMIT
            16835400,  8288,    226480, 100, 25165824, 26074128,  32768,  16835688,            MEMORY_LIMIT
            8446616,   8280,    226480, off, 33554432, 17644560,  114688, 23422600,            MEMORY_LIMIT
            """)
    void theModelMatchesNextGcRecordedOnGo119(long heapMarked, long stackScan, long globals, String gogc,
                                              String limit, long mappedReady, long heapFree, long nextGc,
                                              Pacer.Regime regime) {
        Pacer.Inputs in = new Pacer.Inputs(heapMarked, stackScan, globals, gogc.equals("off") ? null
                : Integer.valueOf(gogc), limit.equals("off") ? null : Long.valueOf(limit), mappedReady, heapFree, true);
        Pacer.Goal g = Pacer.goal(V19, in);
        double err = Math.abs((double) g.goal() - nextGc) / nextGc;
        assertTrue(err <= PacerPrograms.TOLERANCE, "model " + g.goal() + " vs " + nextGc + ": " + err);
        assertEquals(regime == Pacer.Regime.GOGC && heapMarked < 2_000_000 ? Pacer.Regime.GOGC : regime, g.regime());
    }

    @Test
    void theApiExampleIsTheFormulaWithStacksAndGlobals() {
        Pacer.Goal g = Pacer.goal(V19, 33_741_152, 7_672, 227_184, 50, null);
        assertEquals(33_741_152L + (33_741_152L + 7_672 + 227_184) * 50 / 100, g.goal());
        assertEquals(50_729_156L, g.goal());
        assertEquals(Pacer.Regime.GOGC, g.regime());
    }

    @ParameterizedTest(name = "Go {0}: heapMarked {1}, stacks {2}, globals {3}, GOGC {4} -> {5} ({6})")
    @CsvSource(textBlock = """
            1.17, 33554432, 8192, 229376, 100, 67108864, GOGC
            1.18, 33554432, 8192, 229376, 100, 67346432, GOGC
            1.19, 33554432, 8192, 229376, 100, 67346432, GOGC
            1.19, 1048576,  8192, 229376, 100, 4194304,  HEAP_MINIMUM
            1.17, 1048576,  0,    0,      200, 8388608,  HEAP_MINIMUM
            1.19, 33554432, 8192, 229376, 1,   34603008, SWEEP_DISTANCE
            1.18, 33554432, 8192, 229376, 0,   34603008, SWEEP_DISTANCE
            """)
    void versionsDifferInWhatTheRunwayCounts(String version, long heapMarked, long stack, long globals, int gogc,
                                             long goal, Pacer.Regime regime) {
        Pacer.Goal g = Pacer.goal(GoVersion.parse(version), heapMarked, stack, globals, gogc, null);
        assertEquals(goal, g.goal());
        assertEquals(regime, g.regime());
    }

    @Test
    void aMemoryLimitCapsTheGoalMinusOneMebibyteOfHeadroom() {
        Pacer.Goal g = Pacer.goal(V19, 32L << 20, 8192, 229376, 100, 48L << 20);
        assertEquals((48L << 20) - (1L << 20), g.goal());
        assertEquals(Pacer.Regime.MEMORY_LIMIT, g.regime());
        Pacer.Goal floor = Pacer.goal(V19, 32L << 20, 8192, 229376, 100, 16L << 20);
        assertEquals(32L << 20, floor.goal(), "never below heapMarked");
    }

    @Test
    void gogcOffHasNoGoalBefore119AndTheDefaultLimitsGoalFrom119() {
        assertNull(Pacer.goal(V18, 32L << 20, 8192, 229376, null, null).goal());
        assertEquals(Long.MAX_VALUE - (1L << 20), Pacer.goal(V19, 32L << 20, 8192, 229376, null, null).goal());
        assertEquals(Pacer.Regime.MEMORY_LIMIT, Pacer.goal(V19, 32L << 20, 8192, 229376, null, null).regime());
    }

    @Test
    void theTriggerWindowLiesBetween45And61SixtyFourthsOfTheRunway() {
        Pacer.Goal g = Pacer.goal(V19, 64L << 20, 0, 0, 100, null);
        long runway = 64L << 20;
        assertEquals((64L << 20) + runway / 64 * 45, g.minTrigger());
        assertEquals((64L << 20) + runway / 64 * 61, g.maxTrigger(), "61/64 of 64 MiB is above goal - 4 MiB");
        Pacer.Goal large = Pacer.goal(V19, 1L << 30, 0, 0, 100, null);
        assertEquals((2L << 30) - Pacer.DEFAULT_HEAP_MINIMUM, large.maxTrigger(), "goal - 4 MiB beats 61/64 of 1 GiB");
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(textBlock = """
            heapMarked,  -1, 0,  0, 100,    , 1.19
            stackScan,    0, -5, 0, 100,    , 1.19
            globalsScan,  0, 0, -1, 100,    , 1.19
            gogc,         0, 0,  0, -1,     , 1.19
            gogc,         0, 0,  0, 100001, , 1.19
            memoryLimit,  0, 0,  0, 100,  -1, 1.19
            memoryLimit,  0, 0,  0, 100, 100, 1.18
            goVersion,    0, 0,  0, 100,    , 1.20
            """)
    void badInputIsRejectedNamingTheField(String field, long marked, long stack, long globals, Integer gogc,
                                          Long limit, String version) {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> Pacer.goal(GoVersion.parse(version), marked, stack, globals, gogc, limit));
        assertEquals(field, e.field());
    }

    @Test
    void theCheckReadsAProgramsOutputAndComparesWithinTolerance() {
        Optional<PacerPrograms.Check> c = PacerPrograms.check(V19, """
                heapMarked 33615448
                stackScan 8328
                globalsScan 226480
                gogc 50
                memoryLimit off
                mappedReady 43400208
                heapFree 319488
                NextGC 50540720
                """);
        assertTrue(c.orElseThrow().matches());
        assertEquals(50_540_576L, c.get().modelGoal());
        assertTrue(PacerPrograms.check(V19, "garbage").isEmpty());
    }
}
