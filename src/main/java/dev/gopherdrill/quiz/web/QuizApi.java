package dev.gopherdrill.quiz.web;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.practice.web.PracticeViews.Verdict;
import dev.gopherdrill.quiz.store.QuizEntity;
import dev.gopherdrill.quiz.store.QuizService;
import dev.gopherdrill.quiz.web.QuizViews.HistoryRow;
import dev.gopherdrill.quiz.web.QuizViews.QuizView;
import dev.gopherdrill.scheduling.Rating;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** Quizzes over JSON; the quiz pages call the same service. Another learner's quiz answers 404. */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "quizzes")
public class QuizApi {

    @Inject
    QuizService quizzes;

    @Inject
    CurrentUser currentUser;

    public record CheckRequest(@NotNull @Min(0) Integer position, @NotNull @Size(max = 10_000) String answer) {
    }

    public record AnswerRequest(@NotNull @Min(0) Integer position, @NotNull @Min(1) @Max(4) Integer rating,
                                @Size(max = 10_000) String answer, @Min(0) Integer timeTakenMs) {
    }

    @POST
    @Operation(summary = "Start a quiz: decks and tags (empty = all), size (10, 20 or 50), which (all, due_soon, "
            + "weakest, new), reschedule (default false: the schedule is left alone); or simulation (an id) and size "
            + "for that many fresh questions of one simulation. 409 when no card matches")
    @APIResponse(responseCode = "201", description = "the quiz, with its first card")
    public Response start(QuizService.Start req) {
        UserEntity u = currentUser.get();
        QuizEntity q = quizzes.start(u, req);
        return Response.created(URI.create("/api/quizzes/" + q.id)).entity(QuizViews.of(quizzes, q, u.locale)).build();
    }

    @GET
    @Operation(summary = "The learner's quizzes, newest first (the last 50)")
    public List<HistoryRow> history() {
        return quizzes.history(currentUser.get()).stream().map(q -> QuizViews.row(quizzes, q)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A quiz: the card waiting for an answer (the same after a reload) and the score so far")
    public QuizView get(@PathParam("id") long id) {
        UserEntity u = currentUser.get();
        return QuizViews.of(quizzes, quizzes.quiz(u, id), u.locale);
    }

    @POST
    @Path("/{id}/check")
    @Operation(summary = "Check a typed or picked answer to the waiting card without answering it")
    public Verdict check(@PathParam("id") long id, @Valid @NotNull CheckRequest req) {
        UserEntity u = currentUser.get();
        QuizService.ItemChecked c = quizzes.check(u, id, req.position(), req.answer());
        return Verdict.of(c.checked(), c.card(), u.locale);
    }

    @POST
    @Path("/{id}/answers")
    @Operation(summary = "Grade the waiting card (1 again .. 4 easy); 409 if that item was answered already")
    public QuizView answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest req) {
        UserEntity u = currentUser.get();
        QuizEntity q = quizzes.answer(u, id, req.position(), Rating.ofButton(req.rating()), req.answer(),
                req.timeTakenMs());
        return QuizViews.of(quizzes, q, u.locale);
    }

    @POST
    @Path("/{id}/finish")
    @Operation(summary = "End the quiz now; unanswered cards do not count")
    public QuizView finish(@PathParam("id") long id) {
        UserEntity u = currentUser.get();
        return QuizViews.of(quizzes, quizzes.finish(u, id), u.locale);
    }

    @POST
    @Path("/{id}/requeue")
    @Operation(summary = "Put the cards graded Again into today's reviews (once per finished quiz)")
    public List<QuizService.Requeued> requeue(@PathParam("id") long id) {
        return quizzes.requeueMissed(currentUser.get(), id);
    }
}
