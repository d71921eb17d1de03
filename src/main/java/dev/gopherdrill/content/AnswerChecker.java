package dev.gopherdrill.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a typed or picked answer is right. Lenient only where a human
 * interviewer would be: case, spacing, commas between values, and a number written in
 * hex or decimal ({@code 0x10} = {@code 16}). Program output is compared line by line
 * because a Go program's output is exact.
 */
public final class AnswerChecker {

    /** The verdict, and what to show as the right answer. */
    public record Verdict(boolean correct, String expected) {
    }

    public Verdict check(Card card, String answer) {
        String given = answer == null ? "" : answer;
        return switch (card.kind()) {
            case EXACT -> new Verdict(card.accept().stream().anyMatch(a -> sameTokens(a, given)), card.accept().get(0));
            case PREDICT -> new Verdict(outputLines(given).equals(outputLines(card.output())), card.output().strip());
            case CHOICE -> new Verdict(chosen(given, card.correctChoices().size()).equals(rightChoices(card)),
                    joinIndexes(rightChoices(card)));
            case RECALL -> throw new IllegalArgumentException("recall cards are graded by the learner, not checked");
            case SIM -> throw new IllegalArgumentException("sim cards are checked by their simulation");
        };
    }

    /**
     * Choice answers are the 0-based indexes of the picked options, separated by commas
     * ("0,2"). Anything else picks nothing, so it is simply wrong.
     */
    static Set<Integer> chosen(String answer, int options) {
        Set<Integer> picked = new TreeSet<>();
        for (String t : answer.split("[,\\s]+")) {
            if (t.matches("\\d{1,3}") && Integer.parseInt(t) < options) {
                picked.add(Integer.parseInt(t));
            } else if (!t.isEmpty()) {
                return Set.of(-1);
            }
        }
        return picked;
    }

    private static Set<Integer> rightChoices(Card card) {
        Set<Integer> right = new TreeSet<>();
        for (int i = 0; i < card.correctChoices().size(); i++) {
            if (card.correctChoices().get(i)) {
                right.add(i);
            }
        }
        return right;
    }

    private static String joinIndexes(Set<Integer> s) {
        return String.join(",", s.stream().map(String::valueOf).toList());
    }

    static boolean sameTokens(String accepted, String given) {
        List<String> a = tokens(accepted);
        List<String> g = tokens(given);
        if (a.size() != g.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameToken(a.get(i), g.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.trim().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean sameToken(String a, String b) {
        BigInteger x = number(a);
        BigInteger y = number(b);
        return x != null && y != null ? x.equals(y) : a.equals(b);
    }

    private static BigInteger number(String t) {
        if (t.matches("-?0x[0-9a-f]+")) {
            boolean negative = t.startsWith("-");
            BigInteger v = new BigInteger(t.substring(negative ? 3 : 2), 16);
            return negative ? v.negate() : v;
        }
        return t.matches("-?\\d+") ? new BigInteger(t) : null;
    }

    /** Lines without trailing spaces, without blank lines at either end. */
    static List<String> outputLines(String s) {
        List<String> lines = new ArrayList<>();
        for (String l : s.replace("\r\n", "\n").split("\n", -1)) {
            lines.add(l.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
