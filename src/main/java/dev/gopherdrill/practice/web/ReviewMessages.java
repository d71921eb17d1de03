package dev.gopherdrill.practice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the queue settings, of practice's bury/suspend confirmation and of the typed-answer
 * comparison, in English here and in Chinese in {@code messages/review_zh.properties};
 * templates use them as {@code {review:key}}.
 */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {

    @Message("New cards: order") String settings_new_order();
    @Message("Interleaved across decks, easy levels first") String settings_new_interleaved();
    @Message("Deck by deck") String settings_new_by_deck();
    @Message("Maximum reviews per day") String settings_reviews_per_day();
    @Message("Suspended (Browse lists it under is:suspended):") String notice_suspended();
    @Message("Buried until tomorrow:") String notice_buried();
    @Message("Your answer") String compare_yours();
    @Message("(nothing)") String compare_nothing();
    @Message("matches") String compare_same();
    @Message("wrong") String compare_wrong();
    @Message("missing") String compare_missing();
    @Message("Due reviews shown per day (0–9999, 0 = none); the rest wait for the next day, most overdue first.") String settings_reviews_help();
}
