package dev.gopherdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.stats.Statistics.DayActivity;
import dev.gopherdrill.stats.StatsCharts.Bar;
import dev.gopherdrill.stats.StatsCharts.Column;
import dev.gopherdrill.stats.StatsCharts.Row;

class StatsChartsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static final ReportCharts.Words WORDS = new ReportCharts.Words(
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
            List.of("Mon", "Wed", "Fri"), List.of("Today", "Week", "Month", "Year"),
            List.of("Again", "Hard", "Good", "Easy"), List.of("New", "Learning", "Young", "Mature", "Suspended"),
            "Young", "Mature", "d", n -> n + (n == 1 ? " review" : " reviews"), n -> n + " due", n -> n + " min");

    @Test
    void theHeatmapHasACellPerDayTitledWithItsDateAndCountShadedByTheBusiestDay() {
        List<DayActivity> rows = List.of(new DayActivity(TODAY, 8, 0), new DayActivity(TODAY.minusDays(1), 1, 0),
                new DayActivity(TODAY.minusDays(2), 3, 0));
        String svg = ReportCharts.heatmap(Statistics.heatmap(rows, TODAY), WORDS, "Reviews per day");
        assertEquals(365, count(svg, "<rect class=\"day\""));
        assertTrue(svg.contains("data-day=\"2026-03-15\" data-reviews=\"8\"><title>2026-03-15: 8 reviews</title>"), svg);
        assertTrue(svg.contains("<title>2026-03-14: 1 review</title>"));
        assertTrue(svg.contains("fill=\"var(--accent)\" fill-opacity=\"1.00\" data-day=\"2026-03-15\""));
        assertTrue(svg.contains("fill-opacity=\"0.30\" data-day=\"2026-03-14\""), "1 of 8 is the palest shade");
        assertTrue(svg.contains("fill-opacity=\"0.55\" data-day=\"2026-03-13\""), "3 of 8 is the second shade");
        assertTrue(svg.contains("fill=\"var(--border)\" fill-opacity=\"1.00\" data-day=\"2026-03-12\""));
        assertFalse(svg.contains("data-day=\"2026-03-16\""), "no day after today");
    }

    @Test
    void theHeatmapNamesMonthsWithoutTwoLabelsCloserThanTheirWidth() {
        String svg = ReportCharts.heatmap(Statistics.heatmap(List.of(), TODAY), WORDS, "Reviews per day");
        List<double[]> labels = texts(svg, "start").stream().filter(t -> t.y() < 20 || t.y() > 120 && t.y() < 140)
                .map(t -> new double[] {t.x(), t.y(), StatsCharts.textWidth(t.s(), StatsCharts.SMALL_FONT)}).toList();
        assertTrue(labels.size() >= 10, "most months are named: " + labels.size());
        for (int k = 1; k < labels.size(); k++) {
            double[] a = labels.get(k - 1);
            double[] b = labels.get(k);
            if (a[1] == b[1]) {
                assertTrue(b[0] >= a[0] + a[2], "month labels overlap at x=" + b[0]);
            }
        }
    }

    @Test
    void columnLabelsAreThinnedOutSoThatEachHasRoomForTheWidest() {
        List<Column> columns = new ArrayList<>();
        for (int k = 1; k <= 30; k++) {
            columns.add(new Column("12-" + k, List.of(new Bar(k / 30.0, "var(--accent)", 1, "day " + k, ""))));
        }
        String svg = StatsCharts.columns("t", "Thirty days", List.of(), columns, "30");
        List<Text> labels = texts(svg, "middle");
        assertTrue(labels.size() < 30 && labels.size() >= 5, "labels: " + labels.size());
        double widest = StatsCharts.textWidth("12-30", StatsCharts.SMALL_FONT);
        for (int k = 1; k < labels.size(); k++) {
            assertTrue(labels.get(k).x() - labels.get(k - 1).x() >= widest, "labels closer than their width");
        }
        assertEquals(30, count(svg, "<rect class=\"bar\""));
        assertTrue(svg.contains("<title>day 7</title>"));
    }

    @Test
    void everyPictureScalesToItsColumnAndIsLabelledForScreenReaders() {
        String svg = StatsCharts.bars("b", "Cards & \"counts\"", List.of(), List.of(new Row("New", List.of(
                new Bar(.5, "var(--accent)", 1, "New: 1 <of 2>", "1 (50%)")))));
        assertTrue(svg.startsWith("<svg id=\"b-svg\" class=\"stats-svg\" viewBox=\"0 0 400 "), svg);
        assertTrue(svg.contains("width=\"100%\" role=\"img\" aria-label=\"Cards &amp; &quot;counts&quot;\""), svg);
        assertTrue(svg.contains("<title>Cards &amp; &quot;counts&quot;</title>"));
        assertTrue(svg.contains("<title>New: 1 &lt;of 2&gt;</title>"));
        assertTrue(svg.contains("width=\"" + String.format(java.util.Locale.ROOT, "%.1f", StatsCharts.BAR_WIDTH * .5) + "\""));
    }

    @Test
    void aRowLabelTooLongForItsColumnIsCutWithAnEllipsisAndCjkCountsAsWide() {
        String cut = StatsCharts.shorten("Memory leaks and pprof in production", StatsCharts.LABEL_WIDTH, StatsCharts.FONT);
        assertTrue(cut.endsWith("…") && cut.length() < 30, cut);
        assertTrue(StatsCharts.textWidth(cut, StatsCharts.FONT) <= StatsCharts.LABEL_WIDTH);
        assertEquals("Slice", StatsCharts.shorten("Slice", StatsCharts.LABEL_WIDTH, StatsCharts.FONT));
        assertEquals(2 * StatsCharts.FONT, StatsCharts.textWidth("切片", StatsCharts.FONT), 1e-9);
    }

    @Test
    void retentionBarsShowThePercentageAndTheCountsAndNothingToDivideAsADash() {
        Statistics.Retention r = new Statistics.Retention("week", "week", new Statistics.Rate(3, 4, .75),
                new Statistics.Rate(0, 0, null), new Statistics.Rate(3, 4, .75));
        String svg = ReportCharts.retentionPeriods(List.of(r, r, r, r), WORDS, "True retention");
        assertTrue(svg.contains("<title>Week · Young: 75% (3/4)</title>"), svg);
        assertTrue(svg.contains("<title>Week · Mature: – (0/0)</title>"), svg);
    }

    @Test
    void timeIsShownInWholeMinutesRoundedHalfUp() {
        assertEquals(0, ReportCharts.minutes(29_999));
        assertEquals(1, ReportCharts.minutes(30_000));
        assertEquals(2, ReportCharts.minutes(120_000));
    }

    record Text(double x, double y, String anchor, String s) {
    }

    private static final Pattern TEXT = Pattern.compile(
            "<text x=\"([\\d.]+)\" y=\"([\\d.]+)\" font-size=\"\\d+\" fill=\"[^\"]+\" text-anchor=\"(\\w+)\">([^<]*)</text>");

    static List<Text> texts(String svg, String anchor) {
        List<Text> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            if (m.group(3).equals(anchor)) {
                out.add(new Text(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3), m.group(4)));
            }
        }
        return out;
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
