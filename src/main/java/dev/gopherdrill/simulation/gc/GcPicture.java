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

import dev.gopherdrill.simulation.Language;
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

    public static String svg(MarkState s, Language language) {
        int rows = (s.objects().size() + COLUMNS - 1) / COLUMNS;
        double bottom = OBJECTS_Y + rows * ROW_H;
        StringBuilder svg = open((int) bottom + 124, Texts.PIC_LABEL.in(language, s.step(), s.grey().size()));
        svg.append(text(10, 20, Texts.PIC_HEADER.in(language, s.step(), phase(s.phase(), language), s.barrier())));
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
            svg.append(text(x + 6, ROOT_Y + 20, r.name() + (r.kind().equals("stack") ? Texts.STACK.in(language) : "")
                    + (r.scanned() ? " ✓" : "")));
            if (r.target() != null) {
                double[] t = at.get(r.target());
                svg.append(arrow(x + (rootW - 12) / 2, ROOT_Y + 30, t[0] + BOX_W / 2, t[1], "var(--border)"));
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
            String label = o.name() + " · " + colour(o.colour(), language)
                    + (s.freed().contains(o.name()) ? Texts.FREED_MARK.in(language) : "");
            svg.append(text(p[0] + 6, p[1] + 25, label));
        }
        svg.append(text(10, bottom + 10, Texts.GREY_QUEUE.in(language, list(s.grey(), language))));
        svg.append(text(10, bottom + 32, Texts.HIDDEN.in(language, list(s.hidden(), language))));
        svg.append(text(10, bottom + 54, Texts.FREED.in(language, s.phase().equals("swept")
                ? list(s.freed(), language) : Texts.NOT_OVER.in(language))));
        legend(svg, bottom + 70, language);
        return svg.append("</svg>").toString();
    }

    /** A swatch of each fill with its colour's name, then what the tick on a root means. */
    private static void legend(StringBuilder svg, double y, Language language) {
        double x = 10;
        for (Colour c : Colour.values()) {
            svg.append(rect(x, y, 16, 16, fill(c)));
            String word = Texts.LEGEND.in(language, colour(c, language), meaning(c, language));
            svg.append(text(x + 22, y + 13, word));
            x += 22 + word.length() * (language == Language.ZH ? 15 : 8) + 18;
        }
        svg.append(text(10, y + 40, Texts.TICK.in(language)));
    }

    private static String colour(Colour c, Language language) {
        return switch (c) {
            case WHITE -> Texts.WHITE.in(language);
            case GREY -> Texts.GREY.in(language);
            case BLACK -> Texts.BLACK.in(language);
        };
    }

    private static String meaning(Colour c, Language language) {
        return switch (c) {
            case WHITE -> Texts.WHITE_MEANS.in(language);
            case GREY -> Texts.GREY_MEANS.in(language);
            case BLACK -> Texts.BLACK_MEANS.in(language);
        };
    }

    private static String phase(String phase, Language language) {
        return switch (phase) {
            case "marking" -> Texts.MARKING.in(language);
            case "termination" -> Texts.TERMINATION.in(language);
            case "swept" -> Texts.SWEPT.in(language);
            default -> phase;
        };
    }

    /**
     * A pointer from a field to its target. Objects in one row would be joined by straight
     * lines lying on top of each other along the boxes' bottom edge, so those edges bow
     * below the row, deeper the farther they reach; every edge ends in an arrowhead and is
     * labelled with its field just under where it leaves the box (a place no other label uses).
     */
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
        if (to[1] == from[1]) {
            double x2 = to[0] + BOX_W * (field.equals("l") ? 0.4 : 0.6);
            double depth = 20 + 8 * Math.abs(x2 - x1) / ((WIDTH - 40) / (double) COLUMNS);
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f Q%.1f %.1f %.1f %.1f\" fill=\"none\" "
                    + "stroke=\"var(--fg)\" stroke-width=\"1.5\"/>", x1, y1, (x1 + x2) / 2, y1 + 2 * depth, x2, y1));
            svg.append(head(x2, y1, x2 - (x1 + x2) / 2, -2 * depth, "var(--fg)"));
        } else {
            double x2 = to[0] + BOX_W / 2;
            double y2 = to[1] + (to[1] > from[1] ? 0 : BOX_H);
            svg.append(arrow(x1, y1, x2, y2, "var(--fg)"));
        }
        svg.append(text(x1 + 3, y1 + 14, field));
    }

    private static String arrow(double x1, double y1, double x2, double y2, String stroke) {
        return line(x1, y1, x2, y2, stroke) + head(x2, y2, x2 - x1, y2 - y1, stroke);
    }

    /** An arrowhead at (x, y) pointing along (dx, dy). */
    private static String head(double x, double y, double dx, double dy, String colour) {
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double size = 8;
        return String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>", x, y,
                x - size * ux + size / 2 * uy, y - size * uy - size / 2 * ux,
                x - size * ux - size / 2 * uy, y - size * uy + size / 2 * ux, colour);
    }

    private static String fill(Colour c) {
        return switch (c) {
            case WHITE -> "none";
            case GREY -> "var(--warn)";
            case BLACK -> "var(--accent)";
        };
    }

    private static String list(List<String> names, Language language) {
        return names.isEmpty() ? Texts.NONE.in(language) : String.join(" ", names);
    }

    public static String svg(PacerState s, Language language) {
        StringBuilder svg = open(200, Texts.PACER_LABEL.in(language, s.goal() == null ? Texts.NONE.in(language)
                : s.goal()));
        svg.append(text(10, 20, Texts.PACER_HEADER.in(language, mib(s.heapMarked()), s.stackScan(), s.globalsScan(),
                s.gogc(), s.memoryLimit().equals("off") ? "off" : mib(Long.parseLong(s.memoryLimit())))));
        boolean huge = s.goal() == null || s.goal() > Pacer.MAX_BYTES;
        if (huge) {
            svg.append(text(10, 70, Texts.NO_GOAL.in(language, s.goal() == null ? "NextGC = ^uint64(0)"
                    : Texts.ABOUT_2_63.in(language, s.goal()))));
            svg.append(text(10, 95, Texts.ONLY_RUNTIME_GC.in(language)));
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
        svg.append(text(10, 110, Texts.PACER_LEGEND.in(language)));
        svg.append(text(10, 135, Texts.GOAL_SET_BY.in(language, s.goal(), mib(s.goal()),
                regime(Pacer.Regime.valueOf(s.regime()), language))));
        if (s.minTrigger() != null) {
            svg.append(text(10, 160, Texts.NEXT_CYCLE.in(language, mib(s.minTrigger()), mib(s.maxTrigger()))));
        }
        if (s.gogcGoal() != null || s.memoryGoal() != null) {
            svg.append(text(10, 185, Texts.GOALS.in(language, s.gogcGoal() == null ? Texts.NONE.in(language)
                    : mib(s.gogcGoal()), s.memoryGoal() == null ? "n/a" : s.memoryGoal() > Pacer.MAX_BYTES
                    ? "≈2^63" : mib(s.memoryGoal()))));
        }
        return svg.append("</svg>").toString();
    }

    private static String regime(Pacer.Regime r, Language language) {
        return switch (r) {
            case GOGC -> "GOGC";
            case HEAP_MINIMUM -> Texts.REGIME_HEAP_MINIMUM.in(language);
            case SWEEP_DISTANCE -> Texts.REGIME_SWEEP_DISTANCE.in(language);
            case MEMORY_LIMIT -> Texts.REGIME_MEMORY_LIMIT.in(language);
            case OFF -> "GOGC=off";
        };
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0);
    }
}
