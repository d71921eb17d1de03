package dev.gopherdrill.simulation.gc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Step;

class GcPictureTest {

    @Test
    void aMarkingStepShowsObjectsColoursRootsAndTheGreyQueue() {
        Question q = new MarkSimulation().question(3, GoVersion.VERIFIED, Map.of("ask", "[lost]"));
        for (Step s : q.trace()) {
            String svg = GcPicture.svg((TriColor.MarkState) s.state(), Language.EN);
            assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
            assertTrue(svg.contains("A · ") && svg.contains("g1") && svg.contains("s1 (stack)"), svg);
            assertTrue(svg.contains("grey (work queue)") && svg.contains("freed by the sweep"), svg);
        }
        String last = GcPicture.svg((TriColor.MarkState) q.trace().get(q.trace().size() - 1).state(), Language.EN);
        assertTrue(last.contains("· freed"), last);
    }

    @Test
    void aPacerStepShowsTheGoalAndTheTriggerWindow() {
        Question q = new PacerSimulation().question(1, GoVersion.VERIFIED, Map.of("ask", "[goal]", "gogc", "100"));
        String svg = GcPicture.svg((PacerSimulation.PacerState) q.trace().get(0).state(), Language.EN);
        assertTrue(svg.contains("heapMarked") && svg.contains("goal ") && svg.contains("next cycle starts between"), svg);
        Question off = new PacerSimulation().question(2, GoVersion.VERIFIED, Map.of("ask", "[off]"));
        assertTrue(GcPicture.svg((PacerSimulation.PacerState) off.trace().get(0).state(), Language.EN).contains("NextGC"));
    }

    @Test
    void theLegendNamesEachColourInWordsBesideASwatchNotByItsCssVariable() {
        Question q = new MarkSimulation().question(3, GoVersion.VERIFIED, Map.of("ask", "[lost]"));
        String svg = GcPicture.svg((TriColor.MarkState) q.trace().get(0).state(), Language.EN);
        assertFalse(svg.contains("--warn fill") || svg.contains("--accent fill"), svg);
        assertTrue(svg.contains("white: not reached") && svg.contains("grey: to scan")
                && svg.contains("black: scanned"), svg);
        String zh = GcPicture.svg((TriColor.MarkState) q.trace().get(0).state(), Language.ZH);
        assertTrue(zh.contains("灰：待扫描") && zh.contains("工作队列") && zh.contains("（栈）"), zh);
        assertFalse(zh.contains("work queue") || zh.contains("(stack)"), zh);
    }

    @Test
    void aPointerBetweenTwoObjectsOfOneRowBowsBelowTheRowInsteadOfRunningAlongIt() {
        TriColor.MarkState s = new TriColor.MarkState(0, "hybrid", "marking",
                java.util.List.of(new TriColor.ObjectState("A", TriColor.Colour.WHITE, "B", "C"),
                        new TriColor.ObjectState("B", TriColor.Colour.WHITE, "C", null),
                        new TriColor.ObjectState("C", TriColor.Colour.WHITE, null, null)),
                java.util.List.of(new TriColor.RootState("g1", "global", "A", false)),
                java.util.List.of(), java.util.List.of(), java.util.List.of());
        String svg = GcPicture.svg(s, Language.EN);
        // three same-row edges (A.l, A.r, B.l), each its own curve, each with an arrowhead
        assertTrue(svg.split("<path d=\"M", -1).length - 1 == 3, svg);
        assertTrue(svg.split("<polygon", -1).length - 1 == 4, svg);
    }
}
