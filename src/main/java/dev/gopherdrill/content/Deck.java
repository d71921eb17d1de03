package dev.gopherdrill.content;

import java.util.Map;

/** A topic: one canonical file and its translations. Titles by language code. */
public record Deck(String id, Map<String, String> titles) {

    public Deck {
        titles = Map.copyOf(titles);
    }
}
