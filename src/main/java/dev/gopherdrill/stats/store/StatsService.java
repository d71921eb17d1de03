package dev.gopherdrill.stats.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.content.store.DeckEntity;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.stats.Statistics;
import dev.gopherdrill.stats.Statistics.ButtonPresses;
import dev.gopherdrill.stats.Statistics.DayActivity;
import dev.gopherdrill.stats.Statistics.DeckState;
import dev.gopherdrill.stats.Statistics.DueDay;
import dev.gopherdrill.stats.Statistics.FirstReviews;
import dev.gopherdrill.stats.Statistics.Scheduled;
import dev.gopherdrill.stats.StatsReport;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The queries behind the deck overview and the statistics. Each one aggregates in PostgreSQL
 * (group by), scoped to the learner, so the page reads a few hundred rows whatever the size of
 * the log; {@link Statistics} turns them into the report. Read-only: nothing here writes.
 */
@ApplicationScoped
public class StatsService {

    // The queries, one per statistic; package-private so that StatsQueryPlans explains exactly these.

    static final String ACTIVITY = """
            select day, count(*), coalesce(sum(time_taken_ms), 0) from review_log
            where user_id = ?1 and undone_at is null and kind <> 'reset' and day between ?2 and ?3
            group by day""";

    static final String FIRST_REVIEWS = """
            select f.day, c.deck_id, f.interval_before >= ?4, count(*) filter (where f.rating > 1), count(*)
            from (select distinct on (card_id, day) card_id, day, interval_before, rating from review_log
                  where user_id = ?1 and undone_at is null and kind = 'review' and day between ?2 and ?3
                  order by card_id, day, reviewed_at, id) f
            join card c on c.id = f.card_id
            group by 1, 2, 3""";

    static final String BUTTONS = """
            select interval_before >= ?4, rating, count(*) from review_log
            where user_id = ?1 and undone_at is null and kind in ('new', 'review', 'drill')
              and day between ?2 and ?3
            group by 1, 2""";

    static final String DUE = """
            select rs.due, count(*) from review_state rs join card c on c.id = rs.card_id
            where rs.user_id = ?1 and not rs.suspended and not c.retired and rs.due between ?2 and ?3
            group by rs.due""";

    static final String SCHEDULED = """
            select rs.interval_days, round(rs.ease_factor * 100), count(*)
            from review_state rs join card c on c.id = rs.card_id
            where rs.user_id = ?1 and rs.due is not null and not rs.suspended and not c.retired
            group by 1, 2""";

    static final String DECKS = """
            select c.deck_id, count(*),
              count(*) filter (where rs.id is null or rs.due is null and not rs.suspended and not rs.drill
                               and (rs.buried_until is null or rs.buried_until <= ?2)),
              count(*) filter (where rs.drill and not rs.suspended and rs.due > ?2
                               and (rs.buried_until is null or rs.buried_until <= ?2)),
              count(*) filter (where rs.due <= ?2 and not rs.suspended
                               and (rs.buried_until is null or rs.buried_until <= ?2)),
              count(*) filter (where rs.id is null or rs.due is null and not rs.suspended),
              count(*) filter (where rs.due is not null and not rs.suspended and rs.drill and rs.interval_days < ?3),
              count(*) filter (where rs.due is not null and not rs.suspended and not rs.drill and rs.interval_days < ?3),
              count(*) filter (where rs.due is not null and not rs.suspended and rs.interval_days >= ?3),
              count(*) filter (where rs.suspended)
            from card c left join review_state rs on rs.card_id = c.id and rs.user_id = ?1
            where not c.retired
            group by c.deck_id""";

    @Inject
    EntityManager em;

    @Inject
    PracticeService practice;

    /** @param language the language of the deck titles */
    public StatsReport report(UserEntity user, String language) {
        LocalDate today = practice.today(user);
        List<DeckState> decks = decks(user, language, today);
        StatsReport.Rows rows = new StatsReport.Rows(activity(user.id, today), firstReviews(user.id, today),
                buttons(user.id, today), due(user.id, today), scheduled(user.id), decks);
        return StatsReport.of(rows, today, practice.streak(user.id, today));
    }

    public List<DeckState> decks(UserEntity user, String language) {
        return decks(user, language, practice.today(user));
    }

    /** Every row not undone, whatever its kind (but a reset, which is no review), on each of the last 365 learner days. */
    private List<DayActivity> activity(long userId, LocalDate today) {
        return rows(ACTIVITY, userId, Statistics.yearFrom(today), today)
                .stream().map(r -> new DayActivity(date(r[0]), number(r[1]), number(r[2]))).toList();
    }

    /**
     * True retention's rows: among {@code review} rows, the first of each card on each day (the
     * earliest, ties by id), grouped by day, deck and young/mature by the interval it had.
     */
    private List<FirstReviews> firstReviews(long userId, LocalDate today) {
        return rows(FIRST_REVIEWS, userId, Statistics.retentionFrom(today), today, Statistics.MATURE_INTERVAL)
                .stream().map(r -> new FirstReviews(date(r[0]), (String) r[1], (Boolean) r[2], number(r[3]),
                        number(r[4]))).toList();
    }

    /** Practice grades (new, review and drill rows) of the last 365 days by button, young or mature. */
    private List<ButtonPresses> buttons(long userId, LocalDate today) {
        return rows(BUTTONS, userId, Statistics.yearFrom(today), today, Statistics.MATURE_INTERVAL)
                .stream().map(r -> new ButtonPresses((Boolean) r[0], ((Number) r[1]).intValue(), number(r[2]))).toList();
    }

    /** Cards due on each of the next 30 days, today included and overdue ones not. */
    private List<DueDay> due(long userId, LocalDate today) {
        return rows(DUE, userId, today, today.plusDays(Statistics.FORECAST_DAYS - 1))
                .stream().map(r -> new DueDay(date(r[0]), number(r[1]))).toList();
    }

    private List<Scheduled> scheduled(long userId) {
        return rows(SCHEDULED, userId)
                .stream().map(r -> new Scheduled(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), number(r[2])))
                .toList();
    }

    /** Every deck with cards, in deck order, with the learner's queue and state numbers (see {@link DeckState}). */
    private List<DeckState> decks(UserEntity user, String language, LocalDate today) {
        Map<String, Object[]> byDeck = new HashMap<>();
        rows(DECKS, user.id, today, Statistics.MATURE_INTERVAL)
                .forEach(r -> byDeck.put((String) r[0], r));
        return DeckEntity.<DeckEntity>listAll(Sort.by("position")).stream().filter(d -> byDeck.containsKey(d.id))
                .map(d -> {
                    Object[] r = byDeck.get(d.id);
                    return new DeckState(d.id, d.title(language), number(r[1]), number(r[2]), number(r[3]),
                            number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]), number(r[9]));
                }).toList();
    }

    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
