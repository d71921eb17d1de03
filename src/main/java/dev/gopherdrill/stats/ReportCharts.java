package dev.gopherdrill.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.gopherdrill.stats.Statistics.Activity;
import dev.gopherdrill.stats.Statistics.Bucket;
import dev.gopherdrill.stats.Statistics.Buttons;
import dev.gopherdrill.stats.Statistics.CardCounts;
import dev.gopherdrill.stats.Statistics.DayActivity;
import dev.gopherdrill.stats.Statistics.DeckMastery;
import dev.gopherdrill.stats.Statistics.Forecast;
import dev.gopherdrill.stats.Statistics.Rate;
import dev.gopherdrill.stats.Statistics.Retention;
import dev.gopherdrill.stats.StatsCharts.Bar;
import dev.gopherdrill.stats.StatsCharts.Column;
import dev.gopherdrill.stats.StatsCharts.Legend;
import dev.gopherdrill.stats.StatsCharts.Row;

/**
 * Each statistic of a {@link StatsReport} as its picture. Every mark's tooltip is its row's and
 * series' words and the exact number, so what a learner hovers is what {@code /api/stats} says.
 * Young cards are drawn in the "easy" blue, mature ones in the "good" green; the answer buttons in
 * their own colours, young paler.
 */
public final class ReportCharts {

    private static final String YOUNG = "var(--easy)";
    private static final String MATURE = "var(--good)";
    private static final List<String> BUTTON_COLOURS = List.of("var(--again)", "var(--hard)", "var(--good)", "var(--easy)");
    private static final List<String> CARD_COLOURS = List.of("var(--accent)", "var(--hard)", YOUNG, MATURE, "var(--muted)");
    private static final double PALE = .5;

    /**
     * The words of the pictures in the learner's language.
     *
     * @param months twelve short month names, January first
     * @param weekdays Monday, Wednesday, Friday
     * @param periods today, last 7 days, last 30 days, last 365 days
     * @param buttons Again, Hard, Good, Easy
     * @param cardKinds new, learning, young, mature, suspended
     * @param reviews "3 reviews"; {@code due} "3 cards due"; {@code minutes} "12 min"
     */
    public record Words(List<String> months, List<String> weekdays, List<String> periods, List<String> buttons,
                        List<String> cardKinds, String young, String mature, String days,
                        Function<Long, String> reviews, Function<Long, String> due, Function<Long, String> minutes) {
    }

    private ReportCharts() {
    }

    public static String heatmap(Activity year, Words w, String label) {
        return StatsCharts.heatmap(year.days(), label, w.months(), w.weekdays(),
                d -> d.day() + ": " + w.reviews().apply(d.reviews()));
    }

    public static String forecast(Forecast f, Words w, String label) {
        long max = f.days().stream().mapToLong(Statistics.DueDay::cards).max().orElse(0);
        List<Column> columns = f.days().stream().map(d -> new Column(Integer.toString(d.day().getDayOfMonth()),
                List.of(new Bar(share(d.cards(), max), "var(--accent)", 1, d.day() + ": " + w.due().apply(d.cards()),
                        Long.toString(d.cards()))))).toList();
        return StatsCharts.columns("forecast", label, List.of(), columns, Long.toString(max));
    }

    public static String reviewsPerDay(Activity recent, Words w, String label) {
        long max = recent.days().stream().mapToLong(DayActivity::reviews).max().orElse(0);
        return StatsCharts.columns("reviews", label, List.of(), recent.days().stream().map(d -> new Column(
                Integer.toString(d.day().getDayOfMonth()), List.of(new Bar(share(d.reviews(), max), "var(--accent)", 1,
                        d.day() + ": " + w.reviews().apply(d.reviews()), Long.toString(d.reviews()))))).toList(),
                Long.toString(max));
    }

    public static String timePerDay(Activity recent, Words w, String label) {
        long max = recent.days().stream().mapToLong(d -> minutes(d.timeMs())).max().orElse(0);
        return StatsCharts.columns("time", label, List.of(), recent.days().stream().map(d -> new Column(
                Integer.toString(d.day().getDayOfMonth()), List.of(new Bar(share(minutes(d.timeMs()), max),
                        "var(--warn)", 1, d.day() + ": " + w.minutes().apply(minutes(d.timeMs())),
                        Long.toString(minutes(d.timeMs())))))).toList(), w.minutes().apply(max));
    }

    /** Whole minutes, rounded half up: 30 s of answers show as 1 min, not as nothing. */
    public static long minutes(long ms) {
        return (ms + 30_000) / 60_000;
    }

    public static String retentionPeriods(List<Retention> periods, Words w, String label) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < periods.size(); k++) {
            rows.add(retentionRow(w.periods().get(k), periods.get(k), w));
        }
        return StatsCharts.bars("retention-periods", label, legend(w), rows);
    }

    public static String retentionDecks(List<Retention> decks, Words w, String label) {
        return StatsCharts.bars("retention-decks", label, legend(w),
                decks.stream().map(d -> retentionRow(d.title(), d, w)).toList());
    }

    private static Row retentionRow(String label, Retention r, Words w) {
        return new Row(label, List.of(rateBar(label, w.young(), r.young(), YOUNG), rateBar(label, w.mature(), r.mature(), MATURE)));
    }

    private static Bar rateBar(String row, String series, Rate r, String fill) {
        String value = StatsCharts.percent(r.rate()) + " (" + r.passed() + "/" + r.total() + ")";
        return new Bar(r.rate() == null ? 0 : r.rate(), fill, 1, row + " · " + series + ": " + value, value);
    }

    public static String retentionMonths(List<Retention> months, Words w, String label) {
        List<Column> columns = months.stream().map(m -> {
            String name = w.months().get(Integer.parseInt(m.key().substring(5)) - 1);
            Bar young = rateBar(m.key(), w.young(), m.young(), YOUNG);
            Bar mature = rateBar(m.key(), w.mature(), m.mature(), MATURE);
            return new Column(name, List.of(young, mature));
        }).toList();
        return StatsCharts.columns("retention-months", label, legend(w), columns, "100%");
    }

    public static String buttons(Buttons b, Words w, String label) {
        long max = java.util.stream.Stream.concat(b.young().stream(), b.mature().stream()).mapToLong(Long::longValue)
                .max().orElse(0);
        long young = b.young().stream().mapToLong(Long::longValue).sum();
        long mature = b.mature().stream().mapToLong(Long::longValue).sum();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            String name = w.buttons().get(k);
            String colour = BUTTON_COLOURS.get(k);
            rows.add(new Row(name, List.of(
                    countBar(name + " · " + w.young(), b.young().get(k), max, young, colour, PALE),
                    countBar(name + " · " + w.mature(), b.mature().get(k), max, mature, colour, 1))));
        }
        return StatsCharts.bars("buttons", label, List.of(new Legend(w.young(), "var(--fg)", PALE),
                new Legend(w.mature(), "var(--fg)", 1)), rows);
    }

    /** A count's bar, scaled to {@code max}, labelled with its share of {@code total}. */
    private static Bar countBar(String title, long count, long max, long total, String fill, double opacity) {
        String value = count + " (" + StatsCharts.percent(total == 0 ? null : (double) count / total) + ")";
        return new Bar(share(count, max), fill, opacity, title + ": " + value, value);
    }

    public static String cardCounts(CardCounts c, Words w, String label) {
        List<Long> counts = List.of(c.newCards(), c.learning(), c.young(), c.mature(), c.suspended());
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < counts.size(); k++) {
            String name = w.cardKinds().get(k);
            rows.add(new Row(name, List.of(countBar(name, counts.get(k), max, c.total(), CARD_COLOURS.get(k), 1))));
        }
        return StatsCharts.bars("cards", label, List.of(), rows);
    }

    public static String intervals(List<Bucket> buckets, Words w, String label) {
        return histogram("intervals", buckets, b -> range(b, "") + " " + w.days(), label);
    }

    public static String ease(List<Bucket> buckets, String label) {
        return histogram("ease", buckets, b -> range(b, "%"), label);
    }

    private static String range(Bucket b, String unit) {
        if (b.to() == null) {
            return b.from() + unit + "+";
        }
        return b.from() == b.to() ? b.from() + unit : b.from() + "–" + b.to() + unit;
    }

    private static String histogram(String id, List<Bucket> buckets, Function<Bucket, String> name, String label) {
        long max = buckets.stream().mapToLong(Bucket::cards).max().orElse(0);
        long total = buckets.stream().mapToLong(Bucket::cards).sum();
        return StatsCharts.bars(id, label, List.of(), buckets.stream().map(b -> new Row(name.apply(b),
                List.of(countBar(name.apply(b), b.cards(), max, total, "var(--accent)", 1)))).toList());
    }

    public static String mastery(List<DeckMastery> decks, String label) {
        return StatsCharts.bars("mastery", label, List.of(), decks.stream().map(d -> {
            String value = StatsCharts.percent(d.cards() == 0 ? null : d.share()) + " (" + d.mature() + "/" + d.cards() + ")";
            return new Row(d.title(), List.of(new Bar(d.share(), MATURE, 1, d.title() + ": " + value, value)));
        }).toList());
    }

    private static List<Legend> legend(Words w) {
        return List.of(new Legend(w.young(), YOUNG, 1), new Legend(w.mature(), MATURE, 1));
    }

    private static double share(long v, long max) {
        return max == 0 ? 0 : (double) v / max;
    }
}
