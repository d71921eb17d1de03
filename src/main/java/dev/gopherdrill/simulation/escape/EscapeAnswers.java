package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gopherdrill.simulation.escape.EscapePrograms.Ask;
import dev.gopherdrill.simulation.escape.EscapePrograms.Escapes;
import dev.gopherdrill.simulation.escape.EscapePrograms.Heap;
import dev.gopherdrill.simulation.escape.EscapePrograms.Param;

/**
 * Reads the answer to an {@link Ask} off a program's diagnostics, given as
 * {@code go build -gcflags='-m -l'} prints them minus the file name ({@code "5:2: moved to heap: x"},
 * as {@link Analysis#lines()} gives them). The same reading serves the analyzer's lines in
 * {@link EscapeSimulation} and the real compiler's in the differential test, so the two can
 * only disagree where the diagnostics do.
 */
final class EscapeAnswers {

    /** The heap answer when no candidate is moved. */
    static final String NONE = "none";

    private static final Pattern LINE = Pattern.compile("(\\d+):(\\d+): (.*)");

    /**
     * @param text     the answer as shown
     * @param accepted every spelling accepted
     * @param decisive the diagnostic lines the answer is read from (empty for "none")
     */
    record Answer(String text, List<String> accepted, List<String> decisive) {
    }

    private EscapeAnswers() {
    }

    /** @throws IllegalStateException when the diagnostics do not contain what the ask points at */
    static Answer of(Ask ask, List<String> lines) {
        if (ask instanceof Heap h) {
            return heap(h, lines);
        }
        if (ask instanceof Escapes e) {
            return escapes(e, lines);
        }
        return param((Param) ask, lines);
    }

    private static Answer heap(Heap h, List<String> lines) {
        TreeSet<String> moved = new TreeSet<>();
        List<String> decisive = new ArrayList<>();
        for (String l : lines) {
            String msg = message(l);
            if (msg.startsWith("moved to heap: ")) {
                String name = msg.substring("moved to heap: ".length());
                if (!h.candidates().contains(name)) {
                    throw new IllegalStateException("moved to heap: " + name + " is not among " + h.candidates());
                }
                moved.add(name);
                decisive.add(l);
            }
        }
        boolean single = h.candidates().size() == 1;
        if (moved.isEmpty()) {
            List<String> none = new ArrayList<>(List.of(NONE, "nothing", "no variable", "0"));
            if (single) {
                none.add("no");
            }
            return new Answer(NONE, none, List.of());
        }
        List<String> names = List.copyOf(moved);
        List<String> accepted = new ArrayList<>();
        permutations(names, new ArrayList<>(), accepted);
        if (single) {
            accepted.add("yes");
        }
        return new Answer(String.join(", ", names), accepted, decisive);
    }

    private static void permutations(List<String> rest, List<String> prefix, List<String> out) {
        if (rest.isEmpty()) {
            out.add(String.join(" ", prefix));
            return;
        }
        for (String n : rest) {
            List<String> next = new ArrayList<>(rest);
            next.remove(n);
            prefix.add(n);
            permutations(next, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static Answer escapes(Escapes e, List<String> lines) {
        String at = e.line() + ":" + e.col() + ": ";
        for (String l : lines) {
            if (l.startsWith(at) && (l.endsWith(" escapes to heap") || l.endsWith(" does not escape"))) {
                return l.endsWith(" escapes to heap")
                        ? new Answer("yes", List.of("yes", "escapes", "escapes to heap", "heap", "y"), List.of(l))
                        : new Answer("no", List.of("no", "does not escape", "stack", "n"), List.of(l));
            }
        }
        throw new IllegalStateException("no diagnostic at " + e.line() + ":" + e.col() + " for " + e.code()
                + " in " + lines);
    }

    private static Answer param(Param p, List<String> lines) {
        List<String> about = new ArrayList<>();
        for (String l : lines) {
            String msg = message(l);
            if (msg.equals(p.name() + " does not escape") || msg.equals("leaking param: " + p.name())
                    || msg.equals("leaking param content: " + p.name())
                    || msg.startsWith("leaking param: " + p.name() + " to result ")) {
                about.add(l);
            }
        }
        if (about.size() != 1) {
            throw new IllegalStateException("expected one diagnostic about parameter " + p.name() + ", got " + about);
        }
        String line = about.get(0);
        String msg = message(line);
        return new Answer(msg, List.of(msg, line), about);
    }

    /** The message of a {@code "line:col: message"} line. */
    static String message(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a line:col: message diagnostic: " + line);
        }
        return m.group(3);
    }
}
