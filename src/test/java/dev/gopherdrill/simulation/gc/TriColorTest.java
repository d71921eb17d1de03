package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.gc.TriColor.Action;
import dev.gopherdrill.simulation.gc.TriColor.Barrier;
import dev.gopherdrill.simulation.gc.TriColor.Field;
import dev.gopherdrill.simulation.gc.TriColor.Graph;
import dev.gopherdrill.simulation.gc.TriColor.Nil;
import dev.gopherdrill.simulation.gc.TriColor.Read;
import dev.gopherdrill.simulation.gc.TriColor.ScanGlobals;
import dev.gopherdrill.simulation.gc.TriColor.ScanObject;
import dev.gopherdrill.simulation.gc.TriColor.ScanStack;
import dev.gopherdrill.simulation.gc.TriColor.Slot;
import dev.gopherdrill.simulation.gc.TriColor.Write;

class TriColorTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    /**
     * The textbook loss: g1 = A, A.l = B, B.l = C. The collector blackens A; the mutator copies
     * B.l into a black object's field (A.r = C) and deletes B.l; B is scanned and finds nothing.
     */
    private static MarkScenario hiding(Barrier barrier) {
        Graph g = new Graph(List.of("A", "B", "C"), new int[][] {{B, -1}, {C, -1}, {-1, -1}}, new int[] {A},
                new int[] {-1, -1});
        List<Action> schedule = List.of(new ScanGlobals(), new ScanStack(), new ScanObject(A),
                new Write(new Field(A, 1), new Read(new Field(B, 0))), new Write(new Field(B, 0), new Nil()),
                new ScanObject(B));
        return new MarkScenario(g, barrier, schedule);
    }

    @ParameterizedTest(name = "{0}: freed [{1}], lost [{2}]")
    @CsvSource(textBlock = """
            NONE,     C, C
            DIJKSTRA, '', ''
            YUASA,    '', ''
            HYBRID,   '', ''
            """)
    void theTextbookInterleavingLosesCOnlyWithoutABarrier(Barrier barrier, String freed, String lost) {
        MarkScenario s = barrier == Barrier.YUASA ? yuasa(hiding(barrier)) : hiding(barrier);
        MarkScenario.Run run = s.run();
        assertEquals(freed, String.join(" ", run.freed()));
        assertEquals(lost, String.join(" ", run.lost()));
        assertEquals(List.of(), run.unreachable());
    }

    /** Yuasa's snapshot scans the roots at mark start, so the schedule has no root scans. */
    private static MarkScenario yuasa(MarkScenario s) {
        return new MarkScenario(s.graph(), Barrier.YUASA, s.schedule().subList(2, s.schedule().size()));
    }

    @ParameterizedTest(name = "hybrid, after step {0}: A {1}, B {2}, C {3}")
    @CsvSource(textBlock = """
            0, WHITE, WHITE, WHITE
            1, GREY,  WHITE, WHITE
            2, GREY,  WHITE, WHITE
            3, BLACK, GREY,  WHITE
            4, BLACK, GREY,  WHITE
            5, BLACK, GREY,  GREY
            6, BLACK, BLACK, GREY
            """)
    void colourAfterEachStepOfTheHybridRun(int step, String a, String b, String c) {
        TriColor.MarkState s = hiding(Barrier.HYBRID).run().after(step);
        assertEquals(List.of(a, b, c), s.objects().stream().map(o -> o.colour().name()).toList());
    }

    @ParameterizedTest(name = "{0}: moving C from B.l to a stack slot after the stack scan frees [{1}]")
    @CsvSource(textBlock = """
            NONE,     C
            DIJKSTRA, ''
            HYBRID,   ''
            """)
    void aStackWriteHasNoBarrierButTheDeletionOrTheRescanCatchesIt(Barrier barrier, String freed) {
        Graph g = new Graph(List.of("A", "B", "C"), new int[][] {{B, -1}, {C, -1}, {-1, -1}}, new int[] {A},
                new int[] {-1, -1});
        List<Action> schedule = List.of(new ScanStack(), new ScanGlobals(),
                new Write(new Slot(0), new Read(new Field(B, 0))), new Write(new Field(B, 0), new Nil()),
                new ScanObject(A), new ScanObject(B));
        assertEquals(freed, String.join(" ", new MarkScenario(g, barrier, schedule).run().freed()));
    }

    @ParameterizedTest(name = "{0} cannot be applied at mark start")
    @CsvSource(textBlock = """
            scan of a white object
            """)
    void theCollectorOnlyScansGreyObjects(String what) {
        TriColor m = new TriColor(hiding(Barrier.HYBRID).graph(), Barrier.HYBRID);
        m.start();
        assertThrows(IllegalArgumentException.class, () -> m.apply(new ScanObject(A)), what);
    }
}
