package dev.gopherdrill.stats.web;

import java.util.List;
import java.util.Locale;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.stats.ReportCharts;
import dev.gopherdrill.stats.Statistics;
import dev.gopherdrill.stats.Statistics.Activity;
import dev.gopherdrill.stats.Statistics.Bucket;
import dev.gopherdrill.stats.Statistics.DeckState;
import dev.gopherdrill.stats.Statistics.Rate;
import dev.gopherdrill.stats.Statistics.Retention;
import dev.gopherdrill.stats.StatsCharts;
import dev.gopherdrill.stats.StatsReport;
import dev.gopherdrill.stats.store.StatsService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The deck overview and the statistics page. Both draw what {@link StatsApi} returns: the page
 * turns each statistic of the report into its picture and a one-line summary in the learner's
 * language (the pictures are pure and get their words from here).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StatsPages {

    @Inject
    StatsService stats;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLanguage ui;

    /**
     * One picture: its heading, the SVG (null when there is nothing to draw) and the sentence under it
     * (or the empty state in its place); {@code wide} charts take the whole row on a desktop.
     */
    public record Chart(String id, String title, String svg, String summary, boolean wide) {
    }

    /** A deck row of the overview, with its mastery meter. */
    public record DeckRow(DeckState deck, String percent, String meter) {
        /** Practising now would show one of this deck's cards. */
        public boolean hasWork() {
            return deck.newNow() + deck.learningNow() + deck.dueNow() > 0;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(StatsReport report, List<Chart> charts, String retentionMonth,
                                             long matureCards);

        static native TemplateInstance decks(List<DeckRow> decks);
    }

    @GET
    @Path("stats")
    public TemplateInstance stats() {
        UserEntity u = currentUser.get();
        StatsMessages m = MessageBundles.get(StatsMessages.class, Localized.Literal.of(ui.getLang()));
        StatsReport r = stats.report(u, ui.getLang());
        Rate month = r.retention().periods().get(2).all();
        return Templates.stats(r, charts(r, m), StatsCharts.percent(month.rate()), r.cards().mature());
    }

    @GET
    @Path("decks")
    public TemplateInstance decks() {
        UserEntity u = currentUser.get();
        StatsMessages m = MessageBundles.get(StatsMessages.class, Localized.Literal.of(ui.getLang()));
        List<DeckRow> rows = stats.decks(u, ui.getLang()).stream().map(d -> {
            String percent = StatsCharts.percent(d.cards() == 0 ? null : d.mastery());
            return new DeckRow(d, percent, StatsCharts.meter("mastery-" + d.deckId(), d.mastery(),
                    m.decks_mastery_label(d.title(), percent, d.mature(), d.cards())));
        }).toList();
        return Templates.decks(rows);
    }

    static List<Chart> charts(StatsReport r, StatsMessages m) {
        ReportCharts.Words w = words(m);
        Activity year = r.heatmap();
        Activity recent = r.recent();
        Statistics.Forecast f = r.forecast();
        List<Retention> periods = r.retention().periods();
        Rate month = periods.get(2).all();
        Retention thisMonth = r.retention().months().get(r.retention().months().size() - 1);
        List<Retention> reviewedDecks = r.retention().decks().stream().filter(d -> d.all().total() > 0).toList();
        Retention best = reviewedDecks.stream().max(java.util.Comparator.comparingDouble(d -> d.all().rate()))
                .orElse(null);
        long young = r.buttons().young().stream().mapToLong(Long::longValue).sum();
        long mature = r.buttons().mature().stream().mapToLong(Long::longValue).sum();
        long again = r.buttons().young().get(0) + r.buttons().mature().get(0);
        long scheduled = r.intervals().stream().mapToLong(Bucket::cards).sum();
        long matureScheduled = r.intervals().stream().filter(b -> b.from() >= Statistics.MATURE_INTERVAL)
                .mapToLong(Bucket::cards).sum();
        long minutes = ReportCharts.minutes(recent.timeMs());
        long deckCards = r.mastery().stream().mapToLong(Statistics.DeckMastery::cards).sum();
        long deckMature = r.mastery().stream().mapToLong(Statistics.DeckMastery::mature).sum();
        Statistics.CardCounts c = r.cards();
        boolean noRetention = r.retention().isEmpty();
        return List.of(
                new Chart("heatmap", m.heatmap_title(), year.isEmpty() ? null : ReportCharts.heatmap(year, w, m.heatmap_title()),
                        year.isEmpty() ? m.heatmap_none() : m.heatmap_summary(year.reviews(), year.activeDays(),
                                year.busiest().day().toString(), year.busiest().reviews()), true),
                new Chart("forecast", m.forecast_title(), f.total() == 0 ? null : ReportCharts.forecast(f, w, m.forecast_title()),
                        f.total() == 0 ? m.forecast_none() : m.forecast_summary(f.total(), oneDecimal(f.dailyLoad())), false),
                new Chart("retention", m.retention_title(), noRetention ? null
                        : ReportCharts.retentionPeriods(periods, w, m.retention_title()),
                        noRetention ? m.retention_none() : m.retention_summary(StatsCharts.percent(month.rate()),
                                month.passed(), month.total(), StatsCharts.percent(periods.get(2).young().rate()),
                                StatsCharts.percent(periods.get(2).mature().rate())), false),
                new Chart("retention-months", m.retention_months_title(), noRetention ? null
                        : ReportCharts.retentionMonths(r.retention().months(), w, m.retention_months_title()),
                        noRetention ? m.retention_none() : m.retention_months_summary(
                                StatsCharts.percent(thisMonth.all().rate()), thisMonth.all().passed(),
                                thisMonth.all().total()), false),
                new Chart("retention-decks", m.retention_decks_title(), best == null ? null
                        : ReportCharts.retentionDecks(r.retention().decks(), w, m.retention_decks_title()),
                        best == null ? m.retention_none() : m.retention_decks_summary(reviewedDecks.size(), best.title(),
                                StatsCharts.percent(best.all().rate())), false),
                new Chart("buttons", m.buttons_title(), r.buttons().isEmpty() ? null
                        : ReportCharts.buttons(r.buttons(), w, m.buttons_title()),
                        r.buttons().isEmpty() ? m.buttons_none() : m.buttons_summary(young, mature,
                                StatsCharts.percent((double) again / (young + mature))), false),
                new Chart("reviews", m.reviews_title(), recent.isEmpty() ? null
                        : ReportCharts.reviewsPerDay(recent, w, m.reviews_title()),
                        recent.isEmpty() ? m.reviews_none() : m.reviews_summary(recent.reviews(),
                                oneDecimal((double) recent.reviews() / recent.days().size())), false),
                new Chart("time", m.time_title(), recent.isEmpty() ? null : ReportCharts.timePerDay(recent, w, m.time_title()),
                        recent.isEmpty() ? m.reviews_none() : m.time_summary(minutes,
                                oneDecimal((double) recent.timeMs() / 60_000 / recent.activeDays())), false),
                new Chart("cards", m.cards_title(), ReportCharts.cardCounts(c, w, m.cards_title()),
                        m.cards_summary(c.total(), c.newCards(), c.learning(), c.young(), c.mature(), c.suspended()), false),
                new Chart("intervals", m.intervals_title(), scheduled == 0 ? null
                        : ReportCharts.intervals(r.intervals(), w, m.intervals_title()),
                        scheduled == 0 ? m.scheduled_none() : m.intervals_summary(scheduled, matureScheduled), false),
                new Chart("ease", m.ease_title(), scheduled == 0 ? null : ReportCharts.ease(r.ease(), m.ease_title()),
                        scheduled == 0 ? m.scheduled_none() : m.ease_summary(scheduled), false),
                new Chart("mastery", m.mastery_title(), ReportCharts.mastery(r.mastery(), m.mastery_title()),
                        m.mastery_summary(deckMature, deckCards,
                                StatsCharts.percent(deckCards == 0 ? null : (double) deckMature / deckCards)), false));
    }

    static ReportCharts.Words words(StatsMessages m) {
        return new ReportCharts.Words(
                List.of(m.month_1(), m.month_2(), m.month_3(), m.month_4(), m.month_5(), m.month_6(), m.month_7(),
                        m.month_8(), m.month_9(), m.month_10(), m.month_11(), m.month_12()),
                List.of(m.weekday_mon(), m.weekday_wed(), m.weekday_fri()),
                List.of(m.period_today(), m.period_week(), m.period_month(), m.period_year()),
                List.of(m.button_again(), m.button_hard(), m.button_good(), m.button_easy()),
                List.of(m.cards_new(), m.cards_learning(), m.cards_young(), m.cards_mature(), m.cards_suspended()),
                m.young(), m.mature(), m.days_unit(), m::reviews, m::due, m::minutes);
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
