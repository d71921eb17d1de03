package dev.gopherdrill.quiz.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.practice.web.PracticeViews.Verdict;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.quiz.QuizPicker;
import dev.gopherdrill.quiz.store.QuizEntity;
import dev.gopherdrill.quiz.store.QuizService;
import dev.gopherdrill.quiz.web.QuizViews.HistoryRow;
import dev.gopherdrill.quiz.web.QuizViews.QuizView;
import dev.gopherdrill.scheduling.Rating;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.registry.Simulations;
import dev.gopherdrill.web.ProblemMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The quiz pages: the set-up (with the recent quizzes) and the quiz itself, whose
 * {@code #card} fragment htmx swaps after each answer, as on the practice page, so the same
 * keys work. A refused action is shown in the card, never as an error page.
 */
@Path("/quiz")
@Produces(MediaType.TEXT_HTML)
public class QuizPages {

    @Inject
    QuizService quizzes;

    @Inject
    Library library;

    @Inject
    CurrentUser currentUser;


    public record DeckChoice(String id, String title, long cards, boolean picked) {
    }

    public record SimulationChoice(String id, String title) {
    }

    /** The set-up form's values: the learner's last choices after a refusal, else the defaults. */
    public record Setup(List<DeckChoice> decks, String tags, int size, String which, boolean reschedule,
                        List<SimulationChoice> simulations, String simulation) {
        public List<Integer> sizes() {
            return QuizPicker.SIZES.stream().sorted().toList();
        }

        public List<String> selections() {
            return Arrays.stream(QuizPicker.Selection.values()).map(QuizPicker.Selection::id).toList();
        }
    }

    public record QuizPage(QuizView quiz, String error, boolean requeued) {
        /** The number of the card shown, counting from 1. */
        public int done() {
            return quiz.summary().answered() + 1;
        }

        public int left() {
            return quiz.total() - quiz.summary().answered();
        }

        public String checkUrl() {
            return "/quiz/" + quiz.id() + "/check";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(Setup setup, List<HistoryRow> history, String error);

        static native TemplateInstance quiz(QuizPage page);

        static native TemplateInstance quiz$card(QuizPage page);

        static native TemplateInstance verdict(QuizPage page, Verdict verdict, String given);
    }

    @GET
    public TemplateInstance setup(@RestQuery List<String> deck) {
        return setupPage(deck == null ? List.of() : deck, "", 10, QuizPicker.Selection.ALL.id(), false, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm List<String> deck, @RestForm String tags, @RestForm Integer size,
                          @RestForm String which, @RestForm String reschedule) {
        List<String> tagList = tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        boolean resched = reschedule != null;
        try {
            QuizEntity q = quizzes.start(currentUser.get(),
                    new QuizService.Start(deck, tagList, size, which, resched, null, null));
            return Response.seeOther(URI.create("/quiz/" + q.id)).build();
        } catch (Problem p) {
            return Response.status(ProblemMapper.status(p)).entity(setupPage(deck == null ? List.of() : deck, tags,
                    size == null ? 10 : size, which, resched, null, p.getMessage())).build();
        }
    }

    @POST
    @Path("simulation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startSimulation(@RestForm String simulation, @RestForm Integer size) {
        try {
            QuizEntity q = quizzes.start(currentUser.get(),
                    new QuizService.Start(null, null, size, null, false, simulation, null));
            return Response.seeOther(URI.create("/quiz/" + q.id)).build();
        } catch (Problem p) {
            return Response.status(ProblemMapper.status(p)).entity(setupPage(List.of(), "", size == null ? 10 : size,
                    QuizPicker.Selection.ALL.id(), false, simulation, p.getMessage())).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance quiz(@PathParam("id") long id) {
        return Templates.quiz(page(id, null, false));
    }

    @POST
    @Path("{id}/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check(@PathParam("id") long id, @RestForm int position, @RestForm String answer,
                                  @RestForm List<String> choice) {
        UserEntity u = currentUser.get();
        String given = choice != null && !choice.isEmpty() ? String.join(",", choice) : answer == null ? "" : answer;
        try {
            QuizService.ItemChecked c = quizzes.check(u, id, position, given);
            return Templates.verdict(page(id, null, false), Verdict.of(c.checked(), c.card(), u.locale), given);
        } catch (Problem p) {
            return card(id, p.getMessage(), false);
        }
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance answer(@PathParam("id") long id, @RestForm int position, @RestForm int rating,
                                   @RestForm String answer, @RestForm Integer timeTakenMs) {
        return act(id, () -> quizzes.answer(currentUser.get(), id, position, Rating.ofButton(rating),
                answer == null || answer.isEmpty() ? null : answer, timeTakenMs));
    }

    @POST
    @Path("{id}/finish")
    public TemplateInstance finish(@PathParam("id") long id) {
        return act(id, () -> quizzes.finish(currentUser.get(), id));
    }

    @POST
    @Path("{id}/requeue")
    public TemplateInstance requeue(@PathParam("id") long id) {
        try {
            quizzes.requeueMissed(currentUser.get(), id);
            return card(id, null, true);
        } catch (Problem p) {
            return card(id, p.getMessage(), false);
        }
    }

    private TemplateInstance act(long id, Runnable action) {
        String error = null;
        try {
            action.run();
        } catch (Problem p) {
            if (p.kind == Problem.Kind.NOT_FOUND) {
                throw p;
            }
            error = p.getMessage();
        }
        return card(id, error, false);
    }

    private TemplateInstance card(long id, String error, boolean requeued) {
        return Templates.quiz$card(page(id, error, requeued));
    }

    private QuizPage page(long id, String error, boolean requeued) {
        UserEntity u = currentUser.get();
        return new QuizPage(QuizViews.of(quizzes, quizzes.quiz(u, id), u.locale), error, requeued);
    }

    private TemplateInstance setupPage(List<String> picked, String tags, int size, String which, boolean reschedule,
                                       String simulation, String error) {
        UserEntity u = currentUser.get();
        List<DeckChoice> decks = library.decksWithCards().stream()
                .map(d -> new DeckChoice(d.id(), d.title(u.locale), d.activeCards(), picked.contains(d.id()))).toList();
        List<SimulationChoice> sims = quizzes.simulationsWithCards().stream()
                .map(s -> new SimulationChoice(s, Simulations.find(s).map(x -> x.title(Language.of(u.locale))).orElse(s))).toList();
        List<HistoryRow> history = quizzes.history(u).stream().map(q -> QuizViews.row(quizzes, q)).toList();
        return Templates.setup(new Setup(decks, tags == null ? "" : tags, size, which, reschedule, sims, simulation),
                history, error);
    }
}
