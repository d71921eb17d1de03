package dev.gopherdrill.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.registry.Simulations;

/**
 * A {@code sim} card in practice: each time it is shown it asks a fresh question, drawn
 * from a seed that names the learner, the card and the review (its state's version), so
 * a refresh or a second tab shows the same question and checking or grading can
 * recompute it instead of storing it.
 */
public final class SimCard {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private SimCard() {
    }

    /** What a synced sim card stores; null for other kinds. */
    public static CardContent.SimSpec spec(Card c) {
        if (c.kind() != CardKind.SIM) {
            return null;
        }
        GoVersion v = SimulationCatalog.version(c.sim().name(), c.go()).orElseThrow();
        return new CardContent.SimSpec(c.sim().name(), v.toString(), c.sim().params(), c.texts().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, t -> t.getValue().prompt())));
    }

    /** The seed of the question shown for {@code version} of a learner's state of a card. */
    public static long seed(long userId, String cardId, int version) {
        long h = 1125899906842597L;
        for (char ch : cardId.toCharArray()) {
            h = 31 * h + ch;
        }
        // SplitMix64-style mixing, so neighbouring versions give unrelated questions
        long z = h ^ (userId * 0x9E3779B97F4A7C15L) ^ ((long) version << 32);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The question {@code seed} names, its text and trace in {@code language} (a learner's setting, e.g. "zh"). */
    public static Question question(CardContent.SimSpec spec, long seed, String language) {
        return Simulations.find(spec.name()).orElseThrow()
                .question(seed, GoVersion.parse(spec.goVersion()), spec.params(), Language.of(language));
    }

    /** The card's prompt in {@code language} with the question's drawn values in place, as markdown. */
    public static String prompt(CardContent.SimSpec spec, String language, Question q) {
        String template = spec.prompts().getOrDefault(language, spec.prompts().get(Card.CANONICAL_LANGUAGE));
        Matcher m = PLACEHOLDER.matcher(template);
        return m.replaceAll(r -> Matcher.quoteReplacement(q.params().getOrDefault(r.group(1), r.group())));
    }
}
