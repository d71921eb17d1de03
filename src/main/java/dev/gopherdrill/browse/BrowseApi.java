package dev.gopherdrill.browse;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.practice.store.CardActions;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Browse over JSON: the learner's cards with their state, and actions on many at once. */
@Path("/api/browse")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "browse")
public class BrowseApi {

    @Inject
    BrowseService browse;

    @Inject
    CardActions actions;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLanguage ui;

    /** @param action suspend, unsuspend, unbury or reset */
    public record ActionRequest(String action, List<String> cardIds) {
    }

    public record ActionResult(String action, int changed) {
    }

    @GET
    @Operation(summary = "Cards with your state (due, interval, ease, suspended, buried, leech); "
            + "q takes words and is:new, is:due, is:review, is:suspended, is:buried, is:leech")
    public List<BrowseService.Row> rows(@QueryParam("q") String q, @QueryParam("deck") String deck,
                                        @QueryParam("tag") String tag, @QueryParam("state") String state) {
        return browse.rows(currentUser.get(), q, deck, tag, state, ui.getLang());
    }

    @POST
    @Path("/actions")
    @Operation(summary = "Suspend, unsuspend, unbury or reset (back to new, logged) the cards named, in one transaction")
    public ActionResult act(@NotNull ActionRequest req) {
        CardActions.Action action = CardActions.Action.parse(req.action(), "action");
        return new ActionResult(action.id(), actions.apply(currentUser.get(), action, req.cardIds()));
    }
}
