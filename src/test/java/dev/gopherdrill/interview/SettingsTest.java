package dev.gopherdrill.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a length not offered       | 20 | slice     | MID  | en | minutes: must be 15, 30 or 45, got 20
        no topic                   | 15 | ''        | MID  | en | decks: choose at least one topic
        a topic twice              | 15 | slice map slice | MID | en | decks: "slice" is chosen twice
        no level                   | 15 | slice     | -    | en | level: must be junior, mid or senior
        an unknown language        | 15 | slice     | MID  | fr | language: must be en or zh, got fr
        """)
    void invalidSettingsAreRejectedNamingTheField(String name, int minutes, String decks, String level, String language,
                                                  String message) {
        List<String> deckList = decks.isEmpty() ? List.of() : Arrays.asList(decks.split(" "));
        Level l = level.equals("-") ? null : Level.valueOf(level);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Settings(minutes, deckList, l, language, false));
        assertEquals(message, e.getMessage(), name);
    }

    @Test
    void validSettingsKnowTheirLength() {
        assertEquals(45 * 60_000L, new Settings(45, List.of("slice"), Level.SENIOR, "zh", true).durationMillis());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
        junior, JUNIOR, 1
        mid,    MID,    2
        senior, SENIOR, 3
        """)
    void levelsParseFromTheirIdsAndMapToCardLevels(String id, Level level, int cardLevel) {
        assertEquals(Optional.of(level), Level.parse(id));
        assertEquals(cardLevel, level.cardLevel());
        assertEquals(id, level.id());
    }

    @Test
    void anUnknownLevelDoesNotParse() {
        assertEquals(Optional.empty(), Level.parse("staff"));
    }
}
