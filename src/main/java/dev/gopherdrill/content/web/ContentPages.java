package dev.gopherdrill.content.web;

import java.util.List;
import java.util.Map;

import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.ContentProblem;
import dev.gopherdrill.content.ContentSet;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.content.store.ContentSync;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.simulation.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For authors and curious learners: preview a card in both languages, see what is broken (Browse is {@code browse/}). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ContentPages {

    @Inject
    ContentSync sync;

    @Inject
    Library library;

    @Inject
    UiLanguage ui;

    /** A card with every language's text, for the preview. */
    public record Preview(CardEntity card, String deckTitle, Map<String, CardContent.RenderedText> texts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance card(Preview preview, List<String> languages);

        static native TemplateInstance authors(List<ContentProblem> problems, Language language);
    }

    @GET
    @Path("cards/{id}")
    public TemplateInstance card(@PathParam("id") String id) {
        CardEntity c = library.card(id).orElseThrow(() -> Problem.notFound("no card with id \"" + id + "\""));
        return Templates.card(new Preview(c, library.deckTitle(c.deckId, ui.getLang()), c.content.texts()),
                ContentSet.LANGUAGES);
    }

    @GET
    @Path("authors")
    public TemplateInstance authors() {
        return Templates.authors(sync.problems(), Language.of(ui.getLang()));
    }
}
