package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Text;

/**
 * A content problem is worded in English for bin/lint-content and the API ({@code file:line:
 * message}) and in Chinese for the authors' page; the values in it (ids, keys, lines) are the
 * same in both.
 */
class ProblemLanguageTest {

    private static final Pattern FORMAT = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]");

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void everyProblemSentenceHasChineseWordsAndTakesTheSameValues() throws Exception {
        List<Text> texts = new ArrayList<>();
        for (Field f : ProblemTexts.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Text.class) {
                f.setAccessible(true);
                texts.add((Text) f.get(null));
            }
        }
        assertTrue(texts.size() > 60, "the table was found: " + texts.size());
        for (Text t : texts) {
            assertTrue(hasHan(t.zh()), "no Chinese in: " + t);
            assertEquals(FORMAT.matcher(t.en()).results().count(), FORMAT.matcher(t.zh()).results().count(),
                    "both take the same values: " + t);
            Object[] values = {"v1", "v2", "v3", "v4"};
            for (Object v : values) {
                assertTrue(t.in(Language.EN, values).contains((String) v) == t.in(Language.ZH, values).contains((String) v),
                        "both show the same values: " + t);
            }
        }
    }

    @Test
    void theParserWordsEachProblemInBothLanguagesAndPrintsItInEnglish() {
        String deck = """
                # D

                ## No id

                ```card
                kind: essay
                ```

                Q?

                ## Bad range

                ```card
                id: bad-range
                kind: recall
                go: ">=1.20 <1.19"
                follow-ups: [bad-range]
                ```

                Q?

                ### Answer
                A.
                """;
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck, "content/decks/x.fr.md", "# x"));
        List<String> lines = set.problems().stream().map(ContentProblem::toString).toList();
        assertTrue(lines.contains("content/decks/d.en.md:16: go version range \">=1.20 <1.19\" matches no release"), lines::toString);
        assertTrue(lines.contains("content/decks/x.fr.md:1: unknown language \"fr\" in the file name; supported: en, zh"),
                lines::toString);
        assertTrue(set.problems().size() >= 4, lines::toString);
        for (ContentProblem p : set.problems()) {
            assertTrue(hasHan(p.message(Language.ZH)), p.message(Language.ZH));
            assertTrue(!hasHan(p.message(Language.EN)) && p.message(Language.EN).equals(p.message()), p.message());
            assertNotEquals(p.message(), p.message(Language.ZH));
        }
        assertTrue(set.problems().stream().anyMatch(p -> p.message(Language.ZH)
                .equals("go 版本范围 \">=1.20 <1.19\" 不包含任何发行版")), set.problems()::toString);
        assertTrue(set.problems().stream().anyMatch(p -> p.message(Language.ZH)
                .equals("卡片不能是自己的追问")), set.problems()::toString);
    }
}
