package dev.gopherdrill.stats.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the deck overview and the statistics, in English here and in Chinese in
 * {@code messages/stats_zh.properties}; templates use them as {@code {stats:key}}, the pictures
 * get them through {@link StatsPages}.
 */
@MessageBundle(value = "stats", locale = "en")
public interface StatsMessages {

    @Message("Decks") String decks_title();
    @Message("New") String decks_new();
    @Message("Learning") String decks_learning();
    @Message("Due") String decks_due();
    @Message("Mastery") String decks_mastery();
    @Message("Practise") String decks_practise();
    @Message("Quiz this deck") String decks_quiz();
    @Message("{cards} cards") String decks_cards(long cards);
    @Message("Mastery of {title}: {percent} of its cards are mature ({mature} of {cards})") String decks_mastery_label(String title, String percent, long mature, long cards);
    @Message("No decks yet: the cards in content/ have not been loaded.") String decks_empty();
    @Message("New: never practised. Learning: graded Again or Hard today, repeated until Good. Due: reviews due today or overdue. Mastery: cards with an interval of 21 days or more.") String decks_legend();
    @Message("Nothing due in this deck now.") String decks_done();

    @Message("Statistics") String stats_title();
    @Message("Day streak") String stats_streak();
    @Message("Reviews this year") String stats_reviews_year();
    @Message("Retention this month") String stats_retention_month();
    @Message("Mature cards") String stats_mature_cards();
    @Message("Nothing to show yet: practise a few cards and your statistics appear here, day by day.") String stats_empty();
    @Message("Start practice") String stats_start();
    @Message("How each number is counted") String stats_how();
    @Message("Days are your days (time zone and the hour your day starts, from Settings). Undone answers never count. A card is mature at an interval of 21 days or more, young below. The heatmap and the reviews and time per day count every answer: practice, repeats, quizzes and interview requeues. True retention counts only scheduled reviews, the first answer to each card each day: Again fails, Hard, Good and Easy pass. Answer buttons count practice grades (new cards, reviews and repeats), not quizzes. Card counts, intervals, ease, the forecast and mastery are the cards' current state.") String stats_definitions();

    @Message("Reviews in the last 365 days") String heatmap_title();
    @Message("{count} {#if count == 1}review{#else}reviews{/if}") String reviews(long count);
    @Message("{reviews} {#if reviews == 1}review{#else}reviews{/if} on {days} {#if days == 1}day{#else}days{/if} in the last 365 days; busiest day {day} with {most}.") String heatmap_summary(long reviews, long days, String day, long most);
    @Message("No reviews in the last 365 days.") String heatmap_none();

    @Message("Due in the next 30 days") String forecast_title();
    @Message("{count} due") String due(long count);
    @Message("{total} {#if total == 1}review{#else}reviews{/if} due in the next 30 days (overdue ones not counted); daily load about {load} a day.") String forecast_summary(long total, String load);
    @Message("Nothing due in the next 30 days.") String forecast_none();

    @Message("True retention") String retention_title();
    @Message("Young") String young();
    @Message("Mature") String mature();
    @Message("Today") String period_today();
    @Message("Last 7 days") String period_week();
    @Message("Last 30 days") String period_month();
    @Message("Last 365 days") String period_year();
    @Message("Last 30 days: {percent} of first reviews passed ({passed} of {total}); young {young}, mature {mature}.") String retention_summary(String percent, long passed, long total, String young, String mature);
    @Message("No scheduled reviews yet: true retention needs cards that have come due.") String retention_none();
    @Message("True retention per month") String retention_months_title();
    @Message("The last 12 months; this month {percent} ({passed} of {total}).") String retention_months_summary(String percent, long passed, long total);
    @Message("True retention per deck") String retention_decks_title();
    @Message("The last 365 days; {count} {#if count == 1}deck{#else}decks{/if} with reviews, best {best} ({percent}).") String retention_decks_summary(long count, String best, String percent);

    @Message("Answer buttons") String buttons_title();
    @Message("Again") String button_again();
    @Message("Hard") String button_hard();
    @Message("Good") String button_good();
    @Message("Easy") String button_easy();
    @Message("{young} presses on young cards, {mature} on mature ones in the last 365 days; Again on {again} of them.") String buttons_summary(long young, long mature, String again);
    @Message("No answers in the last 365 days.") String buttons_none();

    @Message("Reviews per day") String reviews_title();
    @Message("{reviews} {#if reviews == 1}review{#else}reviews{/if} in the last 30 days, {average} a day on average.") String reviews_summary(long reviews, String average);
    @Message("No reviews in the last 30 days.") String reviews_none();
    @Message("Time per day") String time_title();
    @Message("{minutes} min") String minutes(long minutes);
    @Message("{minutes} min in the last 30 days, {average} min on each day you studied.") String time_summary(long minutes, String average);

    @Message("Card counts") String cards_title();
    @Message("New") String cards_new();
    @Message("Learning") String cards_learning();
    @Message("Young") String cards_young();
    @Message("Mature") String cards_mature();
    @Message("Suspended") String cards_suspended();
    @Message("{total} cards: {newCards} new, {learning} learning, {young} young, {mature} mature, {suspended} suspended.") String cards_summary(long total, long newCards, long learning, long young, long mature, long suspended);

    @Message("Intervals") String intervals_title();
    @Message("d") String days_unit();
    @Message("{cards} scheduled {#if cards == 1}card{#else}cards{/if}; {mature} with an interval of 21 days or more.") String intervals_summary(long cards, long mature);
    @Message("No scheduled cards yet.") String scheduled_none();
    @Message("Ease") String ease_title();
    @Message("Ease of {cards} scheduled {#if cards == 1}card{#else}cards{/if}: SM-2 starts every card at 250 % and never goes below 130 %.") String ease_summary(long cards);

    @Message("Mastery per deck") String mastery_title();
    @Message("{mature} of {cards} cards are mature ({percent}): their interval is 21 days or more.") String mastery_summary(long mature, long cards, String percent);

    @Message("Jan") String month_1();
    @Message("Feb") String month_2();
    @Message("Mar") String month_3();
    @Message("Apr") String month_4();
    @Message("May") String month_5();
    @Message("Jun") String month_6();
    @Message("Jul") String month_7();
    @Message("Aug") String month_8();
    @Message("Sep") String month_9();
    @Message("Oct") String month_10();
    @Message("Nov") String month_11();
    @Message("Dec") String month_12();
    @Message("Mon") String weekday_mon();
    @Message("Wed") String weekday_wed();
    @Message("Fri") String weekday_fri();
}
