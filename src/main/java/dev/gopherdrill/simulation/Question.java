package dev.gopherdrill.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question a simulation generated from a seed: the same simulation, seed, Go version
 * and parameter ranges always give the same question.
 *
 * @param params          the values drawn, by parameter name, for a card's {@code {param}} placeholders
 * @param question        markdown, with the Go code where it is natural
 * @param answer          the answer as the learner should write it
 * @param acceptedAnswers every spelling accepted, compared after {@link #normalise}
 * @param trace           how the runtime gets there, step by step
 */
public record Question(String simulation, long seed, String goVersion, Map<String, String> params, String question,
                       String answer, List<String> acceptedAnswers, List<Step> trace, Verification verification) {

    public Question {
        params = Map.copyOf(params);
        acceptedAnswers = List.copyOf(acceptedAnswers);
        trace = List.copyOf(trace);
    }

    public boolean accepts(String given) {
        String g = normalise(given);
        return !g.isEmpty() && acceptedAnswers.stream().anyMatch(a -> normalise(a).equals(g));
    }

    /**
     * Lenient only where an interviewer would be: case, runs of white space (a program's
     * output typed into one line), commas and a trailing full stop.
     */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.ROOT).replace(',', ' ').strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.replaceAll("\\s+", " ").strip();
    }
}
