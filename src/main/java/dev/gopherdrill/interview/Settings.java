package dev.gopherdrill.interview;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the candidate chose at set-up. Invalid settings throw an
 * {@link IllegalArgumentException} whose message starts with the field's name, so the
 * shell can hand it on as a 400 naming the field.
 *
 * @param minutes    the interview's length: 15, 30 or 45
 * @param decks      the topics, already resolved ("all" expanded to every deck id); non-empty, no duplicates
 * @param language   {@code en} or {@code zh}
 * @param revealEach whether the reference answer is shown after each question (else only in the report)
 */
public record Settings(int minutes, List<String> decks, Level level, String language, boolean revealEach) {

    public static final List<Integer> LENGTHS_MINUTES = List.of(15, 30, 45);
    public static final List<String> LANGUAGES = List.of("en", "zh");

    public Settings {
        if (!LENGTHS_MINUTES.contains(minutes)) {
            throw new IllegalArgumentException("minutes: must be 15, 30 or 45, got " + minutes);
        }
        if (decks == null || decks.isEmpty()) {
            throw new IllegalArgumentException("decks: choose at least one topic");
        }
        Set<String> seen = new HashSet<>();
        for (String d : decks) {
            if (d == null || d.isBlank()) {
                throw new IllegalArgumentException("decks: a topic id is empty");
            }
            if (!seen.add(d)) {
                throw new IllegalArgumentException("decks: \"" + d + "\" is chosen twice");
            }
        }
        decks = List.copyOf(decks);
        if (level == null) {
            throw new IllegalArgumentException("level: must be junior, mid or senior");
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language: must be en or zh, got " + language);
        }
    }

    public long durationMillis() {
        return minutes * 60_000L;
    }
}
