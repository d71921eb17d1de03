package dev.gopherdrill.practice.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.practice.web.PracticeViews.CardInfo;
import dev.gopherdrill.practice.web.PracticeViews.GradeResult;
import dev.gopherdrill.practice.web.PracticeViews.LeechView;
import dev.gopherdrill.practice.web.PracticeViews.NextView;
import dev.gopherdrill.practice.web.PracticeViews.Overview;
import dev.gopherdrill.practice.web.PracticeViews.Verdict;
import dev.gopherdrill.scheduling.Rating;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON API of the daily loop; the practice pages call the same service. */
@Path("/api/practice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "practice")
public class PracticeApi {

    @Inject
    PracticeService practice;

    @Inject
    CurrentUser currentUser;

    public record GradeRequest(@NotBlank String cardId, @NotNull @Min(0) Integer version,
                               @NotNull @Min(1) @Max(4) Integer rating, @Size(max = 10_000) String answer,
                               @Min(0) Integer timeTakenMs) {
    }

    public record CheckRequest(@NotBlank String cardId, @NotNull @Size(max = 10_000) String answer) {
    }

    public record VersionRequest(@NotNull @Min(0) Integer version) {
    }

    @GET
    @Path("/overview")
    @Operation(summary = "Today's counts: due, new available, done, streak, and the next due day")
    public Overview overview() {
        return Overview.of(practice.overview(currentUser.get()));
    }

    @GET
    @Path("/next")
    @Operation(summary = "The next card to practise; 204 when nothing is left today")
    public Response next() {
        UserEntity u = currentUser.get();
        return practice.next(u).map(n -> Response.ok(NextView.of(n, u.locale)).build())
                .orElse(Response.noContent().build());
    }

    @POST
    @Path("/check")
    @Operation(summary = "Check a typed or picked answer without grading it")
    public Verdict check(@Valid @NotNull CheckRequest req) {
        UserEntity u = currentUser.get();
        CardEntity card = practice.card(req.cardId());
        return Verdict.of(practice.check(u, req.cardId(), req.answer()), card, u.locale);
    }

    @POST
    @Path("/answers")
    @Operation(summary = "Grade a card (1 again, 2 hard, 3 good, 4 easy) against the version it was shown with; "
            + "409 if it changed meanwhile")
    public GradeResult grade(@Valid @NotNull GradeRequest req) {
        return GradeResult.of(practice.grade(currentUser.sessionKey(), req.cardId(), req.version(),
                Rating.ofButton(req.rating()), req.answer(), req.timeTakenMs()));
    }

    @POST
    @Path("/undo")
    @Operation(summary = "Undo the last grade; returns the card it restored")
    public NextView undo() {
        UserEntity u = currentUser.get();
        String cardId = practice.undo(u);
        return NextView.of(practice.show(u, cardId), u.locale);
    }

    @POST
    @Path("/cards/{id}/bury")
    @Operation(summary = "Hide a card until tomorrow")
    public StateChange bury(@PathParam("id") String id, @Valid @NotNull VersionRequest req) {
        return new StateChange(id, practice.bury(currentUser.get(), id, req.version()));
    }

    @POST
    @Path("/cards/{id}/suspend")
    @Operation(summary = "Take a card out of every queue until unsuspended")
    public StateChange suspend(@PathParam("id") String id, @Valid @NotNull VersionRequest req) {
        return new StateChange(id, practice.suspend(currentUser.get(), id, req.version()));
    }

    @POST
    @Path("/cards/{id}/unsuspend")
    @Operation(summary = "Put a suspended card (a leech, say) back into the queues")
    public StateChange unsuspend(@PathParam("id") String id) {
        return new StateChange(id, practice.unsuspend(currentUser.get(), id));
    }

    public record StateChange(String cardId, int version) {
    }

    @GET
    @Path("/leeches")
    @Operation(summary = "Cards failed so often they were suspended as leeches")
    public List<LeechView> leeches() {
        return PracticeViews.leeches(practice, currentUser.get());
    }

    @GET
    @Path("/cards/{id}")
    @Operation(summary = "A card with the learner's state and whole review history")
    public CardInfo info(@PathParam("id") String id) {
        return PracticeViews.info(practice, currentUser.get(), id);
    }
}
