package dev.gopherdrill.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics page's numbers, computed from the rows the queries return (already grouped by
 * PostgreSQL, so this code sees at most a few thousand rows whatever the size of the log).
 * Pure: no framework, no clock; the shell passes the learner's {@code today}.
 *
 * Definitions, as Anki defines them so the numbers mean the same (see the README's
 * "Decks and statistics"):
 * <ul>
 * <li>a card is <b>mature</b> at an interval of {@value #MATURE_INTERVAL} days or more, <b>young</b> below;
 *     a review row is a mature review when its {@code interval_before} is mature;</li>
 * <li><b>true retention</b>: among {@code review} rows, the first of each card on each learner day;
 *     Again fails, Hard/Good/Easy pass;</li>
 * <li><b>activity</b> (heatmap, reviews and time per day): every row not undone, whatever its kind;</li>
 * <li><b>answer buttons</b>: the practice grades ({@code new}, {@code review}, {@code drill});</li>
 * <li>card counts, intervals, ease, forecast and mastery come from the current review state.</li>
 * </ul>
 */
public final class Statistics {

    /** days; Anki's threshold between young and mature cards */
    public static final int MATURE_INTERVAL = 21;
    /** days in the heatmap, the retention "year" and the per-deck retention, ending today */
    public static final int YEAR_DAYS = 365;
    public static final int WEEK_DAYS = 7;
    public static final int MONTH_DAYS = 30;
    /** days in the forecast, starting today */
    public static final int FORECAST_DAYS = 30;
    /** days in the reviews-and-time-per-day charts, ending today */
    public static final int RECENT_DAYS = 30;
    /** calendar months in the retention-per-month chart, ending with the current one */
    public static final int MONTHS = 12;

    /** Lower bounds (days) of the interval histogram's buckets; the last is open. */
    static final int[] INTERVAL_BUCKETS = {1, 2, 3, 7, 14, 21, 45, 90, 180, 365};
    /** Lower bounds (ease × 100) of the ease histogram's buckets: SM-2's floor 130 % in 20-point steps. */
    static final int[] EASE_BUCKETS = {130, 150, 170, 190, 210, 230, 250, 270};

    private Statistics() {
    }

    // ---- rows as the queries return them

    /** Rows logged on one learner day, and the time they took (a row without a time counts 0). */
    public record DayActivity(LocalDate day, long reviews, long timeMs) {
    }

    /** First reviews of the day of one deck's cards on one day, young or mature, and how many passed. */
    public record FirstReviews(LocalDate day, String deckId, boolean mature, long passed, long total) {
    }

    /** Presses of one button (1 Again .. 4 Easy) on young or mature cards. */
    public record ButtonPresses(boolean mature, int rating, long presses) {
    }

    public record DueDay(LocalDate day, long cards) {
    }

    /** Scheduled (not new, not suspended) cards with one interval and one ease factor × 100. */
    public record Scheduled(int interval, int easePercent, long cards) {
    }

    /**
     * One deck's cards for the learner. Queue numbers, as practising now would see them:
     * {@code newNow} never graded and not buried, {@code learningNow} graded Again or Hard today and
     * repeated until Good, {@code dueNow} reviews due today or overdue. State numbers, which partition
     * {@code cards}: {@code newCards}, {@code learning} (repeating, interval below mature), {@code young},
     * {@code mature} (interval of 21 days or more) and {@code suspended}.
     */
    public record DeckState(String deckId, String title, long cards, long newNow, long learningNow, long dueNow,
                            long newCards, long learning, long young, long mature, long suspended) {

        /** Share of the deck's cards that are mature; 0 for an empty deck. */
        public double mastery() {
            return cards == 0 ? 0 : (double) mature / cards;
        }
    }

    // ---- results

    /** Passes among first reviews; {@code rate} is null when there were none. */
    public record Rate(long passed, long total, Double rate) {
        static Rate of(long passed, long total) {
            return new Rate(passed, total, total == 0 ? null : (double) passed / total);
        }

        Rate plus(long p, long t) {
            return of(passed + p, total + t);
        }
    }

    /** Retention of one period, month or deck, split young / mature, and both together. */
    public record Retention(String key, String title, Rate young, Rate mature, Rate all) {
    }

    public record RetentionReport(List<Retention> periods, List<Retention> months, List<Retention> decks) {
        public boolean isEmpty() {
            return periods.get(periods.size() - 1).all().total() == 0;
        }
    }

    /** @param busiest the first day with the most rows, null when there were none */
    public record Activity(LocalDate from, LocalDate to, List<DayActivity> days, long reviews, long activeDays,
                           DayActivity busiest, long timeMs) {
        public boolean isEmpty() {
            return reviews == 0;
        }
    }

    /** @param dailyLoad Σ 1/interval over the scheduled cards: the reviews a day they cost in the long run */
    public record Forecast(List<DueDay> days, long total, double dailyLoad) {
    }

    /** Presses of Again, Hard, Good, Easy, in that order. */
    public record Buttons(List<Long> young, List<Long> mature) {
        public boolean isEmpty() {
            return young.stream().mapToLong(Long::longValue).sum() + mature.stream().mapToLong(Long::longValue).sum() == 0;
        }
    }

    public record CardCounts(long newCards, long learning, long young, long mature, long suspended) {
        public long total() {
            return newCards + learning + young + mature + suspended;
        }
    }

    /** A histogram bucket [from, to]; {@code to} null for the open last bucket. */
    public record Bucket(int from, Integer to, long cards) {
    }

    public record DeckMastery(String deckId, String title, long cards, long mature, double share) {
    }

    // ---- computations

    /** The first day of the retention rows the report needs: a year back, or 12 calendar months if that is earlier. */
    public static LocalDate retentionFrom(LocalDate today) {
        LocalDate year = yearFrom(today);
        LocalDate months = YearMonth.from(today).minusMonths(MONTHS - 1).atDay(1);
        return months.isBefore(year) ? months : year;
    }

    public static LocalDate yearFrom(LocalDate today) {
        return today.minusDays(YEAR_DAYS - 1);
    }

    /** Every day from {@code from} to {@code to}, a day without rows as zero. */
    public static Activity activity(List<DayActivity> rows, LocalDate from, LocalDate to) {
        Map<LocalDate, DayActivity> byDay = new HashMap<>();
        rows.forEach(r -> byDay.merge(r.day(), r,
                (a, b) -> new DayActivity(a.day(), a.reviews() + b.reviews(), a.timeMs() + b.timeMs())));
        List<DayActivity> days = new ArrayList<>();
        long reviews = 0;
        long active = 0;
        long time = 0;
        DayActivity busiest = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DayActivity a = byDay.getOrDefault(d, new DayActivity(d, 0, 0));
            days.add(a);
            reviews += a.reviews();
            time += a.timeMs();
            if (a.reviews() > 0) {
                active++;
                if (busiest == null || a.reviews() > busiest.reviews()) {
                    busiest = a;
                }
            }
        }
        return new Activity(from, to, days, reviews, active, busiest, time);
    }

    public static Activity heatmap(List<DayActivity> rows, LocalDate today) {
        return activity(rows, yearFrom(today), today);
    }

    public static Activity recent(List<DayActivity> rows, LocalDate today) {
        return activity(rows, today.minusDays(RECENT_DAYS - 1), today);
    }

    /** Cards due on each of the next 30 days, today first; overdue cards are not in the rows. */
    public static Forecast forecast(List<DueDay> rows, List<Scheduled> scheduled, LocalDate today) {
        Map<LocalDate, Long> byDay = new HashMap<>();
        rows.forEach(r -> byDay.merge(r.day(), r.cards(), Long::sum));
        List<DueDay> days = new ArrayList<>();
        long total = 0;
        for (int k = 0; k < FORECAST_DAYS; k++) {
            LocalDate d = today.plusDays(k);
            long n = byDay.getOrDefault(d, 0L);
            days.add(new DueDay(d, n));
            total += n;
        }
        double load = scheduled.stream().filter(s -> s.interval() > 0)
                .mapToDouble(s -> (double) s.cards() / s.interval()).sum();
        return new Forecast(days, total, load);
    }

    /**
     * Retention today, over the last 7, 30 and 365 days, per calendar month (the last 12) and per
     * deck (the last 365 days, in the order of {@code decks}; a deck without reviews still gets a row).
     */
    public static RetentionReport retention(List<FirstReviews> rows, List<DeckState> decks, LocalDate today) {
        String[] periods = {"today", "week", "month", "year"};
        int[] lengths = {1, WEEK_DAYS, MONTH_DAYS, YEAR_DAYS};
        List<Retention> byPeriod = new ArrayList<>();
        for (int k = 0; k < periods.length; k++) {
            LocalDate from = today.minusDays(lengths[k] - 1);
            byPeriod.add(sum(periods[k], periods[k], rows.stream()
                    .filter(r -> !r.day().isBefore(from) && !r.day().isAfter(today)).toList()));
        }
        List<Retention> byMonth = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int k = MONTHS - 1; k >= 0; k--) {
            YearMonth m = current.minusMonths(k);
            byMonth.add(sum(m.toString(), m.toString(), rows.stream().filter(r -> YearMonth.from(r.day()).equals(m)).toList()));
        }
        LocalDate year = yearFrom(today);
        List<Retention> byDeck = decks.stream().map(d -> sum(d.deckId(), d.title(), rows.stream()
                .filter(r -> r.deckId().equals(d.deckId()) && !r.day().isBefore(year) && !r.day().isAfter(today))
                .toList())).toList();
        return new RetentionReport(byPeriod, byMonth, byDeck);
    }

    private static Retention sum(String key, String title, List<FirstReviews> rows) {
        Rate young = Rate.of(0, 0);
        Rate mature = Rate.of(0, 0);
        for (FirstReviews r : rows) {
            if (r.mature()) {
                mature = mature.plus(r.passed(), r.total());
            } else {
                young = young.plus(r.passed(), r.total());
            }
        }
        return new Retention(key, title, young, mature,
                Rate.of(young.passed() + mature.passed(), young.total() + mature.total()));
    }

    public static Buttons buttons(List<ButtonPresses> rows) {
        long[] young = new long[4];
        long[] mature = new long[4];
        for (ButtonPresses r : rows) {
            if (r.rating() < 1 || r.rating() > 4) {
                throw new IllegalArgumentException("rating must be 1..4, got " + r.rating());
            }
            (r.mature() ? mature : young)[r.rating() - 1] += r.presses();
        }
        return new Buttons(boxed(young), boxed(mature));
    }

    private static List<Long> boxed(long[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    public static CardCounts cardCounts(List<DeckState> decks) {
        long n = 0, l = 0, y = 0, m = 0, s = 0;
        for (DeckState d : decks) {
            n += d.newCards();
            l += d.learning();
            y += d.young();
            m += d.mature();
            s += d.suspended();
        }
        return new CardCounts(n, l, y, m, s);
    }

    public static List<Bucket> intervals(List<Scheduled> scheduled) {
        return histogram(INTERVAL_BUCKETS, scheduled, Scheduled::interval);
    }

    public static List<Bucket> ease(List<Scheduled> scheduled) {
        return histogram(EASE_BUCKETS, scheduled, Scheduled::easePercent);
    }

    /** Each value goes into the last bucket whose lower bound it reaches; values below the first bound into the first. */
    private static List<Bucket> histogram(int[] bounds, List<Scheduled> scheduled,
                                          java.util.function.ToIntFunction<Scheduled> value) {
        long[] counts = new long[bounds.length];
        for (Scheduled s : scheduled) {
            int v = value.applyAsInt(s);
            int k = bounds.length - 1;
            while (k > 0 && v < bounds[k]) {
                k--;
            }
            counts[k] += s.cards();
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int k = 0; k < bounds.length; k++) {
            buckets.add(new Bucket(bounds[k], k + 1 < bounds.length ? bounds[k + 1] - 1 : null, counts[k]));
        }
        return buckets;
    }

    public static List<DeckMastery> mastery(List<DeckState> decks) {
        return decks.stream().map(d -> new DeckMastery(d.deckId(), d.title(), d.cards(), d.mature(), d.mastery()))
                .toList();
    }
}
