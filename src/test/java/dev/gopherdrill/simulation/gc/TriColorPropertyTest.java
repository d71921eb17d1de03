package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.gc.TriColor.Barrier;

/**
 * The claims the marking model exists to show, checked over thousands of random schedules
 * (graphs with cycles, 3–8 objects, 1–24 steps; every step also checks {@link TriColor}'s
 * invariants): the hybrid barrier, Dijkstra with a stack re-scan and Yuasa with a snapshot never
 * free an object that is reachable when marking ends; without a barrier the model finds one.
 */
class TriColorPropertyTest {

    static final int SCHEDULES = 5_000;

    @ParameterizedTest(name = "the {0} barrier never frees a reachable object")
    @EnumSource(value = Barrier.class, names = {"HYBRID", "DIJKSTRA", "YUASA"})
    void aCorrectBarrierNeverFreesAnObjectReachableAtTheEndOfMarking(Barrier barrier) {
        SplittableRandom r = new SplittableRandom(barrier.ordinal() * 7919L + 17);
        int floating = 0;
        for (int i = 0; i < SCHEDULES; i++) {
            MarkScenario s = MarkScenario.draw(r, barrier, 3 + r.nextInt(6), 1 + r.nextInt(24));
            MarkScenario.Run run = s.run();
            assertTrue(run.lost().isEmpty(), () -> "lost " + run.lost() + "\n" + dump(run.trace()));
            assertTrue(run.unreachable().containsAll(run.freed()), () -> dump(run.trace()));
            floating += run.unreachable().size() - run.freed().size();
        }
        // Floating garbage exists (objects unlinked after they were shaded): the barrier is conservative.
        assertTrue(floating > 0, "no floating garbage in " + SCHEDULES + " schedules");
    }

    @Test
    void withoutABarrierTheModelFindsALiveObjectItFrees() {
        SplittableRandom r = new SplittableRandom(1);
        List<MarkScenario.Run> losing = new ArrayList<>();
        for (int i = 0; i < SCHEDULES; i++) {
            MarkScenario.Run run = MarkScenario.draw(r, Barrier.NONE, 3 + r.nextInt(6), 1 + r.nextInt(24)).run();
            if (!run.lost().isEmpty()) {
                losing.add(run);
            }
        }
        assertFalse(losing.isEmpty(), "no counter-example in " + SCHEDULES + " schedules");
        MarkScenario.Run first = losing.get(0);
        System.out.println("gc.mark: without a barrier " + losing.size() + " of " + SCHEDULES
                + " random schedules lose a live object; the first loses " + first.lost() + ":\n" + dump(first.trace()));
    }

    static String dump(List<Step> trace) {
        StringBuilder sb = new StringBuilder();
        trace.forEach(s -> sb.append("  ").append(s.text()).append('\n'));
        return sb.toString();
    }
}
