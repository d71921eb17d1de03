package dev.gopherdrill.simulation.escape;

import java.util.List;

/** The diagnostics of one file in the order the compiler prints them (its emission order, not sorted). */
public record Analysis(List<Diagnostic> diagnostics) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    /** ["5:2: moved to heap: x", ...] */
    public List<String> lines() {
        return diagnostics.stream().map(Diagnostic::text).toList();
    }
}
