package dev.gopherdrill.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.registry.Simulations;

/**
 * What the linter knows about the simulations a {@code sim} card may name: their
 * parameters come from the simulations themselves ({@code simulation/<topic>}), so a card
 * cannot drift from the code that answers it.
 *
 * A parameter is given in a card either as a list of values ({@code [int8, int64]}) or as
 * an inclusive integer range ({@code 0..12}); a range end may name another parameter of
 * the same card ({@code startCap: startLen..16}), which the generator resolves.
 */
public final class SimulationCatalog {

    private static final Pattern RANGE = Pattern.compile("(\\w+)\\.\\.(\\w+)");

    /** Parameter draws the linter tries, so a range that is empty for some draws is caught before a learner sees it. */
    private static final int LINT_SEEDS = 64;

    private SimulationCatalog() {
    }

    public static List<String> names() {
        return Simulations.all().stream().map(Simulation::id).sorted().toList();
    }

    static boolean exists(String sim) {
        return Simulations.find(sim).isPresent();
    }

    /** A problem with {@code value} for parameter {@code name} of {@code sim}, or empty when it is fine. */
    static Optional<Wording> check(String sim, String name, String value, Set<String> declared) {
        Simulation s = Simulations.find(sim).orElseThrow();
        Optional<Parameter> param = s.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
        if (param.isEmpty()) {
            return Optional.of(Wording.of(ProblemTexts.NO_SUCH_PARAM, sim, name,
                    String.join(", ", s.parameters().stream().map(Parameter::name).toList())));
        }
        Parameter p = param.get();
        if (p.isChoice()) {
            if (!(value.startsWith("[") && value.endsWith("]") && value.length() > 2)) {
                return Optional.of(Wording.of(ProblemTexts.CHOICE_PARAM, name));
            }
            for (String item : value.substring(1, value.length() - 1).split(",")) {
                String v = item.strip().replaceAll("^\"|\"$", "");
                if (!p.choices().contains(v)) {
                    return Optional.of(Wording.of(ProblemTexts.NOT_A_CHOICE, name, v, String.join(", ", p.choices())));
                }
            }
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(value);
        if (!m.matches()) {
            return Optional.of(Wording.of(ProblemTexts.RANGE_PARAM, name));
        }
        Long lo = bound(m.group(1), p, declared);
        Long hi = bound(m.group(2), p, declared);
        if (lo == null || hi == null) {
            return Optional.of(Wording.of(ProblemTexts.RANGE_ENDS, name, value, p.min(), p.max()));
        }
        if (lo != Long.MIN_VALUE && hi != Long.MIN_VALUE && lo > hi) {
            return Optional.of(Wording.of(ProblemTexts.EMPTY_RANGE, name, value));
        }
        return Optional.empty();
    }

    /**
     * The release a sim card's questions use: the verified one when the card and the
     * simulation both cover it, else the newest both cover; empty when they share none.
     */
    public static Optional<GoVersion> version(String sim, GoRange go) {
        Simulation s = Simulations.find(sim).orElseThrow();
        if (s.supports(GoVersion.VERIFIED) && go.contains(GoVersion.VERIFIED.major(), GoVersion.VERIFIED.minor())) {
            return Optional.of(GoVersion.VERIFIED);
        }
        for (GoVersion v = s.newest(); v.compareTo(s.oldest()) >= 0; v = new GoVersion(v.major(), v.minor() - 1)) {
            if (go.contains(v.major(), v.minor())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * What drawing a sim card's questions tells the linter: the first problem, or the names
     * of the values a question fills in (for the prompt's placeholders).
     */
    record Draws(Optional<Wording> problem, Set<String> values) {
    }

    /**
     * Draws the card's parameters {@value #LINT_SEEDS} times (cheap: ranges that are empty for
     * some draws) and generates one whole question (the model accepts the values). Content is
     * parsed at every start-up, so the models do not run 64 times here; ShippedContentTest
     * generates 64 questions per shipped card.
     */
    static Draws draws(String sim, GoRange go, Map<String, String> params) {
        Simulation s = Simulations.find(sim).orElseThrow();
        Optional<GoVersion> v = version(sim, go);
        if (v.isEmpty()) {
            return new Draws(Optional.of(Wording.of(ProblemTexts.NO_SHARED_RELEASE, go.text(), sim, s.oldest(),
                    s.newest())), Set.of());
        }
        try {
            for (long seed = 1; seed < LINT_SEEDS; seed++) {
                s.drawValues(seed, params);
            }
            return new Draws(Optional.empty(), s.question(0, v.get(), params).params().keySet());
        } catch (SimulationInputException e) {
            return new Draws(Optional.of(Wording.of(ProblemTexts.CANNOT_DRAW, e.getMessage())), Set.of());
        }
    }

    /** The {@code {name}} placeholders of a prompt that no drawn value fills. */
    static List<String> unknownPlaceholders(Set<String> values, String prompt) {
        return Pattern.compile("\\{(\\w+)}").matcher(prompt).results().map(r -> r.group(1))
                .filter(n -> !values.contains(n)).distinct().toList();
    }

    /** The integer, {@code MIN_VALUE} for a reference to another parameter, null when invalid. */
    private static Long bound(String s, Parameter p, Set<String> declared) {
        if (s.matches("\\d{1,9}")) {
            long v = Long.parseLong(s);
            return v >= p.min() && v <= p.max() ? v : null;
        }
        return declared.contains(s) ? Long.MIN_VALUE : null;
    }
}
