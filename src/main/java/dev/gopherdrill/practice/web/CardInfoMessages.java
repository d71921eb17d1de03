package dev.gopherdrill.practice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words card info adds to the {@code info_*} ones of {@code msg}: Anki's card info shows
 * the repetitions and names each review's button. Chinese in
 * {@code messages/cardinfo_zh.properties}; templates use them as {@code {cardinfo:key}}.
 */
@MessageBundle(value = "cardinfo", locale = "en")
public interface CardInfoMessages {

    @Message("Repetitions") String repetitions();
    @Message("Suspended") String suspended();
    @Message("Buried until") String buried_until();
    @Message("Date") String date();
    @Message("Rating") String rating();
    @Message("Kind") String kind();
    @Message("{#when rating}{#is 1}Again{#is 2}Hard{#is 3}Good{#is 4}Easy{#else}{rating}{/when}") String rating_name(int rating);
}
