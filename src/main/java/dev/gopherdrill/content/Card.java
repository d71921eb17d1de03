package dev.gopherdrill.content;

import java.util.List;
import java.util.Map;

/**
 * One question, as the markdown in {@code content/decks} defines it.
 *
 * @param id             stable identity; review history is keyed by it
 * @param file           canonical file, relative to the content folder, for {@code file:line} links
 * @param line           line of the card's heading in that file
 * @param accept         exact cards: accepted answers, the first is the one shown
 * @param output         predict cards: the expected output
 * @param correctChoices choice cards: for each option, whether it is right
 * @param sim            sim cards: the simulation, with its parameters as written (name → list or range)
 * @param texts          by language code ("en", "zh"); "en" is always present
 */
public record Card(String id, String deck, CardKind kind, GoRange go, List<String> tags, int level,
                   List<String> followUps, boolean retired, String file, int line,
                   List<String> accept, String output, List<Boolean> correctChoices, Sim sim,
                   Map<String, CardText> texts) {

    /** The simulation a sim card asks, and the parameter ranges it may draw from. */
    public record Sim(String name, Map<String, String> params) {
        public Sim {
            params = Map.copyOf(params);
        }
    }

    public static final String CANONICAL_LANGUAGE = "en";

    public Card {
        tags = List.copyOf(tags);
        followUps = List.copyOf(followUps);
        accept = List.copyOf(accept);
        correctChoices = List.copyOf(correctChoices);
        texts = Map.copyOf(texts);
    }

    /** The text in {@code language}, or the canonical English when there is no translation. */
    public CardText text(String language) {
        return texts.getOrDefault(language, texts.get(CANONICAL_LANGUAGE));
    }

    Card withTexts(Map<String, CardText> newTexts) {
        return new Card(id, deck, kind, go, tags, level, followUps, retired, file, line,
                accept, output, correctChoices, sim, newTexts);
    }
}
