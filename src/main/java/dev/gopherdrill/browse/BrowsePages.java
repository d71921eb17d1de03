package dev.gopherdrill.browse;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.practice.store.CardActions;
import dev.gopherdrill.problem.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The browse page: search every card, see your state of each, act on the ticked ones. htmx
 * swaps the {@code #rows} fragment for a search and for an action; a refused search or action
 * is shown above the list, never as an error page.
 */
@Path("/browse")
@Produces(MediaType.TEXT_HTML)
public class BrowsePages {

    @Inject
    BrowseService browse;

    @Inject
    Library library;

    @Inject
    CardActions actions;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLanguage ui;

    /** The search as the page shows it, and what the last action did or why it was refused. */
    public record Search(String q, String deck, String tag, String state) {
    }

    public record Outcome(String action, int changed, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance browse(List<BrowseService.Row> rows, Search search, Outcome outcome,
                                              List<Library.Shelf> decks, List<String> tags, String lang);

        static native TemplateInstance browse$rows(List<BrowseService.Row> rows, Search search, Outcome outcome,
                                                   String lang);
    }

    @GET
    public TemplateInstance browse(@QueryParam("q") String q, @QueryParam("deck") String deck,
                                   @QueryParam("tag") String tag, @QueryParam("state") String state,
                                   @QueryParam("fragment") boolean fragment) {
        Search search = new Search(q, deck, tag, state);
        List<BrowseService.Row> rows;
        Outcome outcome = null;
        try {
            rows = rows(search);
        } catch (Problem p) {
            rows = List.of();
            outcome = new Outcome(null, 0, p.getMessage());
        }
        if (fragment) {
            return Templates.browse$rows(rows, search, outcome, ui.getLang());
        }
        return Templates.browse(rows, search, outcome, library.decks(), library.tags(), ui.getLang());
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance act(@RestForm String action, @RestForm List<String> cardId, @RestForm String q,
                                @RestForm String deck, @RestForm String tag, @RestForm String state) {
        Search search = new Search(q, deck, tag, state);
        Outcome outcome;
        try {
            CardActions.Action a = CardActions.Action.parse(action, "action");
            outcome = new Outcome(a.id(), actions.apply(currentUser.get(), a, cardId), null);
        } catch (Problem p) {
            outcome = new Outcome(null, 0, p.getMessage());
        }
        List<BrowseService.Row> rows;
        try {
            rows = rows(search);
        } catch (Problem p) {
            rows = List.of();
        }
        return Templates.browse$rows(rows, search, outcome, ui.getLang());
    }

    private List<BrowseService.Row> rows(Search s) {
        return browse.rows(currentUser.get(), s.q(), s.deck(), s.tag(), s.state(), ui.getLang());
    }
}
