package dev.gopherdrill.stats;

import java.time.LocalDate;
import java.util.List;

import dev.gopherdrill.stats.Statistics.Activity;
import dev.gopherdrill.stats.Statistics.Bucket;
import dev.gopherdrill.stats.Statistics.Buttons;
import dev.gopherdrill.stats.Statistics.CardCounts;
import dev.gopherdrill.stats.Statistics.DayActivity;
import dev.gopherdrill.stats.Statistics.DeckMastery;
import dev.gopherdrill.stats.Statistics.DeckState;
import dev.gopherdrill.stats.Statistics.DueDay;
import dev.gopherdrill.stats.Statistics.FirstReviews;
import dev.gopherdrill.stats.Statistics.Forecast;
import dev.gopherdrill.stats.Statistics.RetentionReport;
import dev.gopherdrill.stats.Statistics.Scheduled;

/**
 * Everything the statistics page shows, as numbers: {@code /api/stats} returns exactly this and the
 * page draws it, so the pictures and the API cannot disagree.
 *
 * @param empty the learner has reviewed nothing in the last year and has no scheduled card
 */
public record StatsReport(LocalDate today, int streak, Activity heatmap, Activity recent, Forecast forecast,
                          RetentionReport retention, Buttons buttons, CardCounts cards, List<Bucket> intervals,
                          List<Bucket> ease, List<DeckMastery> mastery, boolean empty) {

    /** The rows the queries returned, grouped by PostgreSQL. */
    public record Rows(List<DayActivity> days, List<FirstReviews> firstReviews, List<Statistics.ButtonPresses> buttons,
                       List<DueDay> due, List<Scheduled> scheduled, List<DeckState> decks) {
    }

    public static StatsReport of(Rows rows, LocalDate today, int streak) {
        Activity heatmap = Statistics.heatmap(rows.days(), today);
        return new StatsReport(today, streak, heatmap, Statistics.recent(rows.days(), today),
                Statistics.forecast(rows.due(), rows.scheduled(), today),
                Statistics.retention(rows.firstReviews(), rows.decks(), today), Statistics.buttons(rows.buttons()),
                Statistics.cardCounts(rows.decks()), Statistics.intervals(rows.scheduled()),
                Statistics.ease(rows.scheduled()), Statistics.mastery(rows.decks()),
                heatmap.isEmpty() && rows.scheduled().isEmpty());
    }
}
