package dev.gopherdrill.simulation;

/**
 * Input a simulation cannot run with. It names the offending field (as the API spells
 * it, e.g. {@code cases[3].cap}) so the caller can be told exactly what to fix.
 */
public final class SimulationInputException extends IllegalArgumentException {

    private final String field;

    public SimulationInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
