package dev.gopherdrill.simulation.slices;

import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.line;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import dev.gopherdrill.simulation.Language;

/** The slice simulation's picture of its {@link SliceAppendSimulation.State}. */
public final class SlicePicture {

    private SlicePicture() {
    }

    /**
     * The backing array: one cell per element while they fit, else a bar to scale; filled
     * up to len, outlined up to cap, and a tick where the formula's newcap ended before
     * size-class rounding added the rest.
     */
    public static String svg(SliceAppendSimulation.State s, Language language) {
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
            svg.append(line(x, 24, x, 70, "var(--warn)"));
            svg.append(text(Math.min(x, WIDTH - 150), 20, Texts.FORMULA_NEWCAP.in(language, s.formulaCap())));
        }
        svg.append(text(10, 90, Texts.SLICE_USED.in(language, s.len(), s.cap(), s.elemSize(), s.cap(),
                s.elemSize() * s.cap(), s.bytes()) + (s.sizeClass() == null ? "" : s.sizeClass() == 0
                ? Texts.LARGE_PAGES.in(language) : Texts.PICTURE_SIZE_CLASS.in(language, s.sizeClass()))));
        return svg.append("</svg>").toString();
    }
}
