package dev.gopherdrill.simulation.gc;

import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.line;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gopherdrill.simulation.gc.PacerSimulation.PacerState;
import dev.gopherdrill.simulation.gc.TriColor.Colour;
import dev.gopherdrill.simulation.gc.TriColor.MarkState;
import dev.gopherdrill.simulation.gc.TriColor.ObjectState;
import dev.gopherdrill.simulation.gc.TriColor.RootState;

/**
 * Phone-width SVG pictures of one trace step, drawn with {@link dev.gopherdrill.simulation.Svg}.
 *
 * Marking: the roots in a row on top (globals, then main's stack slots, each marked scanned or
 * not), the objects below in rows of four, a line from each pointer to its target labelled with
 * the field; white objects are outlined, grey ones filled with {@code --warn}, black ones with
 * {@code --accent} (the page has no black that text stays readable on), and the colour is also
 * written in the box. Under them: the grey work queue, hidden objects and what the sweep freed.
 *
 * Pacer: one bar from 0 to the goal (or the memory limit, if higher), with heapMarked, the trigger
 * window and the goal marked, and the numbers written out.
 */
public final class GcPicture {

    private static final int COLUMNS = 4;
    private static final double BOX_W = 96;
    private static final double BOX_H = 40;
    private static final double ROOT_Y = 36;
    private static final double OBJECTS_Y = 130;
    private static final double ROW_H = 100;

    private GcPicture() {
    }

    public static String svg(MarkState s) {
        int rows = (s.objects().size() + COLUMNS - 1) / COLUMNS;
        double bottom = OBJECTS_Y + rows * ROW_H;
        StringBuilder svg = open((int) bottom + 90, "GC marking, step " + s.step() + ": " + s.grey().size()
                + " grey objects");
        svg.append(text(10, 20, "step " + s.step() + " · " + s.phase() + " · barrier: " + s.barrier()));
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < s.objects().size(); i++) {
            at.put(s.objects().get(i).name(), new double[] {20 + (i % COLUMNS) * (WIDTH - 40) / COLUMNS,
                    OBJECTS_Y + (i / COLUMNS) * ROW_H});
        }
        double rootW = (WIDTH - 20) / (double) Math.max(1, s.roots().size());
        for (int i = 0; i < s.roots().size(); i++) {
            RootState r = s.roots().get(i);
            double x = 10 + i * rootW;
            svg.append(rect(x, ROOT_Y, rootW - 12, 30, r.scanned() ? "var(--accent)" : "none"));
            svg.append(text(x + 6, ROOT_Y + 20, r.name() + (r.kind().equals("stack") ? " (stack)" : "")
                    + (r.scanned() ? " ✓" : "")));
            if (r.target() != null) {
                double[] t = at.get(r.target());
                svg.append(line(x + (rootW - 12) / 2, ROOT_Y + 30, t[0] + BOX_W / 2, t[1], "var(--border)"));
            }
        }
        for (ObjectState o : s.objects()) {
            double[] p = at.get(o.name());
            edge(svg, p, at.get(o.l()), "l", o.name().equals(o.l()));
            edge(svg, p, at.get(o.r()), "r", o.name().equals(o.r()));
        }
        for (ObjectState o : s.objects()) {
            double[] p = at.get(o.name());
            svg.append(rect(p[0], p[1], BOX_W, BOX_H, fill(o.colour())));
            String label = o.name() + " · " + o.colour().name().toLowerCase(Locale.ROOT)
                    + (s.freed().contains(o.name()) ? " · freed" : "");
            svg.append(text(p[0] + 6, p[1] + 25, label));
        }
        svg.append(text(10, bottom + 10, "grey (work queue): " + list(s.grey())));
        svg.append(text(10, bottom + 32, "hidden from the collector: " + list(s.hidden())));
        svg.append(text(10, bottom + 54, "freed by the sweep: " + (s.phase().equals("swept") ? list(s.freed())
                : "(marking not over)")));
        svg.append(text(10, bottom + 76, "outline = white, --warn fill = grey, --accent fill = black; ✓ = root scanned"));
        return svg.append("</svg>").toString();
    }

    private static void edge(StringBuilder svg, double[] from, double[] to, String field, boolean self) {
        if (to == null) {
            return;
        }
        double x1 = from[0] + (field.equals("l") ? BOX_W * 0.3 : BOX_W * 0.7);
        double y1 = from[1] + BOX_H;
        if (self) {
            svg.append(text(x1 - 4, y1 + 16, field + "↺"));
            return;
        }
        double x2 = to[0] + BOX_W / 2;
        double y2 = to[1] + (to[1] > from[1] ? 0 : BOX_H);
        svg.append(line(x1, y1, x2, y2, "var(--fg)"));
        svg.append(text(x1 + (x2 - x1) * 0.25 + 3, y1 + (y2 - y1) * 0.25 + 4, field));
    }

    private static String fill(Colour c) {
        return switch (c) {
            case WHITE -> "none";
            case GREY -> "var(--warn)";
            case BLACK -> "var(--accent)";
        };
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(" ", names);
    }

    public static String svg(PacerState s) {
        StringBuilder svg = open(200, "GC pacer: heap goal " + (s.goal() == null ? "none" : s.goal()) + " bytes");
        svg.append(text(10, 20, "heapMarked " + mib(s.heapMarked()) + " · stacks " + s.stackScan() + " B · globals "
                + s.globalsScan() + " B · GOGC " + s.gogc() + " · limit " + (s.memoryLimit().equals("off") ? "off"
                : mib(Long.parseLong(s.memoryLimit())))));
        boolean huge = s.goal() == null || s.goal() > Pacer.MAX_BYTES;
        if (huge) {
            svg.append(text(10, 70, "no practical goal: " + (s.goal() == null ? "NextGC = ^uint64(0)"
                    : "NextGC = " + s.goal() + " (about 2^63)")));
            svg.append(text(10, 95, "nothing but runtime.GC() starts a cycle; no 2-minute forced GC with GOGC=off"));
            return svg.append("</svg>").toString();
        }
        double scale = (WIDTH - 40) / (double) Math.max(1, s.goal());
        double y = 50;
        svg.append(rect(20, y, s.heapMarked() * scale, 30, "var(--accent)"));
        if (s.minTrigger() != null && s.maxTrigger() > s.minTrigger()) {
            svg.append(rect(20 + s.minTrigger() * scale, y, (s.maxTrigger() - s.minTrigger()) * scale, 30,
                    "var(--warn)"));
        }
        svg.append(line(20 + s.goal() * scale, y - 8, 20 + s.goal() * scale, y + 38, "var(--bad)"));
        svg.append(text(10, 110, "marked heap (accent) · trigger window (warn) · goal (red line)"));
        svg.append(text(10, 135, "goal " + s.goal() + " B (" + mib(s.goal()) + ") set by " + s.regime()
                .toLowerCase(Locale.ROOT).replace('_', ' ')));
        if (s.minTrigger() != null) {
            svg.append(text(10, 160, "next cycle starts between " + mib(s.minTrigger()) + " and " + mib(s.maxTrigger())));
        }
        if (s.gogcGoal() != null || s.memoryGoal() != null) {
            svg.append(text(10, 185, "GOGC goal " + (s.gogcGoal() == null ? "none" : mib(s.gogcGoal()))
                    + " · memory-limit goal " + (s.memoryGoal() == null ? "n/a" : s.memoryGoal() > Pacer.MAX_BYTES
                    ? "≈2^63" : mib(s.memoryGoal()))));
        }
        return svg.append("</svg>").toString();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0);
    }
}
