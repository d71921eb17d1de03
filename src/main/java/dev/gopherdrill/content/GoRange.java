package dev.gopherdrill.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go releases a card's answer is true for, written as in the card's {@code go:} key:
 * space-separated bounds that must all hold, e.g. {@code ">=1.18 <1.24"}; a bare
 * {@code "1.19"} means exactly that minor release; {@code "*"} means every release.
 *
 * Only major.minor is compared: runtime behaviour the cards teach changes between minor
 * releases, never in a patch release.
 */
public record GoRange(String text, List<Bound> bounds) {

    private static final Pattern BOUND = Pattern.compile("(>=|<=|>|<|=)?(\\d+)\\.(\\d+)");

    public static final GoRange ANY = new GoRange("*", List.of());

    /** A range an author wrote that is not one; its wording is the content problem the parser reports. */
    public static final class InvalidRange extends IllegalArgumentException {

        private final transient Wording wording;

        private InvalidRange(Wording wording) {
            super(wording.en());
            this.wording = wording;
        }

        Wording wording() {
            return wording;
        }
    }

    /** @throws InvalidRange with the wording of the content problem */
    public static GoRange parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("*")) {
            return ANY;
        }
        List<Bound> bounds = new ArrayList<>();
        for (String part : t.split("\\s+")) {
            Matcher m = BOUND.matcher(part);
            if (!m.matches()) {
                throw new InvalidRange(Wording.of(ProblemTexts.BAD_GO_RANGE, text));
            }
            String op = m.group(1) == null ? "=" : m.group(1);
            bounds.add(new Bound(op, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        GoRange range = new GoRange(t, List.copyOf(bounds));
        if (!range.satisfiable()) {
            throw new InvalidRange(Wording.of(ProblemTexts.EMPTY_GO_RANGE, text));
        }
        return range;
    }

    public boolean contains(int major, int minor) {
        return bounds.stream().allMatch(b -> b.test(major, minor));
    }

    /** Go 1.0 .. 1.99 is enough to tell an empty range from a real one. */
    private boolean satisfiable() {
        for (int minor = 0; minor < 100; minor++) {
            if (contains(1, minor)) {
                return true;
            }
        }
        return false;
    }

    public record Bound(String op, int major, int minor) {
        boolean test(int maj, int min) {
            int c = maj != major ? Integer.compare(maj, major) : Integer.compare(min, minor);
            return switch (op) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                default -> c == 0;
            };
        }
    }
}
