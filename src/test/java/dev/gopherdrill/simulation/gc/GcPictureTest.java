package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Step;

class GcPictureTest {

    @Test
    void aMarkingStepShowsObjectsColoursRootsAndTheGreyQueue() {
        Question q = new MarkSimulation().question(3, GoVersion.VERIFIED, Map.of("ask", "[lost]"));
        for (Step s : q.trace()) {
            String svg = GcPicture.svg((TriColor.MarkState) s.state());
            assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
            assertTrue(svg.contains("A · ") && svg.contains("g1") && svg.contains("s1 (stack)"), svg);
            assertTrue(svg.contains("grey (work queue)") && svg.contains("freed by the sweep"), svg);
        }
        String last = GcPicture.svg((TriColor.MarkState) q.trace().get(q.trace().size() - 1).state());
        assertTrue(last.contains("· freed"), last);
    }

    @Test
    void aPacerStepShowsTheGoalAndTheTriggerWindow() {
        Question q = new PacerSimulation().question(1, GoVersion.VERIFIED, Map.of("ask", "[goal]", "gogc", "100"));
        String svg = GcPicture.svg((PacerSimulation.PacerState) q.trace().get(0).state());
        assertTrue(svg.contains("heapMarked") && svg.contains("goal ") && svg.contains("next cycle starts between"), svg);
        Question off = new PacerSimulation().question(2, GoVersion.VERIFIED, Map.of("ask", "[off]"));
        assertTrue(GcPicture.svg((PacerSimulation.PacerState) off.trace().get(0).state()).contains("NextGC"));
    }
}
