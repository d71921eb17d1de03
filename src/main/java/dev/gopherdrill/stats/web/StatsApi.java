package dev.gopherdrill.stats.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.stats.Statistics.DeckState;
import dev.gopherdrill.stats.StatsReport;
import dev.gopherdrill.stats.store.StatsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The numbers of {@code /stats} and {@code /decks}, for other clients; the pages draw the same. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class StatsApi {

    @Inject
    StatsService stats;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/stats")
    @Operation(summary = "The learner's statistics: heatmap, forecast, true retention, buttons, card counts, "
            + "intervals, ease, mastery, streak (days are the learner's days)")
    public StatsReport stats() {
        UserEntity u = currentUser.get();
        return stats.report(u, u.locale);
    }

    @GET
    @Path("/decks")
    @Operation(summary = "Every deck with the learner's new, learning and due counts and its mastery")
    public List<DeckState> decks() {
        UserEntity u = currentUser.get();
        return stats.decks(u, u.locale);
    }
}
