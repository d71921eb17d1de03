package dev.gopherdrill.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.gopherdrill.web.Problem;
import dev.gopherdrill.web.UiLanguage;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** For authors and curious learners: browse every card, preview one in both languages, see what is broken. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ContentPages {

    @Inject
    ContentSync sync;

    @Inject
    UiLanguage ui;

    /** A card as the browse list shows it. */
    public record Row(String id, String deck, String kind, int level, String goVersions, String title,
                      List<String> tags, boolean retired) {
    }

    /** A card with every language's text, for the preview. */
    public record Preview(CardEntity card, String deckTitle, Map<String, CardContent.RenderedText> texts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance browse(List<Row> rows, List<DeckEntity> decks, List<String> tags, String q,
                                              String deck, String tag, String lang);

        static native TemplateInstance browse$rows(List<Row> rows, String lang);

        static native TemplateInstance card(Preview preview, List<String> languages);

        static native TemplateInstance authors(List<ContentProblem> problems);
    }

    @GET
    @Path("browse")
    public TemplateInstance browse(@QueryParam("q") String q, @QueryParam("deck") String deck,
                                   @QueryParam("tag") String tag, @QueryParam("fragment") boolean fragment) {
        String lang = ui.getLang();
        // retired cards keep their history and their /cards/{id} page, but are no longer browsed
        List<CardEntity> all = CardEntity.list("retired = false", Sort.by("position"));
        List<Row> rows = all.stream()
                .filter(c -> deck == null || deck.isBlank() || c.deckId.equals(deck))
                .filter(c -> tag == null || tag.isBlank() || c.content.tags().contains(tag))
                .filter(c -> matches(c, q, lang))
                .map(c -> new Row(c.id, c.deckId, c.kind, c.level, c.goVersions, c.content.text(lang).title(),
                        c.content.tags(), c.retired))
                .toList();
        if (fragment) {
            return Templates.browse$rows(rows, lang).setLocale(ui.locale());
        }
        List<String> tags = List.copyOf(all.stream().flatMap(c -> c.content.tags().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
        return Templates.browse(rows, DeckEntity.listAll(Sort.by("position")), tags, q, deck, tag, lang)
                .setLocale(ui.locale());
    }

    /** Case-insensitive substring of the id, or of the title or prompt in either language. */
    static boolean matches(CardEntity c, String q, String lang) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return c.id.contains(needle) || c.content.texts().values().stream()
                .anyMatch(t -> (t.title() + " " + t.prompt()).toLowerCase(Locale.ROOT).contains(needle));
    }

    @GET
    @Path("cards/{id}")
    public TemplateInstance card(@PathParam("id") String id) {
        CardEntity c = CardEntity.findById(id);
        if (c == null) {
            throw Problem.notFound("no card with id \"" + id + "\"");
        }
        DeckEntity d = DeckEntity.findById(c.deckId);
        return Templates.card(new Preview(c, d == null ? c.deckId : d.title(ui.getLang()), c.content.texts()),
                ContentSet.LANGUAGES).setLocale(ui.locale());
    }

    @GET
    @Path("authors")
    public TemplateInstance authors() {
        return Templates.authors(sync.problems()).setLocale(ui.locale());
    }
}
