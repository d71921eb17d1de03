package dev.gopherdrill.simulation.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Svg;
import dev.gopherdrill.simulation.context.ContextModel.Cancellation;
import dev.gopherdrill.simulation.context.ContextModel.NodeState;
import dev.gopherdrill.simulation.context.ContextModel.State;

/**
 * One trace step of a context tree as a phone-width SVG: the tree as an indented list
 * (a child under its parent, one level further right, joined by a line), each context a
 * box with what created it and its Go type, then its deadline, value, error, cause and
 * registered children; a square at the right edge says live (empty), cancelled in this
 * step (warn colour) or cancelled earlier (bad colour). The clock is at the top, this
 * step's cancellations and who made them at the bottom.
 */
public final class ContextPicture {

    private static final int ROW = 50;
    private static final int INDENT = 18;
    private static final int TOP = 34;
    /** Roughly how wide a character of the 15-unit font is, to cut lines that would overflow. */
    private static final double CHAR = 8.0;

    private ContextPicture() {
    }

    public static String svg(State s, Language language) {
        Map<String, List<NodeState>> children = new HashMap<>();
        NodeState root = null;
        for (NodeState n : s.nodes()) {
            if (n.parent() == null) {
                root = n;
            } else {
                children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
            }
        }
        List<NodeState> order = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        walk(root, 0, children, order, depth);
        List<String> footer = footer(s.cancelled(), language);
        StringBuilder svg = Svg.open(TOP + order.size() * ROW + 12 + footer.size() * 22,
                Texts.PIC_LABEL.in(language, s.now(), order.size()));
        svg.append(Svg.text(10, 20, Texts.CLOCK.in(language, s.now())));
        Map<String, double[]> anchor = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            NodeState n = order.get(i);
            double x = 10 + depth.get(i) * INDENT;
            double y = TOP + i * ROW;
            double w = Svg.WIDTH - 10 - x;
            if (n.parent() != null) {
                double[] p = anchor.get(n.parent());
                svg.append(Svg.line(p[0], p[1], p[0], y + 20, "var(--border)"));
                svg.append(Svg.line(p[0], y + 20, x, y + 20, "var(--border)"));
            }
            anchor.put(n.name(), new double[] {x + INDENT / 2.0, y + ROW - 8});
            svg.append(Svg.rect(x, y, w, ROW - 8, "none"));
            String status = cancelledNow(s, n.name()) ? "var(--warn)" : n.done() ? "var(--bad)" : "none";
            svg.append(Svg.rect(x + w - 20, y + 6, 14, 14, status));
            svg.append(Svg.text(x + 6, y + 17, fit(n.name() + " = " + n.call() + "  " + n.goType(), w - 30)));
            svg.append(Svg.text(x + 6, y + 36, fit(details(n, language), w - 12)));
        }
        double y = TOP + order.size() * ROW + 8;
        for (String line : footer) {
            svg.append(Svg.text(10, y + 14, fit(line, Svg.WIDTH - 20)));
            y += 22;
        }
        return svg.append("</svg>").toString();
    }

    private static void walk(NodeState n, int d, Map<String, List<NodeState>> children, List<NodeState> order,
                             List<Integer> depth) {
        order.add(n);
        depth.add(d);
        for (NodeState c : children.getOrDefault(n.name(), List.of())) {
            walk(c, d + 1, children, order, depth);
        }
    }

    private static String details(NodeState n, Language language) {
        List<String> parts = new ArrayList<>();
        if (n.kind() == ContextModel.Kind.AFTER_FUNC) {
            parts.add("f " + n.afterFunc().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            parts.add(n.deadline() == null ? Texts.NO_DEADLINE_PIC.in(language)
                    : Texts.DEADLINE_PIC.in(language, n.deadline()) + (n.ownDeadline() ? "" : Texts.INHERITED.in(language)));
        }
        if (n.value() != null) {
            parts.add(n.value());
        }
        parts.add("err: " + (n.err() == null ? "nil" : n.err()));
        if (n.cause() != null && !n.cause().equals(n.err())) {
            parts.add("cause: " + n.cause());
        }
        if (!n.children().isEmpty()) {
            parts.add(Texts.CHILDREN.in(language, String.join(", ", n.children())));
        }
        return String.join(" · ", parts);
    }

    private static List<String> footer(List<Cancellation> cancelled, Language language) {
        List<String> lines = new ArrayList<>();
        for (Cancellation c : cancelled) {
            lines.add(Texts.CANCELLED_NOW.in(language, c.name(), c.err(), c.by()));
        }
        return lines;
    }

    private static boolean cancelledNow(State s, String name) {
        return s.cancelled().stream().anyMatch(c -> c.name().equals(name));
    }

    private static String fit(String text, double width) {
        int max = (int) (width / CHAR);
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }
}
