package dev.gopherdrill.content;

import java.util.List;
import java.util.Map;

/**
 * What the {@code card.content} JSON column holds: the card rendered to HTML per
 * language (rendered once at sync, not on every page view) and the language-neutral
 * answer data.
 */
public record CardContent(List<String> tags, List<String> followUps, List<String> accept, String output,
                          List<Boolean> correctChoices, Map<String, RenderedText> texts) {

    /** One language's text as HTML. */
    public record RenderedText(String title, String prompt, String answer, List<String> keyPoints,
                               String explanation, List<String> choices) {
    }

    public RenderedText text(String language) {
        return texts.getOrDefault(language, texts.get(Card.CANONICAL_LANGUAGE));
    }
}
