package dev.gopherdrill.interview;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests which key points a free-text answer covers. It is a suggestion the candidate
 * confirms or corrects, so it is built to be explained in one paragraph rather than to be
 * clever: no model, no dictionary, only normalised words and character pairs.
 *
 * <p><b>Normalising.</b> Both texts go through Unicode NFKC (full-width letters and digits
 * become ASCII, full-width punctuation becomes ASCII punctuation) and lose their markdown: link
 * targets are dropped, backticks, emphasis and punctuation separate words. Then they split
 * into units:
 * <ul>
 * <li><b>Technical tokens</b> are matched exactly (case aside): numbers ({@code 256},
 *     {@code 1.25}, {@code 0x10}) and identifiers with a dot, an underscore, a digit or a
 *     capital after the first letter ({@code runtime.growslice}, {@code GOMAXPROCS},
 *     {@code int64}, {@code sync.WaitGroup}).</li>
 * <li><b>Other Latin words</b> are lower-cased, English stop words ("the", "is", "not", "does",
 *     …) and lower-case one-letter words are dropped (a capital one stays: G, M, P, B name
 *     runtime things), and the rest are stemmed lightly: a plural or
 *     third-person {@code s}, {@code -ing} and {@code -ed} come off ({@code -ies}/{@code -ied}
 *     become {@code y}, a doubled final consonant is undoubled), then a final {@code e}, so
 *     "copies", "copied", "copying" and "copy" meet, and so do "escapes" and "escaping".</li>
 * <li><b>Chinese</b> has no spaces, so each run of Han characters, cut at a few particles
 *     (的 了 是 和 与 吗 呢 吧 啊), becomes its overlapping character pairs (底层数组 → 底层,
 *     层数, 数组); a one-character run is kept as is. Latin words inside a Chinese key point are
 *     units as above.</li>
 * </ul>
 *
 * <p><b>Covered.</b> A key point is covered when the answer contains at least
 * {@value #ENGLISH_THRESHOLD} of the key point's distinct units in English (so 1 of 1, 2 of
 * 2, 2 of 3, 3 of 4, 3 of 5), at least {@value #CHINESE_THRESHOLD} in Chinese (a correct
 * paraphrase keeps fewer of a sentence's character pairs than of its words: "拷贝切片时只会复制切片头，
 * 不复制元素" shares 5 of the 11 pairs of "复制切片只复制切片头，元素不会被复制"), or when any author
 * synonym appears: in English as its content words in a row among the answer's (stemmed, so
 * "allocated on the heap" meets "Allocated on heap"), in Chinese as a substring once both
 * keep only letters and digits (指针、长度和容量 meets 指针，长度和容量). The evidence lists what matched, as the
 * answer wrote it: the synonyms found, the words (in the key point's order), and runs of
 * matched character pairs joined back into the answer's phrase. Evidence is given for a key point that is not covered too, so the
 * candidate sees how close the answer came.
 *
 * <p><b>Limits</b> (each has a test): it matches words, not meaning. Words an answer adds never
 * count against it, so "append does not copy" covers "append copies", and a negation in the
 * key point is a stop word, so "it copies" covers "never copies"; a word used in another sense counts
 * ("header file" for the slice header); an answer that lists every term of the deck covers
 * every point; a correct paraphrase with different words ("doubles" for "twice") is missed
 * unless an author gave it as a synonym; stemming is English-only and light ("grown" does not
 * meet "grow"); identifiers must be spelled in full ({@code growslice} does not match
 * {@code runtime.growslice}). The candidate's confirmation at the end is the score that counts.
 */
public final class KeyPointMatcher {

    /** Share of an English key point's units the answer must contain. */
    static final double ENGLISH_THRESHOLD = 0.6;
    /** Share of a Chinese key point's units (mostly character pairs) the answer must contain. */
    static final double CHINESE_THRESHOLD = 0.4;

    /** Hex and decimal numbers, then identifiers (letters, digits, '_', inner dots), then runs of Han characters. */
    private static final Pattern TOKEN = Pattern.compile(
            "0[xX][0-9a-fA-F]+|\\d+(?:\\.\\d+)*|[\\p{L}_&&[^\\p{IsHan}]][\\p{L}\\p{N}_&&[^\\p{IsHan}]]*"
                    + "(?:\\.[\\p{L}_&&[^\\p{IsHan}]][\\p{L}\\p{N}_&&[^\\p{IsHan}]]*)*|\\p{IsHan}+");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern HAN_PARTICLES = Pattern.compile("[的了是和与吗呢吧啊]");
    /** Everything but letters and digits: dropped from the compact form, and what separates words in evidence. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "aren", "as", "at", "be", "been",
            "before", "being", "both", "but", "by", "can", "cannot", "could", "did", "didn", "do", "does", "doesn",
            "don", "each", "either", "else", "even", "every", "for", "from", "had", "has", "have", "he", "her",
            "here", "his", "how", "i", "if", "in", "into", "is", "isn", "it", "its", "just", "may", "me", "might",
            "more", "most", "must", "my", "neither", "never", "no", "nor", "not", "of", "on", "once", "only",
            "onto", "or", "other", "our", "own", "she", "should", "so", "some", "such", "than", "that", "the",
            "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "until",
            "very", "was", "wasn", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
            "why", "will", "with", "without", "won", "would", "yet", "you", "your");

    private KeyPointMatcher() {
    }

    /**
     * @param answer   the candidate's free text (markdown or plain)
     * @param points   the card's key points in order
     * @param language {@code en} or {@code zh}: the threshold and how synonyms are found
     */
    public static List<PointMatch> match(String answer, List<KeyPoint> points, String language) {
        boolean chinese = switch (language) {
            case "en" -> false;
            case "zh" -> true;
            default -> throw new IllegalArgumentException("language: must be en or zh, got " + language);
        };
        Text said = Text.of(answer == null ? "" : answer);
        List<PointMatch> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            out.add(matchOne(i, said, points.get(i), chinese));
        }
        return out;
    }

    private static PointMatch matchOne(int index, Text said, KeyPoint point, boolean chinese) {
        Set<String> evidence = new LinkedHashSet<>();
        boolean bySynonym = false;
        for (String synonym : point.synonyms()) {
            String found = chinese ? said.containsCompact(synonym) : said.containsPhrase(synonym);
            if (found != null) {
                evidence.add(found);
                bySynonym = true;
            }
        }
        Text wanted = Text.of(point.text());
        Set<String> bigrams = wanted.hanUnits();
        int units = wanted.wordUnits().size() + bigrams.size();
        int matched = 0;
        for (Unit u : wanted.wordUnits().values()) {
            String surface = said.surfaceOf(u);
            if (surface != null) {
                evidence.add(surface);
                matched++;
            }
        }
        Set<String> seen = said.hanSeen();
        for (String pair : bigrams) {
            if (seen.contains(pair)) {
                matched++;
            }
        }
        evidence.addAll(said.hanPhrasesMade(bigrams));
        double threshold = chinese ? CHINESE_THRESHOLD : ENGLISH_THRESHOLD;
        boolean covered = bySynonym || units > 0 && matched >= Math.ceil(threshold * units - 1e-9);
        return new PointMatch(index, covered, List.copyOf(evidence));
    }

    /** NFKC, markdown link targets dropped: what both sides go through before splitting. */
    static String normalise(String text) {
        return LINK_TARGET.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("]");
    }

    /** Light English stemming: see the class comment. Applied to both sides, so it only has to be consistent. */
    static String stem(String word) {
        String w = word;
        if (w.endsWith("ies") || w.endsWith("ied")) {
            w = w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w;
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && w.length() > 5 && hasVowel(w.substring(0, w.length() - 3))) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4 && hasVowel(w.substring(0, w.length() - 2))) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "string" and "red" are not verbs: a suffix comes off only when a vowel stays. */
    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** A word unit: its key ({@code exact}: the lower-cased token, else its stem). */
    private record Unit(String key, boolean exact) {
    }

    /** A Latin token of a text: as written (lower-cased), its stem, whether it is technical or a content word, and where it is. */
    private record Word(String surface, String stem, boolean technical, boolean content, int start, int end) {
    }

    /** A text split into its Latin words, in order, and its Han runs. */
    private record Text(String normalised, List<Word> words, List<String> hanRuns, String compact) {

        static Text of(String raw) {
            String text = normalise(raw);
            List<Word> words = new ArrayList<>();
            List<String> han = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String token = m.group();
                if (Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN) {
                    for (String run : HAN_PARTICLES.split(token)) {
                        if (!run.isEmpty()) {
                            han.add(run);
                        }
                    }
                    continue;
                }
                String trimmed = trimUnderscores(token);
                if (trimmed.isEmpty()) {
                    continue;
                }
                String lower = trimmed.toLowerCase(Locale.ROOT);
                boolean technical = technical(trimmed);
                // G, M, P and B name runtime things; a lower-case letter is a variable or an article
                boolean content = technical || !STOP_WORDS.contains(lower)
                        && (lower.length() > 1 || Character.isUpperCase(trimmed.charAt(0)));
                words.add(new Word(lower, stem(lower), technical, content, m.start(), m.end()));
            }
            String compact = NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
            return new Text(text, words, han, compact);
        }

        /** The key point's distinct content units, by key. */
        Map<String, Unit> wordUnits() {
            Map<String, Unit> units = new LinkedHashMap<>();
            for (Word w : words) {
                if (w.technical) {
                    units.putIfAbsent(w.surface, new Unit(w.surface, true));
                } else if (w.content) {
                    units.putIfAbsent(w.stem, new Unit(w.stem, false));
                }
            }
            return units;
        }

        /** Character pairs of every Han run, and the runs of one character. */
        Set<String> hanUnits() {
            Set<String> units = new LinkedHashSet<>();
            for (String run : hanRuns) {
                if (run.codePointCount(0, run.length()) == 1) {
                    units.add(run);
                }
                int[] cps = run.codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i++) {
                    units.add(new String(cps, i, 2));
                }
            }
            return units;
        }

        /** What an answer offers to match those: every character pair and every single character. */
        Set<String> hanSeen() {
            Set<String> seen = new LinkedHashSet<>();
            for (String run : hanRuns) {
                int[] cps = run.codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    seen.add(new String(cps, i, 1));
                    if (i + 1 < cps.length) {
                        seen.add(new String(cps, i, 2));
                    }
                }
            }
            return seen;
        }

        /** The first word of this text that meets {@code u}, as written; null when none does. */
        String surfaceOf(Unit u) {
            for (Word w : words) {
                if (u.exact ? w.surface.equals(u.key) : w.stem.equals(u.key) && w.content) {
                    return w.surface;
                }
            }
            return null;
        }

        /**
         * The content words of {@code phrase} in a row among this text's content words (by
         * stem), as this text writes them from the first to the last; else null.
         */
        String containsPhrase(String phrase) {
            List<Word> wanted = of(phrase).words.stream().filter(Word::content).toList();
            List<Word> mine = words.stream().filter(Word::content).toList();
            if (wanted.isEmpty()) {
                return null;
            }
            for (int start = 0; start + wanted.size() <= mine.size(); start++) {
                boolean all = true;
                for (int k = 0; k < wanted.size() && all; k++) {
                    all = mine.get(start + k).stem.equals(wanted.get(k).stem);
                }
                if (all) {
                    // "copy-on-write" reads "copy on write", "*on the heap*" reads "on the heap", "2x" stays one word
                    int end = mine.get(start + wanted.size() - 1).end;
                    for (Word w : words) {
                        end = w.start == end ? w.end : end;
                    }
                    String span = normalised.substring(mine.get(start).start, end);
                    return NOT_WORD.matcher(span.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
                }
            }
            return null;
        }

        /**
         * {@code phrase} as a substring once both keep only letters and digits (Chinese is
         * written without spaces, and 、 ， , are the same pause); else null.
         */
        String containsCompact(String phrase) {
            String p = of(phrase).compact;
            return !p.isEmpty() && compact.contains(p) ? p : null;
        }

        /**
         * This text's Han phrases made of pairs in {@code units}: overlapping matched pairs
         * join, so 底层, 层数, 数组 show as 底层数组; a one-character unit shows where it stands
         * outside such a phrase.
         */
        List<String> hanPhrasesMade(Set<String> units) {
            List<String> out = new ArrayList<>();
            for (String run : hanRuns) {
                int[] cps = run.codePoints().toArray();
                boolean[] inPhrase = new boolean[cps.length];
                int from = -1;
                for (int i = 0; i < cps.length; i++) {
                    boolean hit = i + 1 < cps.length && units.contains(new String(cps, i, 2));
                    if (hit) {
                        inPhrase[i] = true;
                        inPhrase[i + 1] = true;
                        from = from < 0 ? i : from;
                    } else if (from >= 0) {
                        out.add(new String(cps, from, i - from + 1));
                        from = -1;
                    }
                }
                for (int i = 0; i < cps.length; i++) {
                    String c = new String(cps, i, 1);
                    if (!inPhrase[i] && units.contains(c)) {
                        out.add(c);
                    }
                }
            }
            return out;
        }

        private static boolean technical(String token) {
            if (Character.isDigit(token.charAt(0)) || token.contains(".") || token.contains("_")) {
                return true;
            }
            for (int i = 1; i < token.length(); i++) {
                if (Character.isDigit(token.charAt(i)) || Character.isUpperCase(token.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static String trimUnderscores(String token) {
            int from = 0;
            int to = token.length();
            while (from < to && token.charAt(from) == '_') {
                from++;
            }
            while (to > from && token.charAt(to - 1) == '_') {
                to--;
            }
            return token.substring(from, to);
        }
    }
}
