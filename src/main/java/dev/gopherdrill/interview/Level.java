package dev.gopherdrill.interview;

import java.util.Locale;
import java.util.Optional;

/** The seniority a mock interview aims at, and the card level (content/FORMAT.md) it opens topics with. */
public enum Level {
    JUNIOR(1), MID(2), SENIOR(3);

    private final int cardLevel;

    Level(int cardLevel) {
        this.cardLevel = cardLevel;
    }

    public int cardLevel() {
        return cardLevel;
    }

    /** The lower-case name used in JSON and forms: {@code junior}, {@code mid}, {@code senior}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String id) {
        for (Level l : values()) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
