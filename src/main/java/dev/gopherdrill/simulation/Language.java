package dev.gopherdrill.simulation;

import java.util.Locale;

/**
 * The language a simulation writes its question, trace and pictures in. The shell picks
 * it (the page's UI language, the API's {@code lang} or Accept-Language, the learner's
 * setting for cards); the answer never depends on it.
 */
public enum Language {
    EN, ZH;

    /** A language tag ({@code zh}, {@code zh-CN}, {@code en-GB}, ...): any Chinese is ZH, anything else EN. */
    public static Language of(String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
