package dev.gopherdrill.simulation;

import java.util.Locale;

/**
 * The few SVG elements the playground pictures are made of, so every model draws in the
 * same style: a 640-unit-wide viewBox that scales to a phone, colours from the page's CSS
 * variables ({@code --fg}, {@code --accent}, {@code --warn}, {@code --bad},
 * {@code --border}) so light and dark mode both work, and text always escaped.
 */
public final class Svg {

    /** viewBox width; pictures scale to the page. */
    public static final int WIDTH = 640;

    private Svg() {
    }

    /** An open {@code <svg>} element; append shapes, then {@code "</svg>"}. */
    public static StringBuilder open(int height, String label) {
        return open(WIDTH, height, label);
    }

    /** A picture {@code width} units wide, for one drawn to be read at a phone's width. */
    public static StringBuilder open(int width, int height, String label) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"sim-svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">", width, height, escape(label)));
    }

    /** A box outlined in the text colour; {@code fill} a colour such as {@code var(--accent)} or {@code none}. */
    public static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" "
                + "fill=\"%s\" stroke=\"var(--fg)\" stroke-opacity=\".5\"/>", x, y, w, h, fill);
    }

    public static String text(double x, double y, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"var(--fg)\" font-size=\"15\">%s</text>",
                x, y, escape(s));
    }

    public static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"2\"/>", x1, y1, x2, y2, stroke);
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
