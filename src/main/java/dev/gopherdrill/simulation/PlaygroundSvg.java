package dev.gopherdrill.simulation;

import java.util.List;
import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.Locale;

import dev.gopherdrill.simulation.channels.ChannelModel;
import dev.gopherdrill.simulation.context.ContextPicture;
import dev.gopherdrill.simulation.context.ContextTree;
import dev.gopherdrill.simulation.escape.EscapePicture;
import dev.gopherdrill.simulation.escape.EscapeSimulation;
import dev.gopherdrill.simulation.gc.GcPicture;
import dev.gopherdrill.simulation.gc.PacerSimulation;
import dev.gopherdrill.simulation.gc.TriColor;
import dev.gopherdrill.simulation.leaks.LeakModel;
import dev.gopherdrill.simulation.leaks.LeakPicture;
import dev.gopherdrill.simulation.maps.MapGrowSimulation;
import dev.gopherdrill.simulation.maps.SwissGrowth;
import dev.gopherdrill.simulation.maps.SwissMap;
import dev.gopherdrill.simulation.scheduler.SchedulerModel;
import dev.gopherdrill.simulation.scheduler.SchedulerPicture;
import dev.gopherdrill.simulation.slices.SliceAppendSimulation;

/**
 * Draws a trace step's state as inline SVG for the playground (shapes from {@link Svg}). Drawn on the server so a
 * step is one small HTML fragment, works without JavaScript, and is testable as text.
 * Colours come from the page's CSS variables, so light and dark mode both work; the
 * viewBox scales to a phone's width.
 */
final class PlaygroundSvg {

    private PlaygroundSvg() {
    }

    static String draw(Object state, Language language) {
        if (state instanceof SliceAppendSimulation.State s) {
            return slice(s, language);
        }
        if (state instanceof MapGrowSimulation.State m) {
            return map(m, language);
        }
        if (state instanceof ChannelModel.State c) {
            return channels(c, language);
        }
        if (state instanceof SwissMap.State w) {
            return swiss(w, language);
        }
        if (state instanceof TriColor.MarkState m) {
            return GcPicture.svg(m, language);
        }
        if (state instanceof PacerSimulation.PacerState p) {
            return GcPicture.svg(p, language);
        }
        if (state instanceof ContextTree.State c) {
            return ContextPicture.svg(c, language);
        }
        if (state instanceof LeakModel.LeakState l) {
            return LeakPicture.svg(l, language);
        }
        if (state instanceof SchedulerModel.State p) {
            return SchedulerPicture.svg(p, language);
        }
        if (state instanceof EscapeSimulation.State e) {
            return EscapePicture.svg(e, language);
        }
        return "";
    }

    /** Groups per row in a Swiss-table picture: 16 groups of 8 slots = 128 cells across. */
    private static final int GROUPS_PER_ROW = 16;

    /**
     * Each table as rows of groups, a group being its 8 control bytes: full (the key's
     * H2), deleted (a tombstone) or empty. A small map is its one group.
     */
    static String swiss(SwissMap.State s, Language language) {
        List<SwissMap.TableState> tables = s.tables();
        int rows = 1;
        for (SwissMap.TableState t : tables) {
            rows += 1 + (t.groups().size() + GROUPS_PER_ROW - 1) / GROUPS_PER_ROW;
        }
        double cell = (WIDTH - 20) / (double) (GROUPS_PER_ROW * SwissGrowth.GROUP_SLOTS + GROUPS_PER_ROW);
        int rowH = 22;
        StringBuilder svg = open(40 + rows * rowH + 52, Texts.SWISS_LABEL.in(language, s.used()));
        int y = 20;
        if (s.small()) {
            svg.append(text(10, y, s.smallGroup() == null ? Texts.SMALL_NO_GROUP.in(language)
                    : Texts.SMALL_ONE_GROUP.in(language)));
            if (s.smallGroup() != null) {
                group(svg, s.smallGroup(), 10, y + 8, 14);
            }
        }
        for (SwissMap.TableState t : tables) {
            svg.append(text(10, y, Texts.TABLE.in(language, t.id(), t.capacity(), t.used(), t.growthLeft(),
                    t.tombstones(), t.localDepth())));
            y += 8;
            for (int g = 0; g < t.groups().size(); g++) {
                double x = 10 + (g % GROUPS_PER_ROW) * (SwissGrowth.GROUP_SLOTS + 1) * cell;
                group(svg, t.groups().get(g), x, y + (g / GROUPS_PER_ROW) * rowH, cell);
            }
            y += ((t.groups().size() + GROUPS_PER_ROW - 1) / GROUPS_PER_ROW) * rowH + 18;
        }
        svg.append(text(10, 40 + rows * rowH + 20, Texts.USED.in(language, s.used()) + (s.small() ? ""
                : Texts.DIRECTORY.in(language, s.dirLen(), s.globalDepth()))));
        svg.append(text(10, 40 + rows * rowH + 42, SwissGrowth.provenance(language)));
        return svg.append("</svg>").toString();
    }

    private static void group(StringBuilder svg, SwissMap.GroupState g, double x, double y, double cell) {
        for (int i = 0; i < g.ctrls().size(); i++) {
            int ctrl = g.ctrls().get(i);
            String fill = ctrl == SwissGrowth.CTRL_EMPTY ? "none" : ctrl == SwissGrowth.CTRL_DELETED ? "var(--warn)"
                    : "var(--accent)";
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\" stroke=\"var(--border)\"><title>group %d slot %d: ctrl 0x%02x</title></rect>",
                    x + i * cell, y, Math.max(1, cell - 1), cell, fill, g.index(), i, ctrl));
        }
    }

    /**
     * Each channel as a block of three lines: its name and capacity; the ring buffer of cap
     * slots (or what an unbuffered or nil channel does instead); its parked senders (sendq)
     * and receivers (recvq) side by side. Below, the scheduler, one fact a line: who runs,
     * runnext and the local run queue, the WaitGroup, each goroutine's state, what was
     * printed. Nothing shares a line with text of unknown length, so no label can run into
     * another on a phone.
     */
    static String channels(ChannelModel.State s, Language language) {
        int rowH = 86;
        int lines = 3 + s.goroutines().size() + (s.wgCounter() == null ? 0 : 1);
        int height = 16 + s.channels().size() * rowH + lines * 22 + 10;
        StringBuilder svg = open(height, Texts.CHANNELS_LABEL.in(language));
        int y = 8;
        for (ChannelModel.ChannelState c : s.channels()) {
            svg.append(text(10, y + 16, c.name() + (c.closed() ? Texts.CLOSED.in(language) : "") + " · "
                    + (c.kind().equals("nil") ? "nil" : "cap " + c.cap())));
            int slots = Math.max(c.cap(), 0);
            double cell = 34;
            double x0 = 10;
            if (c.kind().equals("nil")) {
                svg.append(text(x0, y + 42, Texts.NIL_CHANNEL.in(language)));
            } else if (slots == 0) {
                svg.append(text(x0, y + 42, Texts.UNBUFFERED.in(language)));
            }
            for (int i = 0; i < slots; i++) {
                boolean used = i < c.buf().size();
                svg.append(rect(x0 + i * (cell + 4), y + 24, cell, 26, used ? "var(--accent)" : "none"));
                if (used) {
                    svg.append(text(x0 + i * (cell + 4) + 10, y + 42, String.valueOf(c.buf().get(i))));
                }
            }
            svg.append(text(10, y + 72, "sendq: " + (c.sendq().isEmpty() ? "–" : String.join(" ", c.sendq()))));
            svg.append(text(WIDTH / 2.0, y + 72, "recvq: " + (c.recvq().isEmpty() ? "–"
                    : String.join(" ", c.recvq()))));
            y += rowH;
        }
        y += 8;
        svg.append(text(10, y, Texts.RUNNING.in(language, s.running() == null ? "–" : s.running(),
                s.runnext() == null ? "–" : s.runnext())));
        y += 22;
        svg.append(text(10, y, Texts.RUN_QUEUE.in(language, s.runq().isEmpty() ? "–" : String.join(" ", s.runq()))));
        if (s.wgCounter() != null) {
            y += 22;
            svg.append(text(10, y, Texts.WAITGROUP.in(language, s.wgCounter())));
        }
        for (ChannelModel.GoroutineState g : s.goroutines()) {
            y += 22;
            svg.append(text(10, y, g.name() + " " + g.status().name().toLowerCase(Locale.ROOT)
                    + (g.waitReason() == null ? "" : " [" + g.waitReason() + "]")));
        }
        y += 22;
        svg.append(text(10, y, Texts.PRINTED.in(language, s.stdout().isEmpty() ? "–" : String.join(" | ", s.stdout()))));
        return svg.append("</svg>").toString();
    }

    /**
     * The backing array: one cell per element while they fit, else a bar to scale; filled
     * up to len, outlined up to cap, and a tick where the formula's newcap ended before
     * size-class rounding added the rest.
     */
    static String slice(SliceAppendSimulation.State s, Language language) {
        StringBuilder svg = open(110, Texts.SLICE_LABEL.in(language, s.len(), s.cap(), s.bytes()));
        long cap = Math.max(1, s.cap());
        double unit = (WIDTH - 20) / (double) Math.max(cap, s.formulaCap() == null ? 0 : s.formulaCap());
        if (cap <= 64) {
            for (int i = 0; i < cap; i++) {
                svg.append(rect(10 + i * unit, 30, Math.max(1, unit - 2), 34, i < s.len() ? "var(--accent)" : "none"));
            }
        } else {
            svg.append(rect(10, 30, cap * unit, 34, "none"));
            svg.append(rect(10, 30, s.len() * unit, 34, "var(--accent)"));
        }
        if (s.formulaCap() != null && s.formulaCap() != s.cap()) {
            double x = 10 + s.formulaCap() * unit;
            svg.append(Svg.line(x, 24, x, 70, "var(--warn)"));
            svg.append(text(Math.min(x, WIDTH - 150), 20, Texts.FORMULA_NEWCAP.in(language, s.formulaCap())));
        }
        svg.append(text(10, 90, Texts.SLICE_USED.in(language, s.len(), s.cap(), s.elemSize(), s.cap(),
                s.elemSize() * s.cap(), s.bytes()) + (s.sizeClass() == null ? "" : s.sizeClass() == 0
                ? Texts.LARGE_PAGES.in(language) : Texts.SIZE_CLASS.in(language, s.sizeClass()))));
        return svg.append("</svg>").toString();
    }

    /**
     * Buckets side by side, each a column of its chain (bucket, then overflow buckets),
     * shaded by how many of the 8 slots hold a key; during a grow the old array is drawn
     * above, with evacuated buckets empty.
     */
    static String map(MapGrowSimulation.State m, Language language) {
        int rows = m.growing() ? 2 : 1;
        int height = 60 + rows * 110;
        StringBuilder svg = open(height, Texts.MAP_LABEL.in(language, m.b(), m.count()));
        int y = 20;
        if (m.growing()) {
            svg.append(text(10, y, Texts.OLDBUCKETS.in(language, m.oldChains().size(), m.nevacuate())));
            chains(svg, m.oldChains(), y + 8);
            y += 110;
        }
        if (!m.bucketsAllocated()) {
            svg.append(text(10, y + 30, Texts.NO_BUCKETS.in(language)));
        } else {
            svg.append(text(10, y, "buckets (2^" + m.b() + " = " + m.chains().size() + ")"));
            chains(svg, m.chains(), y + 8);
        }
        svg.append(text(10, height - 10, "count " + m.count() + " · B " + m.b() + " · noverflow " + m.noverflow()
                + (m.growing() ? (m.sameSize() ? Texts.SAME_SIZE_GROW : Texts.GROWING).in(language) : "")));
        return svg.append("</svg>").toString();
    }

    private static void chains(StringBuilder svg, List<List<Integer>> chains, int top) {
        double w = Math.max(1, (WIDTH - 20) / (double) chains.size());
        double cell = Math.min(18, w);
        for (int i = 0; i < chains.size(); i++) {
            List<Integer> chain = chains.get(i);
            for (int j = 0; j < chain.size() && j < 4; j++) {
                double fill = chain.get(j) / 8.0;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"var(--accent)\" "
                                + "fill-opacity=\"%.2f\" stroke=\"var(--border)\"><title>bucket %d%s: %d of 8</title></rect>",
                        10 + i * w, top + j * (cell + 4), Math.max(1, w - 1), cell, fill, i,
                        j == 0 ? "" : " overflow " + j, chain.get(j)));
            }
        }
    }
}
