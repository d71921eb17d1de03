package dev.gopherdrill.simulation.escape;

import java.util.List;

/**
 * One line of {@code go build -gcflags='-m -l'} output (without the {@code ./file.go:}
 * prefix) and why the compiler printed it: {@code path} is the flow, in words, from the
 * value to the sink that decided it (for "does not escape" lines: why nothing outlives it).
 */
public record Diagnostic(int line, int col, String message, List<String> path) {

    public Diagnostic {
        path = List.copyOf(path);
    }

    /** "5:2: moved to heap: x" */
    public String text() {
        return line + ":" + col + ": " + message;
    }
}
