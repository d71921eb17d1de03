package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.Svg.WIDTH;
import static dev.gopherdrill.simulation.Svg.line;
import static dev.gopherdrill.simulation.Svg.open;
import static dev.gopherdrill.simulation.Svg.rect;
import static dev.gopherdrill.simulation.Svg.text;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.Language;

/**
 * One diagnostic of an escape question drawn as the flow that decided it: the compiler's
 * line on top, coloured by its verdict, then each step of the path in its own box, top to
 * bottom, from the value to the sink. Text is wrapped rather than shrunk so the picture
 * stays readable when it scales down to a phone. The compiler's message and the flow stay in
 * Go's words in every language (they are what {@code go build -gcflags=-m} prints); only the
 * picture's own labels follow {@code language}.
 */
public final class EscapePicture {

    /** Characters per line at the 15-unit font in a box as wide as the picture. */
    private static final int CHARS_PER_LINE = 68;
    private static final int LINE_HEIGHT = 20;
    private static final int PADDING = 12;
    private static final int ARROW = 18;

    private EscapePicture() {
    }

    /** The colour class of a diagnostic: allocated on the heap, kept on the stack, or a parameter's leak. */
    public static String verdict(String message) {
        if (message.startsWith("leaking param")) {
            return "leak";
        }
        return message.startsWith("moved to heap") || message.endsWith("escapes to heap") ? "heap" : "stack";
    }

    public static String svg(EscapeSimulation.State s, Language language) {
        List<List<String>> boxes = new ArrayList<>();
        boxes.add(wrap(s.line() + ":" + s.col() + ": " + s.message() + (s.decisive() ? Texts.PIC_DECISIVE.in(language)
                : "")));
        s.path().forEach(step -> boxes.add(wrap(step)));
        int height = PADDING;
        for (List<String> box : boxes) {
            height += box.size() * LINE_HEIGHT + PADDING + ARROW;
        }
        StringBuilder svg = open(height, Texts.PIC_WHY.in(language, s.message()));
        int y = PADDING / 2;
        for (int i = 0; i < boxes.size(); i++) {
            List<String> box = boxes.get(i);
            int h = box.size() * LINE_HEIGHT + PADDING;
            svg.append(rect(10, y, WIDTH - 20, h, "none"));
            if (i == 0) {
                svg.append(rect(10, y, 8, h, colour(verdict(s.message()))));
            }
            for (int j = 0; j < box.size(); j++) {
                svg.append(text(26, y + 20 + j * LINE_HEIGHT, box.get(j)));
            }
            y += h;
            if (i < boxes.size() - 1) {
                svg.append(line(WIDTH / 2.0, y, WIDTH / 2.0, y + ARROW, "var(--fg)"));
                y += ARROW;
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String colour(String verdict) {
        return switch (verdict) {
            case "heap" -> "var(--bad)";
            case "leak" -> "var(--warn)";
            default -> "var(--accent)";
        };
    }

    /** Greedy word wrap; a word longer than a line gets a line of its own. */
    static List<String> wrap(String s) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : s.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > CHARS_PER_LINE) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
