package dev.gopherdrill.interview;

import java.util.List;

import dev.gopherdrill.content.CardKind;

/**
 * What the interviewer knows of a card: the shell builds these from the card rows and the
 * user's review state. Retired and suspended cards are simply left out of the pool.
 *
 * @param level      1 junior, 2 mid, 3 senior
 * @param followUps  the card's follow-up ids as the author wrote them (ids outside the pool are ignored)
 * @param seen       whether the user has reviewed the card in daily practice
 * @param lapses     times the user forgot it (0 when unseen)
 * @param easeFactor the SM-2 ease factor, 2.5 when unseen
 */
public record Prospect(String cardId, String deck, CardKind kind, int level, List<String> followUps,
                       boolean seen, int lapses, double easeFactor) {

    public Prospect {
        if (cardId == null || deck == null || kind == null) {
            throw new IllegalArgumentException("cardId, deck and kind are required");
        }
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level: must be 1, 2 or 3, got " + level);
        }
        if (lapses < 0) {
            throw new IllegalArgumentException("lapses: must not be negative, got " + lapses);
        }
        followUps = List.copyOf(followUps);
    }
}
