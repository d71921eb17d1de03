package dev.gopherdrill.simulation.maps;

import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.List;
import java.util.Locale;

import dev.gopherdrill.simulation.Language;

/**
 * The map simulations' pictures: the bucket array of a Go ≤ 1.23 map
 * ({@link MapGrowSimulation.State}) and the groups and tables of a Swiss-table map
 * ({@link SwissMap.State}).
 */
public final class MapPicture {

    private MapPicture() {
    }

    /**
     * Buckets side by side, each a column of its chain (bucket, then overflow buckets),
     * shaded by how many of the 8 slots hold a key; during a grow the old array is drawn
     * above, with evacuated buckets empty.
     */
    public static String svg(MapGrowSimulation.State m, Language language) {
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

    /** Groups per row in a Swiss-table picture: 16 groups of 8 slots = 128 cells across. */
    private static final int GROUPS_PER_ROW = 16;

    /**
     * Each table as rows of groups, a group being its 8 control bytes: full (the key's
     * H2), deleted (a tombstone) or empty. A small map is its one group.
     */
    public static String svg(SwissMap.State s, Language language) {
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
}
