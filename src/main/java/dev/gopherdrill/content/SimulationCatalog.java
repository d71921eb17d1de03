package dev.gopherdrill.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulations a {@code sim} card may name, and the parameters each one takes. The
 * linter checks cards against it; the simulations themselves (question generators,
 * checkers, traces) live in {@code simulation/<topic>} and are added by their own
 * issues, each registering its parameters here first so cards can be written and
 * reviewed ahead of the code.
 *
 * A parameter is given in a card either as a list of values ({@code [int8, int64]}) or as
 * an inclusive integer range ({@code 0..12}); a range end may name another parameter of
 * the same card ({@code startCap: startLen..16}), which the generator resolves.
 */
public final class SimulationCatalog {

    /** A parameter: a list of values, or an integer range within [min, max]. */
    public record Param(boolean list, long min, long max) {
        static Param values() {
            return new Param(true, 0, 0);
        }

        static Param range(long min, long max) {
            return new Param(false, min, max);
        }
    }

    private static final Map<String, Map<String, Param>> SIMULATIONS = Map.of(
            // growslice -> roundupsize: elem types, start len/cap, elements appended in one call
            "slice.append", Map.of(
                    "elem", Param.values(),
                    "startLen", Param.range(0, 1 << 20),
                    "startCap", Param.range(0, 1 << 20),
                    "add", Param.range(0, 1 << 20)),
            // makemap and hashGrow: the hint given to make, then the number of inserts
            "map.grow", Map.of(
                    "hint", Param.range(0, 1 << 24),
                    "inserts", Param.range(0, 1 << 24)));

    private static final Pattern RANGE = Pattern.compile("(\\w+)\\.\\.(\\w+)");

    private SimulationCatalog() {
    }

    public static List<String> names() {
        return SIMULATIONS.keySet().stream().sorted().toList();
    }

    /** A problem with {@code value} for parameter {@code name} of {@code sim}, or empty when it is fine. */
    static Optional<String> check(String sim, String name, String value, java.util.Set<String> declared) {
        Map<String, Param> params = SIMULATIONS.get(sim);
        Param p = params.get(name);
        if (p == null) {
            return Optional.of("simulation " + sim + " has no parameter \"" + name + "\"; it takes "
                    + String.join(", ", params.keySet().stream().sorted().toList()));
        }
        if (p.list()) {
            boolean ok = value.startsWith("[") && value.endsWith("]") && value.length() > 2;
            return ok ? Optional.empty() : Optional.of(name + " is a list of values: [a, b]");
        }
        Matcher m = RANGE.matcher(value);
        if (!m.matches()) {
            return Optional.of(name + " is a range: low..high, e.g. 0..12");
        }
        Long lo = bound(m.group(1), p, declared);
        Long hi = bound(m.group(2), p, declared);
        if (lo == null || hi == null) {
            return Optional.of(name + ": each end of " + value + " is an integer in " + p.min() + ".." + p.max()
                    + " or another parameter of this card");
        }
        if (lo != Long.MIN_VALUE && hi != Long.MIN_VALUE && lo > hi) {
            return Optional.of(name + ": the range " + value + " is empty");
        }
        return Optional.empty();
    }

    static boolean exists(String sim) {
        return SIMULATIONS.containsKey(sim);
    }

    /** The integer, {@code MIN_VALUE} for a reference to another parameter, null when invalid. */
    private static Long bound(String s, Param p, java.util.Set<String> declared) {
        if (s.matches("\\d{1,9}")) {
            long v = Long.parseLong(s);
            return v >= p.min() && v <= p.max() ? v : null;
        }
        return declared.contains(s) ? Long.MIN_VALUE : null;
    }
}
