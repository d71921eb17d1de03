package dev.gopherdrill.simulation.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.SimulationInputException;

/** Golden values recorded on go1.19.8 linux/amd64 unless a test says "model". */
class GrowSliceTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);
    private static final GoVersion GO_1_17 = new GoVersion(1, 17);

    @ParameterizedTest(name = "elem size {0}: caps {1}")
    @CsvSource(delimiter = ';', textBlock = """
            8; 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120
            1; 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376
            """)
    void appendingOneByOneFromNilGoesThroughTheRecordedCaps(long size, String caps) {
        List<Long> expected = Arrays.stream(caps.split(" ")).map(Long::valueOf).toList();
        List<Long> actual = GrowSlice.capsAppendingOneByOne(GO_1_19, size, expected.get(expected.size() - 1));
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "[{0}]T len {1} cap {2} + {3} → cap {4}")
    @CsvSource(textBlock = """
            40,  32,  32,  1,  67
            100, 8,   8,   1,  17
            12,  512, 512, 1,  853
            8,   0,   0,   5,  6
            8,   3,   3,   4,  8
            8,   512, 512, 1,  848
            8,   2560, 2560, 1, 3408
            """)
    void oneAppendGivesTheRecordedCap(long size, long len, long cap, long add, long newCap) {
        assertEquals(newCap, GrowSlice.append(GO_1_19, size, len, cap, add).cap());
    }

    @Test
    void theTraceNamesFormulaSizeClassAndCap() {
        GrowSlice.Result r = GrowSlice.append(GO_1_19, 8, 4, 4, 5);
        assertEquals("cap 4, need 9 > 2×4 → newcap 9; 9×8 B = 72 B → size class 7 = 80 B → cap 80/8 = 10",
                GrowSlice.explain(r.growth(), 8, Language.EN));
    }

    @Test
    void anAppendThatFitsDoesNotGrow() {
        GrowSlice.Result r = GrowSlice.append(GO_1_19, 8, 3, 10, 7);
        assertEquals(10, r.len());
        assertEquals(10, r.cap());
        assertNull(r.growth());
    }

    @Test
    void zeroSizeElementsGetExactlyWhatIsNeeded() {
        GrowSlice.Result r = GrowSlice.append(GO_1_19, 0, 5, 5, 100);
        assertEquals(105, r.cap());
        assertEquals(GrowSlice.Rule.ZERO_SIZE, r.growth().rule());
    }

    @Test
    void largeAllocationsAreRoundedToWholePages() {
        // 5120 ints = 40960 B > 32 KiB: 5120 + (5120+768)/4 = 6592 → 52736 B → 7 pages = 57344 B → 7168
        GrowSlice.Result r = GrowSlice.append(GO_1_19, 8, 5120, 5120, 1);
        assertEquals(0, r.growth().sizeClass());
        assertEquals(57344, r.growth().allocatedBytes());
        assertEquals(7168, r.cap());
    }

    @Test
    void go117DoublesUpTo1024AndThenGrowsByAQuarter() {
        // model (1.17 is not installed here): threshold 1024 on the old cap, newcap += newcap/4
        assertEquals(List.of(512L, 1024L, 1280L, 1696L, 2304L, 3072L, 4096L, 5120L),
                GrowSlice.capsAppendingOneByOne(GO_1_17, 8, 5000).subList(9, 17));
    }

    @Test
    void fromGo122AMallocHeaderCostsPointerfulSlicesAboveHalfAKilobyte() {
        // model, read from Go 1.22's roundupsize(size, noscan); not verified on a toolchain here
        GoVersion go122 = new GoVersion(1, 22);
        GrowSlice.Result ptrs = GrowSlice.append(go122, 8, true, 512, 512, 1);
        assertEquals(847, ptrs.cap());
        assertTrue(ptrs.growth().mallocHeader());
        assertTrue(GrowSlice.explain(ptrs.growth(), 8, Language.EN).contains("+ 8 B malloc header"));
        assertEquals(848, GrowSlice.append(go122, 8, false, 512, 512, 1).cap(), "no pointers, no header");
        assertEquals(848, GrowSlice.append(new GoVersion(1, 21), 8, true, 512, 512, 1).cap(), "no header before 1.22");
        assertEquals(64, GrowSlice.append(go122, 8, true, 32, 32, 1).cap(), "512 B and below keep heap bits in the span");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            elemSize, -1, 0, 0, 1
            len,      8, -1, 0, 1
            cap,      8, 4, 3, 1
            add,      8, 0, 0, -1
            """)
    void badInputNamesTheField(String field, long size, long len, long cap, long add) {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> GrowSlice.append(GO_1_19, size, len, cap, add));
        assertEquals(field, e.field());
    }

    @Test
    void aResultBeyondMaxAllocIsThePanicGoRaises() {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> GrowSlice.append(GO_1_19, 1 << 20, 0, 0, 1L << 30));
        assertTrue(e.getMessage().contains("growslice: cap out of range"), e.getMessage());
    }

    @Test
    void sizeClassesRoundUpToTheNextClassAndNeverDown() {
        for (long n = 1; n <= 40000; n++) {
            long r = SizeClasses.roundUpSize(n);
            assertTrue(r >= n && r % 8 == 0, "roundupsize(" + n + ") = " + r);
            assertTrue(SizeClasses.roundUpSize(r) == r, "a class size rounds to itself: " + r);
        }
        assertEquals(80, SizeClasses.roundUpSize(72));
        assertEquals(32768, SizeClasses.roundUpSize(28673));
        assertEquals(40960, SizeClasses.roundUpSize(32769));
    }

    @Test
    void theSameSeedAlwaysGivesTheSameQuestion() {
        SliceAppendSimulation sim = new SliceAppendSimulation();
        Question a = sim.question(42, GO_1_19, Map.of());
        Question b = sim.question(42, GO_1_19, Map.of());
        assertEquals(a, b);
        assertTrue(a.accepts(a.answer()));
        assertTrue(!a.accepts(String.valueOf(Long.parseLong(a.answer()) + 1)));
    }

    @Test
    void narrowedRangesAreHonoured() {
        SliceAppendSimulation sim = new SliceAppendSimulation();
        for (long seed = 0; seed < 200; seed++) {
            Question q = sim.question(seed, GO_1_19, Map.of("elem", "[int64, byte]", "startLen", "3..5",
                    "startCap", "startLen..8", "add", "9"));
            long len = Long.parseLong(q.params().get("startLen"));
            long cap = Long.parseLong(q.params().get("startCap"));
            assertTrue(List.of("int64", "byte").contains(q.params().get("elem")));
            assertTrue(len >= 3 && len <= 5 && cap >= len && cap <= 8, q.params().toString());
            assertEquals("9", q.params().get("add"));
        }
    }

    @Test
    void aRangeOutsideTheParameterNamesIt() {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> new SliceAppendSimulation().question(1, GO_1_19, Map.of("add", "0..999999999")));
        assertEquals("params.add", e.field());
    }
}
