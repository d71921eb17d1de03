package dev.gopherdrill.content;

import java.util.List;

/**
 * The words of a card in one language, as markdown. Anything language-neutral (accepted
 * answers, expected output, which choice is right) lives on {@link Card}.
 *
 * @param choices the option texts, in the canonical order; empty unless a choice card
 */
public record CardText(String title, String prompt, String answer, List<String> keyPoints,
                       String explanation, List<String> choices) {

    public CardText {
        keyPoints = List.copyOf(keyPoints);
        choices = List.copyOf(choices);
    }
}
