package dev.gopherdrill.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.registry.Simulations;

/**
 * The language changes the words only: the same seed gives the same values, answer and
 * program in English and Chinese, and each Chinese sentence has its own words, not the
 * English ones left in place.
 */
public class SimulationLanguageTest {

    private static final Pattern FORMAT = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]");
    /** Two English words in a row: prose, not an identifier, a value or a unit. */
    public static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}[ ,'-]+[A-Za-z]{2,}");

    /** Every sentence of every simulation's {@code Texts} table, read by reflection. */
    public static List<Text> allTexts() throws Exception {
        List<String> packages = new ArrayList<>();
        Simulations.all().forEach(s -> packages.add(s.getClass().getPackageName()));
        List<Text> texts = new ArrayList<>();
        for (String p : packages.stream().distinct().toList()) {
            for (Field f : Class.forName(p + ".Texts").getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Text.class) {
                    f.setAccessible(true);
                    texts.add((Text) f.get(null));
                }
            }
        }
        return texts;
    }

    /**
     * The English words of a sentence a Chinese page must not show: the pieces between its
     * arguments that read as prose and that the Chinese sentence does not keep as they are
     * (identifiers and code, such as {@code growslice(et, old, %s)}, stay in both).
     */
    public static List<String> englishFragments(Text t) {
        List<String> out = new ArrayList<>();
        for (String piece : FORMAT.split(t.en())) {
            String p = piece.strip();
            if (PROSE.matcher(p).find() && !t.zh().contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameAnswerInEveryLanguageAndOnlyTheWordsDiffer() {
        for (Simulation sim : Simulations.all()) {
            for (long seed = 1; seed <= 12; seed++) {
                Question en = sim.question(seed, sim.defaultVersion(), Map.of(), Language.EN);
                Question zh = sim.question(seed, sim.defaultVersion(), Map.of(), Language.ZH);
                String what = sim.id() + " seed " + seed;
                assertEquals(en.answer(), zh.answer(), what);
                assertEquals(en.acceptedAnswers(), zh.acceptedAnswers(), what);
                assertEquals(en.params().keySet(), zh.params().keySet(), what);
                // a value is the same unless it is a sentence for a card's prompt (gc.mark's scenario, gc.pacer's inputs)
                en.params().forEach((k, v) -> assertTrue(v.equals(zh.params().get(k)) || hasHan(zh.params().get(k)),
                        what + " param " + k));
                assertEquals(en.verification(), zh.verification(), what);
                assertEquals(en.trace().size(), zh.trace().size(), what);
                // the pictures' states match step for step (a context's "cancelled by" is words, so not compared whole)
                assertEquals(en.trace().stream().map(s -> s.state() == null ? "" : s.state().getClass().getName()).toList(),
                        zh.trace().stream().map(s -> s.state() == null ? "" : s.state().getClass().getName()).toList(),
                        what);
                assertNotEquals(en.question(), zh.question(), what);
            }
            assertNotEquals(sim.title(Language.EN), sim.title(Language.ZH), sim.id());
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void everyChineseSentenceIsWrittenInChineseNotLeftInEnglish() throws Exception {
        List<Text> texts = allTexts();
        assertTrue(texts.size() > 40, "the tables were found: " + texts.size());
        for (Text t : texts) {
            // empty where Chinese word order needs no words at that place ("take 3 straight from it")
            assertTrue(t.zh().isEmpty() || hasHan(t.zh()) || englishFragments(t).isEmpty(), "no Chinese in: " + t);
            assertEquals(FORMAT.matcher(t.en()).results().count(), FORMAT.matcher(t.zh()).results().count(),
                    "both take the same arguments: " + t);
            // formats in both languages: a literal % left unescaped would throw here
            assertFalse(t.in(Language.EN, new Object[20]).isEmpty(), t.en());
            assertTrue(t.in(Language.ZH, new Object[20]).length() >= 0, t.zh());
        }
    }

    @Test
    void aLanguageTagNamesChineseByItsPrefixAndEverythingElseIsEnglish() {
        assertEquals(Language.ZH, Language.of("zh"));
        assertEquals(Language.ZH, Language.of("zh-CN"));
        assertEquals(Language.ZH, Language.of(" ZH-tw"));
        assertEquals(Language.EN, Language.of("en-GB"));
        assertEquals(Language.EN, Language.of("fr"));
        assertEquals(Language.EN, Language.of(null));
    }
}
