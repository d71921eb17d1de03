package dev.gopherdrill.simulation.scheduler;

import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.line;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.List;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.PState;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.Segment;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.State;

/**
 * One trace step of {@link SchedulerModel} as a phone-width SVG: per P a line with its
 * schedtick, the G it runs and its {@code runnext}, and its local queue as a 256-slot bar
 * (segments of consecutive goroutines drawn to scale, labelled {@code g128…g255} where
 * they fit); the global queue as a bar scaled to at least 256; then main's status and
 * how many goroutines have run. A mark every 64 slots makes "half full" readable.
 */
public final class SchedulerPicture {

    private static final double LEFT = 10;
    private static final double BAR_W = WIDTH - 20;
    private static final int BAR_H = 26;
    /** Below this many units of width a segment is drawn but not labelled. */
    private static final double LABEL_MIN_W = 70;

    private SchedulerPicture() {
    }

    public static String svg(State s, Language language) {
        int rows = s.ps().size() + 1 + (s.sendq().isEmpty() ? 0 : 1);
        int height = 24 + rows * 64 + 56;
        StringBuilder svg = open(height, Texts.PIC_LABEL.in(language, s.ps().size(), s.globalSize(),
                status(s.main(), language)));
        double y = 20;
        for (PState p : s.ps()) {
            svg.append(text(LEFT, y, Texts.PIC_P.in(language, p.id(), p.schedtick(),
                    p.running() == null ? "–" : SchedulerModel.name(p.running()),
                    p.runnext() == null ? "–" : SchedulerModel.name(p.runnext()), p.runqSize(),
                    SchedulerModel.LOCAL_RUN_QUEUE_SIZE)));
            bar(svg, y + 8, p.runq(), SchedulerModel.LOCAL_RUN_QUEUE_SIZE, "var(--accent)", language);
            y += 64;
        }
        svg.append(text(LEFT, y, Texts.PIC_GLOBAL.in(language, s.globalSize())));
        bar(svg, y + 8, s.global(), Math.max(SchedulerModel.LOCAL_RUN_QUEUE_SIZE, s.globalSize()), "var(--warn)",
                language);
        y += 64;
        if (!s.sendq().isEmpty()) {
            int parked = s.sendq().stream().mapToInt(Segment::size).sum();
            svg.append(text(LEFT, y, Texts.PIC_SENDQ.in(language, parked)));
            bar(svg, y + 8, s.sendq(), Math.max(SchedulerModel.LOCAL_RUN_QUEUE_SIZE, parked), "var(--bad)", language);
            y += 64;
        }
        svg.append(text(LEFT, y, Texts.PIC_MAIN.in(language, status(s.main(), language))
                + (s.wgCounter() == null ? "" : Texts.PIC_WAITGROUP.in(language, s.wgCounter()))));
        svg.append(text(LEFT, y + 24, Texts.PIC_CREATED.in(language, s.created(), s.ran())
                + (s.lastRan() == null ? "" : Texts.PIC_LAST.in(language, s.lastRan()))));
        return svg.append("</svg>").toString();
    }

    /** main's status in the picture's words; the wait reason ({@code semacquire}, {@code chan receive}) is Go's. */
    private static String status(String main, Language language) {
        if (main.startsWith("waiting (") && main.endsWith(")")) {
            return Texts.PIC_WAITING.in(language, main.substring("waiting (".length(), main.length() - 1));
        }
        return switch (main) {
            case "running" -> Texts.PIC_RUNNING.in(language);
            case "runnable" -> Texts.PIC_RUNNABLE.in(language);
            default -> main;
        };
    }

    /** A queue bar of {@code slots} slots, segments in queue order from the left. */
    private static void bar(StringBuilder svg, double y, List<Segment> queue, int slots, String fill,
                            Language language) {
        double unit = BAR_W / slots;
        svg.append(rect(LEFT, y, BAR_W, BAR_H, "none"));
        for (int q = 64; q < slots && slots == SchedulerModel.LOCAL_RUN_QUEUE_SIZE; q += 64) {
            svg.append(line(LEFT + q * unit, y + BAR_H, LEFT + q * unit, y + BAR_H + 5, "var(--border)"));
        }
        double x = LEFT;
        for (Segment seg : queue) {
            double w = seg.size() * unit;
            svg.append(rect(x, y, Math.max(w, 2), BAR_H, seg.first() < 0 ? "var(--bad)" : fill));
            if (w >= LABEL_MIN_W || seg.first() < 0 && w >= 2) {
                svg.append(text(x + 4, y + 18, seg.label()));
            }
            x += w;
        }
        if (queue.isEmpty()) {
            svg.append(text(LEFT + 6, y + 18, Texts.PIC_EMPTY.in(language)));
        }
    }
}
