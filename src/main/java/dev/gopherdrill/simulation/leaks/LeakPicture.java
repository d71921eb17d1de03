package dev.gopherdrill.simulation.leaks;

import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.Locale;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.channels.ChannelModel;
import dev.gopherdrill.simulation.channels.ChannelModel.ChannelState;
import dev.gopherdrill.simulation.channels.ChannelModel.Status;
import dev.gopherdrill.simulation.leaks.LeakModel.GoroutineView;
import dev.gopherdrill.simulation.leaks.LeakModel.LeakState;

/**
 * One trace step of a leak question as a phone-width SVG: what main is doing and what
 * {@code runtime.NumGoroutine()} would say now; one row per goroutine, a box filled by
 * its state (running: accent, parked: warn, parked for good: bad, finished: empty) with
 * the wait reason, the channels it is parked on and the statement; then each channel
 * with its buffer and wait queues, and the run queue.
 */
public final class LeakPicture {

    private static final int ROW = 30;
    private static final int CHANNEL_ROW = 44;

    private LeakPicture() {
    }

    public static String svg(LeakState s, Language language) {
        int height = 40 + s.goroutines().size() * ROW + 16 + s.channels().size() * CHANNEL_ROW + 40;
        StringBuilder svg = open(height, Texts.PIC_LABEL.in(language, s.numGoroutine()));
        svg.append(text(10, 22, Texts.PIC_MAIN.in(language, s.phase(), s.numGoroutine())));
        int y = 40;
        for (GoroutineView g : s.goroutines()) {
            svg.append(rect(10, y, 56, ROW - 6, fill(g)));
            svg.append(text(18, y + 17, g.name()));
            svg.append(text(76, y + 17, describe(g, language)));
            y += ROW;
        }
        y += 16;
        for (ChannelState c : s.channels()) {
            channel(svg, c, y, language);
            y += CHANNEL_ROW;
        }
        svg.append(text(10, y + 20, Texts.PIC_RUNNING.in(language, orDash(s.running()), orDash(s.runnext()),
                s.runq().isEmpty() ? "–" : String.join(" ", s.runq()))));
        return svg.append("</svg>").toString();
    }

    private static String fill(GoroutineView g) {
        if (g.leaked()) {
            return "var(--bad)";
        }
        return switch (g.status()) {
            case RUNNING -> "var(--accent)";
            case WAITING -> "var(--warn)";
            case RUNNABLE, DEAD -> "none";
        };
    }

    /** {@code parked [chan send] on results at results <- i · leaked} */
    private static String describe(GoroutineView g, Language language) {
        if (g.status() == Status.DEAD) {
            return Texts.PIC_RETURNED.in(language);
        }
        StringBuilder sb = new StringBuilder(g.status() == Status.WAITING ? Texts.PIC_PARKED.in(language)
                : g.status().name().toLowerCase(Locale.ROOT));
        if (g.waitReason() != null) {
            sb.append(" [").append(g.waitReason()).append(']');
        }
        if (!g.blockedOn().isEmpty()) {
            sb.append(Texts.PIC_ON.in(language, String.join(", ", g.blockedOn())));
        }
        if (g.at() != null) {
            sb.append((g.status() == Status.WAITING ? Texts.PIC_AT : Texts.PIC_IN).in(language, g.at()));
        }
        if (g.leaked()) {
            sb.append(Texts.PIC_LEAKED.in(language));
        }
        return sb.toString();
    }

    /** name and cap, sendq, the buffer's slots, recvq. */
    private static void channel(StringBuilder svg, ChannelState c, int y, Language language) {
        svg.append(text(10, y + 18, c.name() + (c.closed() ? Texts.PIC_CLOSED.in(language) : "")));
        svg.append(text(10, y + 36, c.kind().equals(ChannelModel.TIMER) ? Texts.PIC_TIMER.in(language)
                : "cap " + c.cap()));
        svg.append(text(110, y + 18, "sendq: " + (c.sendq().isEmpty() ? "–" : String.join(" ", c.sendq()))));
        double x0 = 300;
        double cell = 30;
        for (int i = 0; i < c.cap(); i++) {
            boolean used = i < c.buf().size();
            svg.append(rect(x0 + i * (cell + 4), y + 4, cell, 24, used ? "var(--accent)" : "none"));
            if (used) {
                svg.append(text(x0 + i * (cell + 4) + 8, y + 21, String.valueOf(c.buf().get(i))));
            }
        }
        svg.append(text(x0 + Math.max(1, c.cap()) * (cell + 4) + 10, y + 18,
                "recvq: " + (c.recvq().isEmpty() ? "–" : String.join(" ", c.recvq()))));
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }
}
