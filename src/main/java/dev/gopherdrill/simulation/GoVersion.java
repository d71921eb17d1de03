package dev.gopherdrill.simulation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go release as the simulations distinguish them: major.minor only, because the
 * runtime behaviour they model changes between minor releases and never in a patch.
 */
public record GoVersion(int major, int minor) implements Comparable<GoVersion> {

    /** The toolchain the differential tests run; every model is verified on it. */
    public static final GoVersion VERIFIED = new GoVersion(1, 19);

    /** A release as written: {@code 1.19}, or a patch release {@code 1.19.3} (its minor release counts). */
    public static final String SYNTAX = "(1)\\.(\\d{1,2})(?:\\.\\d{1,2})?";
    private static final Pattern TEXT = Pattern.compile(SYNTAX);

    /** @throws SimulationInputException naming {@code goVersion} when the text is not a release */
    public static GoVersion parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new SimulationInputException("goVersion", "expected a Go release such as \"1.19\", got " + text);
        }
        return new GoVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean atLeast(int maj, int min) {
        return compareTo(new GoVersion(maj, min)) >= 0;
    }

    @Override
    public int compareTo(GoVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
