package dev.gopherdrill.simulation.channels;

import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.Locale;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.channels.ChannelModel.ChannelState;
import dev.gopherdrill.simulation.channels.ChannelModel.GoroutineState;

/** The channel simulation's picture of its {@link ChannelModel.State}. */
public final class ChannelPicture {

    private ChannelPicture() {
    }

    /**
     * Each channel as a block of three lines: its name and capacity; the ring buffer of cap
     * slots (or what an unbuffered or nil channel does instead); its parked senders (sendq)
     * and receivers (recvq) side by side. Below, the scheduler, one fact a line: who runs,
     * runnext and the local run queue, the WaitGroup, each goroutine's state, what was
     * printed. Nothing shares a line with text of unknown length, so no label can run into
     * another on a phone.
     */
    public static String svg(ChannelModel.State s, Language language) {
        int rowH = 86;
        int lines = 3 + s.goroutines().size() + (s.wgCounter() == null ? 0 : 1);
        int height = 16 + s.channels().size() * rowH + lines * 22 + 10;
        StringBuilder svg = open(height, Texts.CHANNELS_LABEL.in(language));
        int y = 8;
        for (ChannelState c : s.channels()) {
            svg.append(text(10, y + 16, c.name() + (c.closed() ? Texts.CLOSED.in(language) : "") + " · "
                    + (c.kind().equals("nil") ? "nil" : "cap " + c.cap())));
            int slots = Math.max(c.cap(), 0);
            double cell = 34;
            double x0 = 10;
            if (c.kind().equals("nil")) {
                svg.append(text(x0, y + 42, Texts.NIL_CHANNEL.in(language)));
            } else if (slots == 0) {
                svg.append(text(x0, y + 42, Texts.PICTURE_UNBUFFERED.in(language)));
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
        for (GoroutineState g : s.goroutines()) {
            y += 22;
            svg.append(text(10, y, g.name() + " " + g.status().name().toLowerCase(Locale.ROOT)
                    + (g.waitReason() == null ? "" : " [" + g.waitReason() + "]")));
        }
        y += 22;
        svg.append(text(10, y, Texts.PRINTED.in(language, s.stdout().isEmpty() ? "–" : String.join(" | ", s.stdout()))));
        return svg.append("</svg>").toString();
    }
}
