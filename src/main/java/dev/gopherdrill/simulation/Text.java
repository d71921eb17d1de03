package dev.gopherdrill.simulation;

import java.util.Locale;

/**
 * One sentence a simulation writes, in English and Chinese, as a {@link String#format}
 * pattern whose arguments are the model's values (the same in both, so the language only
 * changes words, never numbers). Each topic package keeps its sentences in one
 * {@code Texts} class, which is what the translation test reads.
 */
public record Text(String en, String zh) {

    public String in(Language language, Object... args) {
        return String.format(Locale.ROOT, language == Language.ZH ? zh : en, args);
    }
}
