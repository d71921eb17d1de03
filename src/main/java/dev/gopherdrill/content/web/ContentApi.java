package dev.gopherdrill.content.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.gopherdrill.content.ContentProblem;
import dev.gopherdrill.content.store.ContentSync;
import dev.gopherdrill.content.store.Library;

/** What content/ holds, and what is wrong with it: for authors and other clients. */
@Path("/api/content")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class ContentApi {

    @Inject
    ContentSync sync;

    @Inject
    Library library;

    public record DeckView(String id, java.util.Map<String, String> titles, long cards) {
    }

    @GET
    @Path("/decks")
    @Operation(summary = "Decks with their titles and number of cards in the queues")
    public List<DeckView> decks() {
        return library.decks().stream().map(d -> new DeckView(d.id(), d.titles(), d.activeCards())).toList();
    }

    @GET
    @Path("/problems")
    @Operation(summary = "Problems found in content/ at start-up, as file:line: message")
    public List<String> problems() {
        return sync.problems().stream().map(ContentProblem::toString).toList();
    }
}
