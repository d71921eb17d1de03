package dev.gopherdrill.simulation.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.SimulationInputException;

/** Golden values recorded on go1.19.8 linux/amd64 (reading hmap.B through unsafe). */
class MapModelTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    @ParameterizedTest(name = "make(map, {0}) → B = {1}")
    @CsvSource(textBlock = """
            0, 0
            8, 0
            9, 1
            13, 1
            14, 2
            26, 2
            27, 3
            100, 4
            104, 4
            105, 5
            1664, 8
            1665, 9
            """)
    void makeChoosesTheSmallestBThatHoldsTheHint(long hint, int b) {
        assertEquals(b, MapGrowth.makeB(hint));
        assertEquals(b > 0, MapGrowth.bucketsAllocatedAtMake(hint));
    }

    @Test
    void anEmptyMapGrowsAtTheRecordedInserts() {
        List<MapGrowth.Grow> grows = MapGrowth.grows(GO_1_19, 0, 20000);
        assertEquals(List.of(9L, 14L, 27L, 53L, 105L, 209L, 417L, 833L, 1665L, 3329L, 6657L, 13313L),
                grows.stream().map(MapGrowth.Grow::atInsert).toList());
        assertEquals(new MapGrowth.Grow(9, 0, 1, false), grows.get(0));
        assertEquals(12, MapGrowth.finalB(GO_1_19, 0, 20000));
    }

    @Test
    void aHintOnlyMovesTheFirstGrow() {
        assertEquals(List.of(new MapGrowth.Grow(105, 4, 5, false)), MapGrowth.grows(GO_1_19, 100, 150));
        assertEquals(List.of(), MapGrowth.grows(GO_1_19, 100, 104));
    }

    @Test
    void swissTableReleasesAreRefusedByTheBucketModel() {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> MapGrowth.grows(new GoVersion(1, 24), 0, 10));
        assertEquals("goVersion", e.field());
    }

    @Test
    void theBucketSimulationGrowsExactlyWhereTheClosedFormSays() {
        for (long seed = 0; seed < 20; seed++) {
            Hmap m = new Hmap(seed * 7, new SplittableRandom(seed));
            int b = m.b();
            for (long k = 0; k < 4000; k++) {
                m.assign(k);
                if (m.b() != b) {
                    assertEquals(MapGrowth.firstOverloadedCount(b), k + 1, "seed " + seed);
                    b = m.b();
                }
                assertFalse(m.sameSizeGrow(), "inserts alone never need a same-size grow");
            }
            assertEquals(MapGrowth.finalB(GO_1_19, seed * 7, 4000), m.b());
        }
    }

    @Test
    void updatingAnExistingKeyNeverGrows() {
        Hmap m = new Hmap(0, new SplittableRandom(1));
        for (long k = 0; k < 8; k++) {
            assertTrue(m.assign(k));
        }
        for (int i = 0; i < 100; i++) {
            assertFalse(m.assign(3));
        }
        assertEquals(0, m.b());
        assertEquals(8, m.count());
    }

    @Test
    void evacuationTakesBetweenHalfAndAllOfTheOldBucketCountInWrites() {
        Hmap m = new Hmap(0, new SplittableRandom(7));
        long writes = 0;
        long startedAt = -1;
        int oldBuckets = 0;
        for (long k = 0; k < 30000; k++) {
            boolean wasGrowing = m.growing();
            int b = m.b();
            m.assign(k);
            writes++;
            if (m.b() != b) {
                startedAt = writes;
                oldBuckets = 1 << b;
            }
            if ((wasGrowing || m.b() != b) && !m.growing()) {
                long took = writes - startedAt + 1;
                assertTrue(took >= (oldBuckets + 1) / 2 && took <= oldBuckets,
                        oldBuckets + " old buckets evacuated in " + took + " writes");
            }
        }
    }

    @Test
    void churnAtAConstantSizeEndsInASameSizeGrowAndNeverShrinks() {
        Hmap m = new Hmap(0, new SplittableRandom(3));
        long next = 0;
        for (; next < 1000; next++) {
            m.assign(next);
        }
        assertEquals(8, m.b());
        boolean sameSize = false;
        for (int round = 0; round < 3000 && !sameSize; round++) {
            for (long k = next - 1000; k < next; k++) {
                m.delete(k);
            }
            assertEquals(8, m.b(), "deleting every key keeps B");
            for (int i = 0; i < 1000 && !sameSize; i++) {
                m.assign(next++);
                sameSize = m.sameSizeGrow();
            }
        }
        assertTrue(sameSize, "overflow buckets pile up until a same-size grow re-packs them");
        assertEquals(8, m.b());
    }

    @Test
    void questionsAreDeterministicAndTheirTraceEndsAtTheAnswer() {
        MapGrowSimulation sim = new MapGrowSimulation();
        // up to 3,000 inserts the trace pictures every bucket
        Map<String, String> pictured = Map.of("ask", "B", "inserts", "100..3000");
        Question q = sim.question(99, GO_1_19, pictured);
        assertEquals(q, sim.question(99, GO_1_19, pictured));
        assertTrue(q.trace().get(q.trace().size() - 1).text().contains("B = " + q.answer()));
        MapGrowSimulation.State last = (MapGrowSimulation.State) q.trace().get(q.trace().size() - 1).state();
        assertEquals(Integer.parseInt(q.answer()), last.b());
        assertEquals(1 << last.b(), last.chains().size());
    }
}
