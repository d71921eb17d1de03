package dev.gopherdrill.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.gopherdrill.simulation.Svg;
import dev.gopherdrill.stats.Statistics.DayActivity;

/**
 * The statistics pictures as SVG strings, drawn on the server. Every picture:
 * <ul>
 * <li>has a {@value #WIDTH}-unit viewBox and {@code width="100%"}, so it scales to the column it is in
 *     (a phone's 390 px or half of a desktop page) with text at a readable size in both;</li>
 * <li>takes its colours from the page's CSS variables ({@code --fg}, {@code --muted}, {@code --border},
 *     {@code --accent}, the grade colours), so dark mode needs nothing more;</li>
 * <li>is {@code role="img"} with an {@code aria-label} and a {@code <title>}; each mark has its own
 *     {@code <title>} with its exact number;</li>
 * <li>places its text so no two labels can overlap: row labels, bars and values sit in fixed columns,
 *     axis labels are thinned out to one per label width, month names are dropped when too close.</li>
 * </ul>
 * Pure: the caller passes every word, already in the learner's language.
 */
public final class StatsCharts {

    /** viewBox width: about the width of a phone's column, so 1 unit is about 1 px there */
    public static final int WIDTH = 400;
    static final int FONT = 13;
    static final int SMALL_FONT = 11;
    /** average advance of a Latin character, in ems; CJK characters take a full em */
    private static final double LATIN_EM = 0.62;

    private StatsCharts() {
    }

    /** One horizontal bar: its length as a share of the track, its colour and its tooltip. */
    public record Bar(double share, String fill, double opacity, String title, String value) {
    }

    /** A row of one or more bars (series) with a label on the left. */
    public record Row(String label, List<Bar> bars) {
    }

    public record Legend(String label, String fill, double opacity) {
    }

    /** A column of a vertical bar chart: one bar per series, heights as shares of the plot. */
    public record Column(String label, List<Bar> bars) {
    }

    // ---- heatmap

    static final int HEAT_LEFT = 30;
    static final int HEAT_CELL = 13;
    static final int HEAT_TOP = 16;
    static final int HEAT_WEEKS_PER_HALF = 27;

    /**
     * The last year, one cell per day: weeks are columns (Monday on top), the year in two halves one
     * above the other so that a cell stays about 11 px on a phone. Cell shade in four steps of the
     * busiest day; empty days in the border colour.
     *
     * @param months  twelve short month names, January first
     * @param weekdays labels of Monday, Wednesday and Friday
     * @param cellTitle the tooltip of a day, e.g. "2026-12-01: 3 reviews"
     */
    public static String heatmap(List<DayActivity> days, String label, List<String> months, List<String> weekdays,
                                 Function<DayActivity, String> cellTitle) {
        LocalDate first = days.get(0).day();
        LocalDate firstMonday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        int halfHeight = HEAT_TOP + 7 * HEAT_CELL;
        int height = 2 * halfHeight + 8;
        StringBuilder svg = open("heatmap", height, label);
        long max = days.stream().mapToLong(DayActivity::reviews).max().orElse(0);
        for (int half = 0; half < 2; half++) {
            int top = half * (halfHeight + 8);
            for (int k = 0; k < 3; k++) {
                svg.append(text(0, top + HEAT_TOP + (2 * k) * HEAT_CELL + 10, SMALL_FONT, "var(--muted)", "start",
                        weekdays.get(k)));
            }
        }
        double lastLabelEnd = -1;
        int lastHalf = -1;
        for (DayActivity d : days) {
            long week = ChronoUnit.DAYS.between(firstMonday, d.day()) / 7;
            int half = week < HEAT_WEEKS_PER_HALF ? 0 : 1;
            int col = (int) (week - half * HEAT_WEEKS_PER_HALF);
            int row = d.day().getDayOfWeek().getValue() - 1;
            int top = half * (halfHeight + 8);
            double x = HEAT_LEFT + col * HEAT_CELL;
            boolean monthStarts = d.day().getDayOfMonth() == 1 || d == days.get(0)
                    || half == 1 && col == 0 && d.day().getDayOfWeek() == DayOfWeek.MONDAY;
            if (monthStarts) {
                String name = months.get(d.day().getMonthValue() - 1);
                if (half != lastHalf) {
                    lastLabelEnd = -1;
                    lastHalf = half;
                }
                double w = textWidth(name, SMALL_FONT);
                if (x >= lastLabelEnd + 4 && x + w <= WIDTH) {
                    svg.append(text(x, top + HEAT_TOP - 5, SMALL_FONT, "var(--muted)", "start", name));
                    lastLabelEnd = x + w;
                }
            }
            String fill = d.reviews() == 0 ? "var(--border)" : "var(--accent)";
            double opacity = d.reviews() == 0 ? 1 : shade(d.reviews(), max);
            svg.append(String.format(Locale.ROOT, "<rect class=\"day\" x=\"%.1f\" y=\"%d\" width=\"%d\" height=\"%d\" "
                            + "rx=\"2\" fill=\"%s\" fill-opacity=\"%.2f\" data-day=\"%s\" data-reviews=\"%d\">"
                            + "<title>%s</title></rect>", x, top + HEAT_TOP + row * HEAT_CELL, HEAT_CELL - 2,
                    HEAT_CELL - 2, fill, opacity, d.day(), d.reviews(), Svg.escape(cellTitle.apply(d))));
        }
        return svg.append("</svg>").toString();
    }

    /** Four shades: up to a quarter of the busiest day, a half, three quarters, more. */
    static double shade(long reviews, long max) {
        double q = (double) reviews / max;
        return q <= .25 ? .3 : q <= .5 ? .55 : q <= .75 ? .8 : 1;
    }

    // ---- horizontal bars

    static final int LABEL_WIDTH = 118;
    static final int VALUE_WIDTH = 96;
    static final int BAR_LEFT = LABEL_WIDTH + 6;
    static final int BAR_WIDTH = WIDTH - BAR_LEFT - VALUE_WIDTH - 6;
    static final int SERIES_PITCH = 14;
    static final int ROW_GAP = 10;
    static final int LEGEND_HEIGHT = 20;

    /**
     * Rows of bars: the label on the left (shortened to its column), each series' bar on a track,
     * each bar's value right-aligned in the right-hand column.
     */
    public static String bars(String id, String label, List<Legend> legend, List<Row> rows) {
        int series = rows.isEmpty() ? 1 : rows.get(0).bars().size();
        int rowHeight = series * SERIES_PITCH + ROW_GAP;
        int top = legend.isEmpty() ? 4 : LEGEND_HEIGHT + 4;
        int height = top + rows.size() * rowHeight;
        StringBuilder svg = open(id, height, label);
        legend(svg, legend, BAR_LEFT);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = top + r * rowHeight;
            double middle = y + series * SERIES_PITCH / 2.0;
            svg.append(text(LABEL_WIDTH, middle + 4, FONT, "var(--fg)", "end", shorten(row.label(), LABEL_WIDTH, FONT)));
            for (int s = 0; s < row.bars().size(); s++) {
                Bar b = row.bars().get(s);
                double by = y + s * SERIES_PITCH + 1;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"2\" "
                        + "fill=\"var(--border)\" fill-opacity=\".5\"/>", BAR_LEFT, by, BAR_WIDTH, SERIES_PITCH - 3));
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
                                + "height=\"%d\" rx=\"2\" fill=\"%s\" fill-opacity=\"%.2f\"><title>%s</title></rect>",
                        BAR_LEFT, by, Math.max(0, Math.min(1, b.share())) * BAR_WIDTH, SERIES_PITCH - 3, b.fill(),
                        b.opacity(), Svg.escape(b.title())));
                svg.append(text(WIDTH, by + SERIES_PITCH - 4, SMALL_FONT, "var(--fg)", "end",
                        shorten(b.value(), VALUE_WIDTH, SMALL_FONT)));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<Legend> legend, double x) {
        for (Legend l : legend) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"5\" width=\"10\" height=\"10\" rx=\"2\" "
                    + "fill=\"%s\" fill-opacity=\"%.2f\"/>", x, l.fill(), l.opacity()));
            svg.append(text(x + 14, 14, SMALL_FONT, "var(--fg)", "start", l.label()));
            x += 14 + textWidth(l.label(), SMALL_FONT) + 14;
        }
    }

    // ---- vertical bars

    static final int COLUMN_LEFT = 4;
    /** room above the plot for the label of the top of the scale */
    static final int PLOT_TOP = 16;
    static final int PLOT_HEIGHT = 100;

    /**
     * Columns of bars over time (a bar per series in each column), the top of the scale (a dashed
     * line) labelled {@code maxLabel} above it, and column labels thinned out so that each has room for the widest one.
     */
    public static String columns(String id, String label, List<Legend> legend, List<Column> columns, String maxLabel) {
        int series = columns.isEmpty() ? 1 : columns.get(0).bars().size();
        int top = (legend.isEmpty() ? 0 : LEGEND_HEIGHT) + PLOT_TOP;
        double bottom = top + PLOT_HEIGHT;
        int height = (int) bottom + 20;
        StringBuilder svg = open(id, height, label);
        legend(svg, legend, COLUMN_LEFT);
        double pitch = (double) (WIDTH - COLUMN_LEFT) / Math.max(1, columns.size());
        double barWidth = Math.max(1, (pitch - 2) / series);
        svg.append(text(COLUMN_LEFT, top - 4, SMALL_FONT, "var(--muted)", "start", maxLabel));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"var(--border)\" "
                + "stroke-dasharray=\"3 3\"/>", COLUMN_LEFT, top, WIDTH, top));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"var(--border)\"/>",
                COLUMN_LEFT, bottom, WIDTH, bottom));
        double widest = columns.stream().mapToDouble(c -> textWidth(c.label(), SMALL_FONT)).max().orElse(0) + 6;
        int every = Math.max(1, (int) Math.ceil(widest / pitch));
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            double x0 = COLUMN_LEFT + k * pitch + 1;
            for (int s = 0; s < c.bars().size(); s++) {
                Bar b = c.bars().get(s);
                double h = Math.max(0, Math.min(1, b.share())) * PLOT_HEIGHT;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                                + "height=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\"><title>%s</title></rect>",
                        x0 + s * barWidth, bottom - h, Math.max(1, barWidth - 1), h, b.fill(), b.opacity(),
                        Svg.escape(b.title())));
            }
            if (k % every == 0) {
                double centre = COLUMN_LEFT + k * pitch + pitch / 2;
                double w = textWidth(c.label(), SMALL_FONT);
                // the last labels must not run past the right edge
                if (centre + w / 2 <= WIDTH) {
                    svg.append(text(centre, bottom + 14, SMALL_FONT, "var(--muted)", "middle", c.label()));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    // ---- a deck's mastery

    /** A thin meter: the share in the "good" green on a track, for one row of the deck overview. */
    public static String meter(String id, double share, String label) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"meter-svg\" "
                + "viewBox=\"0 0 100 6\" width=\"100%%\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"%s\" "
                + "xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>", Svg.escape(id), Svg.escape(label), Svg.escape(label)));
        svg.append("<rect width=\"100\" height=\"6\" rx=\"3\" fill=\"var(--border)\"/>");
        svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" width=\"%.1f\" height=\"6\" rx=\"3\" "
                + "fill=\"var(--good)\"/>", Math.max(0, Math.min(1, share)) * 100));
        return svg.append("</svg>").toString();
    }

    // ---- text

    static StringBuilder open(String id, int height, String label) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg id=\"%s-svg\" class=\"stats-svg\" viewBox=\"0 0 %d %d\" "
                        + "width=\"100%%\" role=\"img\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">"
                        + "<title>%s</title>", id, WIDTH, height, Svg.escape(label), Svg.escape(label)));
    }

    static String text(double x, double y, int size, String fill, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" text-anchor=\"%s\">"
                + "%s</text>", x, y, size, fill, anchor, Svg.escape(s));
    }

    /** A generous estimate of a text's width in viewBox units: CJK characters one em, others {@value #LATIN_EM} em. */
    static double textWidth(String s, int size) {
        double w = 0;
        for (int k = 0; k < s.length(); k++) {
            w += s.charAt(k) >= 0x2E80 ? 1 : LATIN_EM;
        }
        return w * size;
    }

    /** {@code s}, cut with an ellipsis to fit {@code width}. */
    static String shorten(String s, double width, int size) {
        if (textWidth(s, size) <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && textWidth(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** A percentage for labels: "92%", or "–" when there is nothing to divide. */
    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }
}
