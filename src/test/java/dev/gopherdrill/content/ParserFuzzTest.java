package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The parser never throws, whatever it is given: random text, markdown-shaped noise, and
 * real decks with lines deleted, duplicated, swapped or replaced by structural tokens.
 * Every problem it reports names the file and a line that exists.
 *
 * A plain seeded fuzzer: each case's seed is in the failure message, so a failure can
 * be replayed exactly by running {@link #check} with it.
 */
class ParserFuzzTest {

    private static final String FILE = "content/decks/fuzz.en.md";
    private static final String ZH = "content/decks/fuzz.zh.md";
    private static final Pattern PROBLEM = Pattern.compile("content/decks/fuzz\\.(en|zh)\\.md:(\\d+): \\S.*", Pattern.DOTALL);
    private static final List<String> REAL = lines(Path.of("content/decks/slice.en.md"));
    private static final List<String> TOKENS = List.of("# T", "## Card", "### Answer", "### Choices", "### Accept",
            "### Output", "### Key points", "### Nope", "```card", "```", "```go", "~~~", "id: x", "id: slice-header",
            "kind: choice", "kind: predict", "kind: sim", "go: \">=1.18\"", "go: \">=9.9 <1.0\"", "level: 3",
            "follow-ups: [x, slice-header]", "follow-ups: [", "retired: maybe", "- [x] right", "- [ ] wrong",
            "- item", "  continued", "", "tags: [a,,b]", ":", "id:", "\t", "\u0000", "# 标题", "## 卡片");
    private static final int CASES = 1_000;

    @Test
    void randomTextGivesACleanReport() {
        for (long seed = 0; seed < CASES; seed++) {
            Random r = new Random(seed);
            List<String> lines = new ArrayList<>();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                lines.add(r.nextInt(3) == 0 ? randomString(r) : TOKENS.get(r.nextInt(TOKENS.size())));
            }
            String text = String.join("\n", lines);
            check(seed, Map.of(FILE, text), text);
        }
    }

    @Test
    void mutatedRealDecksGiveACleanReport() {
        for (long seed = 0; seed < CASES; seed++) {
            Random r = new Random(seed);
            List<String> lines = new ArrayList<>(REAL);
            int edits = 1 + r.nextInt(12);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(lines.size() + 1);
                boolean inside = at < lines.size();
                switch (r.nextInt(4)) {
                    case 0 -> { if (inside) lines.remove(at); }
                    case 1 -> { if (inside) lines.add(at, lines.get(at)); }
                    case 2 -> lines.add(at, TOKENS.get(r.nextInt(TOKENS.size())));
                    default -> {
                        int other = r.nextInt(Math.max(1, lines.size()));
                        if (inside && other < lines.size()) {
                            String t = lines.get(at);
                            lines.set(at, lines.get(other));
                            lines.set(other, t);
                        }
                    }
                }
            }
            String text = String.join("\n", lines);
            // the mutated deck also stands as its own (wrong) translation
            check(seed, Map.of(FILE, text, ZH, text), text);
        }
    }

    static void check(long seed, Map<String, String> files, String text) {
        ContentSet set;
        try {
            set = ContentSet.of(files);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": the parser threw on:\n" + text, e);
        }
        int lines = text.split("\n", -1).length;
        for (ContentProblem p : set.problems()) {
            var m = PROBLEM.matcher(p.toString());
            assertTrue(m.matches(), () -> "seed " + seed + ": not file:line: message: " + p);
            int line = Integer.parseInt(m.group(2));
            assertTrue(line >= 1 && line <= lines, () -> "seed " + seed + ": line out of range: " + p);
            assertTrue(!p.message().contains("Exception"), () -> "seed " + seed + ": exception in a message: " + p);
        }
    }

    private static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 32 + r.nextInt(95));
        }
        return b.toString();
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
