package dev.gopherdrill.simulation;

import java.util.List;

/**
 * A parameter a simulation draws its questions from: either an inclusive integer range
 * (whose bounds are also the most the public API lets a caller ask for, so one request
 * cannot make the server work without limit) or a list of named choices.
 */
public record Parameter(String name, Text description, long min, long max, List<String> choices,
                        String defaultRange) {

    public Parameter {
        choices = List.copyOf(choices);
    }

    public static Parameter range(String name, Text description, long min, long max) {
        return new Parameter(name, description, min, max, List.of(), min + ".." + max);
    }

    /** A range whose default is written in card syntax, e.g. {@code "startLen..4096"}. */
    public static Parameter range(String name, Text description, long min, long max, String defaultRange) {
        return new Parameter(name, description, min, max, List.of(), defaultRange);
    }

    public static Parameter choice(String name, Text description, List<String> choices) {
        return new Parameter(name, description, 0, 0, choices, null);
    }

    public String description(Language language) {
        return description.in(language);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }
}
