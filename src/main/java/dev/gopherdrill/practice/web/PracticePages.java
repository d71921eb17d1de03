package dev.gopherdrill.practice.web;

import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.Library;
import dev.gopherdrill.practice.store.CardActions;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.practice.web.PracticeViews.CardInfo;
import dev.gopherdrill.practice.web.PracticeViews.LeechView;
import dev.gopherdrill.practice.web.PracticeViews.NextView;
import dev.gopherdrill.practice.web.PracticeViews.Overview;
import dev.gopherdrill.practice.web.PracticeViews.Verdict;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.scheduling.Rating;
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

/**
 * The home page and the practice page. htmx swaps the {@code #card} fragment after
 * every action, so a grade is one small round trip; a refused action (a stale version
 * from a second tab, say) is shown in the card, never as an error page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PracticePages {

    @Inject
    PracticeService practice;

    @Inject
    Library library;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLanguage ui;

    @Inject
    CardActions cardActions;

    /**
     * What the card fragment shows: a card, or the empty state, plus an error if the last action
     * was refused, or the confirmation of a bury or suspend with its undo.
     */
    public record CardPage(NextView next, String deckTitle, Overview overview, String error, Notice notice) {
        CardPage with(Notice n) {
            return new CardPage(next, deckTitle, overview, error, n);
        }
    }

    /**
     * A card just buried or suspended, and its title: practice says so and offers an undo
     * (unbury or unsuspend, which shows the card again), as Anki does.
     */
    public record Notice(boolean suspended, String cardId, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Overview overview, List<DeckRow> decks);

        static native TemplateInstance landing(Landing landing);

        static native TemplateInstance practice(CardPage page);

        static native TemplateInstance practice$card(CardPage page);

        static native TemplateInstance verdict(CardPage page, Verdict verdict, String given);

        static native TemplateInstance info(CardInfo info);

        static native TemplateInstance leeches(List<LeechView> leeches);

        static native TemplateInstance leeches$row(LeechView leech);
    }

    public record DeckRow(String id, String title, long cards) {
    }

    /** What a visitor who is not signed in is shown: the decks and how many cards they hold. */
    public record Landing(List<DeckRow> decks) {
        public long cards() {
            return decks.stream().mapToLong(DeckRow::cards).sum();
        }
    }

    /** The learner's overview; a visitor gets the landing page instead of a bare redirect to the login. */
    @GET
    public TemplateInstance home() {
        if (!currentUser.isSignedIn()) {
            // a visitor is told of the decks there is something to learn in
            return Templates.landing(new Landing(decks(ui.getLang()).stream().filter(d -> d.cards() > 0).toList()));
        }
        UserEntity u = currentUser.get();
        return Templates.home(Overview.of(practice.overview(u)), decks(u.locale));
    }

    private List<DeckRow> decks(String language) {
        return library.decks().stream().map(d -> new DeckRow(d.id(), d.title(language), d.activeCards())).toList();
    }

    @GET
    @Path("practice")
    public TemplateInstance page() {
        return Templates.practice(current(null));
    }

    @POST
    @Path("practice/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check(@RestForm String cardId, @RestForm String answer, @RestForm List<String> choice) {
        UserEntity u = currentUser.get();
        String given = choice != null && !choice.isEmpty() ? String.join(",", choice) : answer == null ? "" : answer;
        try {
            Verdict v = Verdict.of(practice.check(u, cardId, given), practice.card(cardId), u.locale);
            return Templates.verdict(page(practice.show(u, cardId), null), v, given);
        } catch (Problem p) {
            return Templates.practice$card(current(p.getMessage()));
        }
    }

    @POST
    @Path("practice/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance grade(@RestForm String cardId, @RestForm int version, @RestForm int rating,
                                  @RestForm String answer, @RestForm Integer timeTakenMs) {
        return act(() -> practice.grade(currentUser.sessionKey(), cardId, version, Rating.ofButton(rating),
                answer == null || answer.isEmpty() ? null : answer, timeTakenMs));
    }

    @POST
    @Path("practice/undo")
    public TemplateInstance undo() {
        UserEntity u = currentUser.get();
        try {
            String cardId = practice.undo(u);
            return Templates.practice$card(page(practice.show(u, cardId), null));
        } catch (Problem p) {
            return Templates.practice$card(current(p.getMessage()));
        }
    }

    @POST
    @Path("practice/bury")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance bury(@RestForm String cardId, @RestForm int version) {
        return hide(cardId, false, () -> practice.bury(currentUser.get(), cardId, version));
    }

    @POST
    @Path("practice/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance suspend(@RestForm String cardId, @RestForm int version) {
        return hide(cardId, true, () -> practice.suspend(currentUser.get(), cardId, version));
    }

    /** The undo of a bury or suspend just confirmed: the card is back, and shown again. */
    @POST
    @Path("practice/unhide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance unhide(@RestForm String cardId, @RestForm boolean suspended) {
        UserEntity u = currentUser.get();
        try {
            cardActions.apply(u, suspended ? CardActions.Action.UNSUSPEND : CardActions.Action.UNBURY,
                    List.of(cardId == null ? "" : cardId));
            return Templates.practice$card(page(practice.show(u, cardId), null));
        } catch (Problem p) {
            return Templates.practice$card(current(p.getMessage()));
        }
    }

    /** Buries or suspends, then shows the next card with the confirmation and its undo. */
    private TemplateInstance hide(String cardId, boolean suspended, Runnable action) {
        try {
            action.run();
        } catch (Problem p) {
            return Templates.practice$card(current(p.getMessage()));
        }
        UserEntity u = currentUser.get();
        Notice notice = new Notice(suspended, cardId, practice.card(cardId).content.text(u.locale).title());
        return Templates.practice$card(current(null).with(notice));
    }

    @GET
    @Path("practice/cards/{id}/info")
    public TemplateInstance info(@PathParam("id") String id) {
        return Templates.info(PracticeViews.info(practice, currentUser.get(), id));
    }

    @GET
    @Path("leeches")
    public TemplateInstance leeches() {
        return Templates.leeches(leechViews());
    }

    @POST
    @Path("leeches/{id}/unsuspend")
    public TemplateInstance unsuspend(@PathParam("id") String id) {
        practice.unsuspend(currentUser.get(), id);
        LeechView row = leechViews().stream().filter(l -> l.cardId().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("no leech " + id));
        return Templates.leeches$row(row);
    }

    private List<LeechView> leechViews() {
        return PracticeViews.leeches(practice, currentUser.get());
    }

    /** Runs a write; either way the fragment then shows the card that is next now. */
    private TemplateInstance act(Runnable action) {
        String error = null;
        try {
            action.run();
        } catch (Problem p) {
            error = p.getMessage();
        }
        return Templates.practice$card(current(error));
    }

    private CardPage current(String error) {
        UserEntity u = currentUser.get();
        Optional<PracticeService.Next> next = practice.next(u);
        return next.map(n -> page(n, error))
                .orElseGet(() -> new CardPage(null, null, Overview.of(practice.overview(u)), error, null));
    }

    private CardPage page(PracticeService.Next n, String error) {
        UserEntity u = currentUser.get();
        return new CardPage(NextView.of(n, u.locale), library.deckTitle(n.card().deckId, u.locale), null, error, null);
    }
}
