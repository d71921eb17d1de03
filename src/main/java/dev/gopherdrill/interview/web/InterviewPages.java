package dev.gopherdrill.interview.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.interview.InterviewCharts;
import dev.gopherdrill.interview.Settings;
import dev.gopherdrill.interview.store.InterviewEntity;
import dev.gopherdrill.interview.store.InterviewService;
import dev.gopherdrill.interview.web.InterviewViews.HistoryRow;
import dev.gopherdrill.interview.web.InterviewViews.InterviewView;
import dev.gopherdrill.interview.web.InterviewViews.Report;
import dev.gopherdrill.interview.web.InterviewViews.ScoredView;
import dev.gopherdrill.interview.web.InterviewViews.TopicView;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.web.ProblemMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The interview pages: set-up (with a banner to resume a running interview), the
 * question page, the report and the history. The question page's countdown is drawn
 * from the server's {@code endsAt}; an answer is one htmx round trip that swaps in the
 * next question, and once the interview is over the server sends the browser to the
 * report ({@code HX-Redirect}), so a refused late answer never shows an error page.
 */
@Path("/interview")
@Produces(MediaType.TEXT_HTML)
public class InterviewPages {

    @Inject
    InterviewService interviews;

    @Inject
    Library library;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLanguage ui;

    public record DeckOption(String id, String title, long cards) {
    }

    /** The set-up form's values, kept when a start is refused. */
    public record Setup(int minutes, List<String> decks, String level, String language, boolean revealEach) {
        public List<Integer> lengths() {
            return Settings.LENGTHS_MINUTES;
        }

        public boolean picked(String deck) {
            return decks.contains(deck);
        }
    }

    /** The question page: the interview's state, and the verdict on the last answer when each is revealed. */
    public record QuestionPage(InterviewView interview, ScoredView last, String error) {
    }

    public record ReportPage(Report report, String chart, int missed) {
    }

    public record TopicTrend(String deck, String title, List<Double> scores, String chart) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(List<DeckOption> decks, Setup setup, InterviewView running, String error);

        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance question$turn(QuestionPage page);

        static native TemplateInstance report(ReportPage page);

        static native TemplateInstance report$body(ReportPage page);

        static native TemplateInstance history(List<HistoryRow> rows, List<TopicTrend> trends);
    }

    @GET
    public TemplateInstance setup() {
        return setupPage(new Setup(15, List.of(), "mid", ui.getLang(), false), null);
    }

    private TemplateInstance setupPage(Setup setup, String error) {
        UserEntity u = currentUser.get();
        List<DeckOption> decks = library.decksWithCards().stream()
                .map(d -> new DeckOption(d.id(), d.title(ui.getLang()), d.activeCards())).toList();
        InterviewView running = interviews.running(u).map(i -> InterviewViews.interview(interviews, i)).orElse(null);
        return Templates.setup(decks, setup, running, error);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm Integer minutes, @RestForm List<String> deck, @RestForm String level,
                          @RestForm String language, @RestForm String revealEach) {
        boolean reveal = revealEach != null;
        try {
            InterviewEntity i = interviews.start(currentUser.get(),
                    new InterviewService.Start(minutes, deck, level, language, reveal, null));
            return Response.seeOther(URI.create("/interview/" + i.id)).build();
        } catch (Problem p) {
            Setup kept = new Setup(minutes == null ? 15 : minutes, deck == null ? List.of() : deck, level, language,
                    reveal);
            return Response.status(ProblemMapper.status(p)).entity(setupPage(kept, p.getMessage())).build();
        }
    }

    @GET
    @Path("history")
    public TemplateInstance history() {
        UserEntity u = currentUser.get();
        List<HistoryRow> rows = interviews.history(u).stream().map(i -> InterviewViews.historyRow(interviews, i))
                .toList();
        return Templates.history(rows, trends(rows));
    }

    /** Per topic, its score in every interview that asked it, oldest first. */
    private List<TopicTrend> trends(List<HistoryRow> newestFirst) {
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (int k = newestFirst.size() - 1; k >= 0; k--) {
            for (TopicView t : newestFirst.get(k).topics()) {
                scores.computeIfAbsent(t.deck(), d -> new ArrayList<>()).add(t.score());
                titles.put(t.deck(), t.title());
            }
        }
        List<TopicTrend> out = new ArrayList<>();
        scores.forEach((deck, s) -> out.add(new TopicTrend(deck, titles.get(deck), s,
                InterviewCharts.trend(s, titles.get(deck)))));
        return out;
    }

    @GET
    @Path("{id}")
    public Response question(@PathParam("id") long id) {
        InterviewEntity i = interviews.get(currentUser.get(), id);
        if (i.isOver(interviews.now())) {
            return Response.seeOther(URI.create("/interview/" + id + "/report")).build();
        }
        return Response.ok(Templates.question(new QuestionPage(InterviewViews.interview(interviews, i), null, null))).build();
    }

    /** Choices come as one field per picked option; every other kind as the text typed. */
    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @RestForm int turn, @RestForm String answer,
                           @RestForm List<String> choice, @HeaderParam("HX-Request") boolean htmx) {
        UserEntity u = currentUser.get();
        String given = choice != null && !choice.isEmpty() ? String.join(",", choice) : answer;
        ScoredView scored;
        try {
            scored = InterviewViews.scored(interviews, interviews.answer(u, id, turn, given));
        } catch (Problem p) {
            InterviewEntity i = interviews.get(u, id);
            if (i.isOver(interviews.now())) {
                return toReport(id, htmx);
            }
            return Response.ok(Templates.question$turn(new QuestionPage(InterviewViews.interview(interviews, i), null,
                    p.getMessage()))).build();
        }
        if (scored.finished()) {
            return toReport(id, htmx);
        }
        InterviewView now = InterviewViews.interview(interviews, interviews.get(u, id));
        return Response.ok(Templates.question$turn(new QuestionPage(now, now.settings().revealEach() ? scored : null,
                null))).build();
    }

    @POST
    @Path("{id}/finish")
    public Response finish(@PathParam("id") long id, @HeaderParam("HX-Request") boolean htmx) {
        interviews.finish(currentUser.get(), id);
        return toReport(id, htmx);
    }

    /**
     * To the report: htmx is told with HX-Redirect on a 200 (an XMLHttpRequest would follow
     * a 303 itself and swap the whole report into the question), a plain form post gets the 303.
     */
    private static Response toReport(long id, boolean htmx) {
        URI report = URI.create("/interview/" + id + "/report");
        return htmx ? Response.ok().header("HX-Redirect", report.toString()).build()
                : Response.seeOther(report).build();
    }

    @GET
    @Path("{id}/report")
    public TemplateInstance report(@PathParam("id") long id) {
        return Templates.report(reportPage(id));
    }

    private ReportPage reportPage(long id) {
        Report r = InterviewViews.report(interviews, interviews.get(currentUser.get(), id));
        String chart = r.topics().isEmpty() ? null
                : InterviewCharts.topicBars(r.topics().stream().map(TopicView::title).toList(),
                        r.topics().stream().map(TopicView::score).toList(), "scores per topic");
        return new ReportPage(r, chart, r.weakCards().size());
    }

    /** A key point's checkbox changed: the ticked ones arrive as their indexes; the report is redrawn. */
    @POST
    @Path("{id}/turns/{turn}/ticks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance tick(@PathParam("id") long id, @PathParam("turn") int turn, @RestForm int points,
                                 @RestForm List<Integer> covered) {
        List<Boolean> ticks = new ArrayList<>();
        for (int k = 0; k < points; k++) {
            ticks.add(covered != null && covered.contains(k));
        }
        interviews.tick(currentUser.get(), id, turn, ticks);
        return Templates.report$body(reportPage(id));
    }

    /** The report's one action, on by default: missed cards back into today's reviews, then the history. */
    @POST
    @Path("{id}/requeue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requeue(@PathParam("id") long id, @RestForm String requeue) {
        if (requeue != null) {
            interviews.requeue(currentUser.get(), id);
        }
        return Response.seeOther(URI.create(requeue != null ? "/interview/" + id + "/report" : "/interview/history"))
                .build();
    }
}
