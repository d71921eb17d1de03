package dev.gopherdrill.content;

import java.util.List;

/**
 * The words of a card in one language, as markdown. Anything language-neutral (accepted
 * answers, expected output, which choice is right) lives on {@link Card}.
 *
 * @param choices          the option texts, in the canonical order; empty unless a choice card
 * @param keyPointSynonyms per key point (same length as {@code keyPoints}), the other phrasings
 *                         an author accepts for it in a mock interview; an empty list when none
 */
public record CardText(String title, String prompt, String answer, List<String> keyPoints,
                       String explanation, List<String> choices, List<List<String>> keyPointSynonyms) {

    public CardText {
        keyPoints = List.copyOf(keyPoints);
        choices = List.copyOf(choices);
        keyPointSynonyms = keyPointSynonyms.stream().map(List::copyOf).toList();
        if (keyPointSynonyms.size() != keyPoints.size()) {
            throw new IllegalArgumentException("keyPointSynonyms: one list per key point, got "
                    + keyPointSynonyms.size() + " for " + keyPoints.size() + " key points");
        }
    }
}
