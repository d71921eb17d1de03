package dev.gopherdrill.content.store;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.CardText;

/**
 * Card markdown to HTML. Raw HTML in a card is escaped and link URLs are sanitised: cards
 * arrive by pull request, and a reviewer should not have to read them as code.
 */
public final class MarkdownRenderer {

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).build();

    public String block(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown)).strip();
    }

    /** For one-line texts (titles, key points, choices): no wrapping paragraph. */
    public String inline(String markdown) {
        String html = block(markdown);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    public CardContent.RenderedText render(CardText t) {
        return new CardContent.RenderedText(inline(t.title()), block(t.prompt()), block(t.answer()),
                t.keyPoints().stream().map(this::inline).toList(), block(t.explanation()),
                t.choices().stream().map(this::inline).toList(), t.keyPoints(), t.keyPointSynonyms());
    }
}
