package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The parser never throws, whatever it is given: random text, markdown-shaped noise, and
 * real decks with lines deleted, duplicated, swapped or replaced by structural tokens.
 * Every problem it reports names the file and a line that exists.
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

    @Property(tries = 400)
    void randomTextGivesACleanReport(@ForAll("noise") String text) {
        assertClean(ContentSet.of(Map.of(FILE, text)), text);
    }

    @Property(tries = 400)
    void mutatedRealDecksGiveACleanReport(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, Integer>> edits) {
        List<String> lines = new ArrayList<>(REAL);
        for (var e : edits) {
            int at = Math.floorMod(e.get2(), lines.size() + 1);
            switch (e.get1()) {
                case 0 -> { if (at < lines.size()) lines.remove(at); }
                case 1 -> { if (at < lines.size()) lines.add(at, lines.get(at)); }
                case 2 -> lines.add(at, TOKENS.get(Math.floorMod(e.get3(), TOKENS.size())));
                default -> {
                    int other = Math.floorMod(e.get3(), Math.max(1, lines.size()));
                    if (at < lines.size() && other < lines.size()) {
                        String t = lines.get(at);
                        lines.set(at, lines.get(other));
                        lines.set(other, t);
                    }
                }
            }
        }
        String text = String.join("\n", lines);
        // the mutated deck also acts as its own (wrong) translation
        assertClean(ContentSet.of(Map.of(FILE, text, ZH, text)), text);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> token = Arbitraries.of(TOKENS);
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.oneOf(token, token, junk).list().ofMaxSize(60).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, Integer>>> mutations() {
        return Arbitraries.integers().between(0, 3)
                .flatMap(kind -> Arbitraries.integers().between(0, 10_000)
                        .flatMap(at -> Arbitraries.integers().between(0, 10_000).map(x -> Tuple.of(kind, at, x))))
                .list().ofMinSize(1).ofMaxSize(12);
    }

    private static void assertClean(ContentSet set, String text) {
        int lines = text.split("\n", -1).length;
        for (ContentProblem p : set.problems()) {
            var m = PROBLEM.matcher(p.toString());
            assertTrue(m.matches(), () -> "not file:line: message: " + p);
            int line = Integer.parseInt(m.group(2));
            assertTrue(line >= 1 && line <= lines, () -> "line out of range: " + p);
            assertTrue(!p.message().contains("Exception"), () -> "an exception leaked into a message: " + p);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
