package dev.gopherdrill.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Anki's type-in comparison: where a typed answer differs from the expected one, character by
 * character. The two strings are aligned on a longest common subsequence, so one wrong or
 * missing character marks only itself and the rest of a line stays matched. The result is
 * two rows, as Anki shows them: the typed answer with each character right or wrong, and the
 * expected answer with each character matched or missing from what was typed.
 *
 * Trailing line ends are ignored, as the checker ignores them. The alignment is quadratic, so
 * answers longer than {@link #MAXIMUM_ALIGNED_LENGTH} are not aligned: every character of the
 * typed answer is wrong and every expected one missing.
 */
public final class AnswerDiff {

    /** 2,000 × 2,000 cells is 16 MB of table: far above any card's output, well under a request's budget. */
    static final int MAXIMUM_ALIGNED_LENGTH = 2_000;

    /** How a run of characters compares. */
    public enum Mark {
        /** in both answers */
        SAME,
        /** typed, but not in the expected answer */
        WRONG,
        /** expected, but not typed */
        MISSING
    }

    /** A run of characters with one mark. */
    public record Segment(Mark mark, String text) {
    }

    /** @param typed the typed answer: SAME and WRONG runs; @param expected the expected one: SAME and MISSING runs */
    public record Comparison(List<Segment> typed, List<Segment> expected) {
    }

    private AnswerDiff() {
    }

    public static Comparison compare(String typed, String expected) {
        String a = stripTrailingLineEnds(typed == null ? "" : typed);
        String b = stripTrailingLineEnds(expected == null ? "" : expected);
        if (a.length() > MAXIMUM_ALIGNED_LENGTH || b.length() > MAXIMUM_ALIGNED_LENGTH) {
            return new Comparison(runs(a, Mark.WRONG), runs(b, Mark.MISSING));
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Runs typedRuns = new Runs();
        Runs expectedRuns = new Runs();
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                typedRuns.add(Mark.SAME, a.charAt(i++));
                expectedRuns.add(Mark.SAME, b.charAt(j++));
            } else if (j < b.length() && (i == a.length() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                expectedRuns.add(Mark.MISSING, b.charAt(j++));
            } else {
                typedRuns.add(Mark.WRONG, a.charAt(i++));
            }
        }
        return new Comparison(typedRuns.done(), expectedRuns.done());
    }

    private static List<Segment> runs(String s, Mark mark) {
        return s.isEmpty() ? List.of() : List.of(new Segment(mark, s));
    }

    private static String stripTrailingLineEnds(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Builds segments, merging neighbours with the same mark. */
    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private Mark mark;
        private final StringBuilder text = new StringBuilder();

        void add(Mark m, char c) {
            if (m != mark) {
                close();
                mark = m;
            }
            text.append(c);
        }

        List<Segment> done() {
            close();
            return List.copyOf(segments);
        }

        private void close() {
            if (!text.isEmpty()) {
                segments.add(new Segment(mark, text.toString()));
                text.setLength(0);
            }
        }
    }
}
