package dev.gopherdrill.interview;

import java.util.List;
import java.util.Locale;

import dev.gopherdrill.simulation.Svg;

/**
 * The report's and the history's pictures, as SVG in the playground's style (see
 * {@link Svg}: CSS-variable colours, so dark mode works, and a viewBox that scales to a
 * phone). Scores are 0..1 and drawn as percentages.
 */
public final class InterviewCharts {

    private static final int ROW = 34;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_WIDTH = Svg.WIDTH - LABEL_WIDTH - 70;
    /**
     * The trend is drawn 340 units wide, about the width of a 390 px phone's panel, so on a phone
     * its labels keep their size; on a wide screen it is scaled up no further than its CSS max-width.
     */
    static final int TREND_WIDTH = 340;
    private static final int TREND_HEIGHT = 120;
    private static final int TREND_LEFT = 44;

    private InterviewCharts() {
    }

    /** One horizontal bar per topic: its title, the score as a bar on a 0–100 % track, the percentage. */
    public static String topicBars(List<String> titles, List<Double> scores, String label) {
        int height = ROW * titles.size() + 10;
        StringBuilder svg = Svg.open(height, label);
        for (int k = 0; k < titles.size(); k++) {
            double y = 6 + k * ROW;
            double score = scores.get(k);
            svg.append(Svg.text(0, y + 19, shorten(titles.get(k))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"22\" rx=\"3\" "
                    + "fill=\"var(--border)\"/>", LABEL_WIDTH, y + 2, BAR_WIDTH));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"22\" "
                    + "rx=\"3\" fill=\"%s\"><title>%s</title></rect>", LABEL_WIDTH, y + 2, BAR_WIDTH * score,
                    colour(score), Svg.escape(titles.get(k) + ": " + percent(score))));
            svg.append(Svg.text(LABEL_WIDTH + BAR_WIDTH + 10, y + 19, percent(score)));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A topic's score over the interviews that asked it, oldest first: a line through one
     * dot per interview, on a 0–100 % scale with the "strong" threshold dashed.
     */
    public static String trend(List<Double> scores, String label) {
        StringBuilder svg = Svg.open(TREND_WIDTH, TREND_HEIGHT, label);
        double top = 10;
        double bottom = TREND_HEIGHT - 14;
        double right = TREND_WIDTH - 12;
        svg.append(Svg.text(0, top + 5, "100%")).append(Svg.text(0, bottom + 5, "0%"));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"var(--muted)\" "
                + "stroke-dasharray=\"4 4\"/>", TREND_LEFT, y(Scoring.STRONG, top, bottom), right,
                y(Scoring.STRONG, top, bottom)));
        svg.append(Svg.line(TREND_LEFT, bottom, right, bottom, "var(--border)"));
        double step = scores.size() > 1 ? (right - TREND_LEFT - 10) / (scores.size() - 1) : 0;
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int k = 0; k < scores.size(); k++) {
            double x = TREND_LEFT + 10 + k * step;
            double y = y(scores.get(k), top, bottom);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\">"
                    + "<title>%s</title>"
                    + "</circle>", x, y, colour(scores.get(k)), percent(scores.get(k))));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"var(--accent)\" "
                + "stroke-width=\"2\"/>", points.toString().strip()));
        return svg.append(dots).append("</svg>").toString();
    }

    private static double y(double score, double top, double bottom) {
        return bottom - score * (bottom - top);
    }

    /** Strong answers in the "good" colour, the rest in "again": the same split the report's weak cards use. */
    private static String colour(double score) {
        return score >= Scoring.STRONG ? "var(--good)" : "var(--again)";
    }

    static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    private static String shorten(String title) {
        return title.length() <= 22 ? title : title.substring(0, 21) + "…";
    }
}
