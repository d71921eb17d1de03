package dev.gopherdrill.interview.web;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.interview.store.InterviewEntity;
import dev.gopherdrill.interview.store.InterviewService;
import dev.gopherdrill.interview.store.InterviewTurnEntity;
import dev.gopherdrill.interview.web.InterviewViews.HistoryRow;
import dev.gopherdrill.interview.web.InterviewViews.InterviewView;
import dev.gopherdrill.interview.web.InterviewViews.PointView;
import dev.gopherdrill.interview.web.InterviewViews.Report;
import dev.gopherdrill.interview.web.InterviewViews.ScoredView;
import dev.gopherdrill.practice.store.PracticeService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Mock interviews over JSON; the interview pages call the same service. Every
 * interview belongs to its learner: another learner's id answers 404.
 */
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "interviews")
public class InterviewApi {

    @Inject
    InterviewService interviews;

    @Inject
    CurrentUser currentUser;

    public record AnswerRequest(@NotNull @Min(0) Integer turn, @Size(max = 10_000) String answer) {
    }

    public record TicksRequest(@NotNull @Size(max = 100) List<Boolean> covered) {
    }

    public record Ticked(int turn, double score, List<PointView> keyPoints) {
    }

    @POST
    @Operation(summary = "Start an interview: minutes (15, 30 or 45), decks (ids; empty = all), level (junior, mid, "
            + "senior), language (en, zh), revealEach (answers after each question instead of at the end), "
            + "seed (optional: the same seed and answers give the same interview). 409 while another one runs")
    @APIResponse(responseCode = "201", description = "the interview, with its first question")
    public Response start(InterviewService.Start req) {
        InterviewEntity i = interviews.start(currentUser.get(), req);
        return Response.created(URI.create("/api/interviews/" + i.id))
                .entity(InterviewViews.interview(interviews, i)).build();
    }

    @GET
    @Operation(summary = "The learner's interviews, newest first, with overall and per-topic scores")
    public List<HistoryRow> history() {
        return interviews.history(currentUser.get()).stream().map(i -> InterviewViews.historyRow(interviews, i))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An interview's state: the time left on the server's clock and the question waiting for an "
            + "answer (the same one after a reload: this is how a closed tab resumes)")
    public InterviewView get(@PathParam("id") long id) {
        return InterviewViews.interview(interviews, interviews.get(currentUser.get(), id));
    }

    @POST
    @Path("/{id}/answers")
    @Operation(summary = "Answer the waiting question (turn = its number; choices as 0-based indexes \"0,2\"): the "
            + "score, key-point suggestions, the reference answer if the interview reveals each, and the next "
            + "question. 409 once the time is up or the interview is finished")
    public ScoredView answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest req) {
        return InterviewViews.scored(interviews, interviews.answer(currentUser.get(), id, req.turn(), req.answer()));
    }

    @POST
    @Path("/{id}/finish")
    @Operation(summary = "End the interview now; its report is ready")
    public InterviewView finish(@PathParam("id") long id) {
        return InterviewViews.interview(interviews, interviews.finish(currentUser.get(), id));
    }

    @PUT
    @Path("/{id}/turns/{turn}/ticks")
    @Operation(summary = "Confirm or correct which key points a recall answer covered (one boolean per key point); "
            + "the turn's score becomes the share ticked. Allowed during and after the interview")
    public Ticked tick(@PathParam("id") long id, @PathParam("turn") int turn, @Valid @NotNull TicksRequest req) {
        UserEntity u = currentUser.get();
        InterviewTurnEntity t = interviews.tick(u, id, turn, req.covered());
        InterviewEntity i = interviews.get(u, id);
        return new Ticked(t.turn, t.score, InterviewViews.points(t, interviews.card(t.cardId), i.language, true));
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The report: overall and per-topic scores, every question with the answer given, the "
            + "reference answer, key points hit and missed, time taken and follow-up path; the weak cards")
    public Report report(@PathParam("id") long id) {
        return InterviewViews.report(interviews, interviews.get(currentUser.get(), id));
    }

    @POST
    @Path("/{id}/requeue")
    @Operation(summary = "Put every missed card back into the review queue, due today, logged as an Again with this "
            + "interview as its source. Once per interview, after it is over (409 otherwise)")
    public List<PracticeService.Requeued> requeue(@PathParam("id") long id) {
        return interviews.requeue(currentUser.get(), id);
    }
}
