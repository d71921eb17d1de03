package dev.gopherdrill.content;

import java.util.List;
import java.util.Map;

/**
 * What the {@code card.content} JSON column holds: the card rendered to HTML per
 * language (rendered once at sync, not on every page view) and the language-neutral
 * answer data.
 */
public record CardContent(List<String> tags, List<String> followUps, List<String> accept, String output,
                          List<Boolean> correctChoices, Map<String, RenderedText> texts, SimSpec sim) {

    /**
     * Sim cards: the simulation, the release it runs, the parameter ranges, and the prompt
     * per language as markdown with {@code {param}} placeholders (filled per question, then
     * rendered, because a placeholder may hold markdown such as a program).
     */
    public record SimSpec(String name, String goVersion, Map<String, String> params, Map<String, String> prompts) {
    }

    /**
     * One language's text as HTML, plus what the mock-interview matcher reads as plain
     * markdown: each key point's source and its author synonyms. Rows synced before those
     * two were added hold null there until the next sync rewrites them.
     */
    public record RenderedText(String title, String prompt, String answer, List<String> keyPoints,
                               String explanation, List<String> choices, List<String> keyPointsText,
                               List<List<String>> keyPointSynonyms) {
    }

    public RenderedText text(String language) {
        return texts.getOrDefault(language, texts.get(Card.CANONICAL_LANGUAGE));
    }
}
