package dev.gopherdrill.practice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The landing page a visitor who is not signed in sees at {@code /}, in English here and in
 * Chinese in {@code messages/landing_zh.properties}; templates use them as {@code {landing:key}}.
 */
@MessageBundle(value = "landing", locale = "en")
public interface LandingMessages {

    @Message("Go internals, a few minutes a day") String headline();
    @Message("Gopher Drill is a spaced-repetition trainer for Go interviews: slices, maps, channels, the scheduler, escape analysis, the garbage collector. It asks each card again just before you would forget it, as Anki does, and checks your answers against models of the real Go runtime.") String intro();
    @Message("Create a free account") String signup();
    @Message("Log in") String login();
    @Message("Try the playground, no account needed") String playground();
    @Message("{cards} cards in {decks} {#if decks == 1}deck{#else}decks{/if}, in English and Chinese") String counts(long cards, int decks);
    @Message("Daily practice") String practice_title();
    @Message("SM-2 or FSRS scheduling with Anki's keys: Space to reveal, 1–4 to grade, u to undo. Typed answers are checked; program outputs are run on real Go.") String practice_text();
    @Message("Runtime simulations") String simulations_title();
    @Message("Fresh questions on append growth, map buckets, channels, goroutine scheduling and GC marking, each with the runtime's reasoning step by step.") String simulations_text();
    @Message("Mock interviews") String interview_title();
    @Message("A timed interview with follow-up questions, free-text answers scored against key points, and a report that puts what you missed back into your reviews.") String interview_text();
    @Message("Statistics") String stats_title();
    @Message("Retention, forecast, streak and mastery per deck, defined as Anki defines them.") String stats_text();
    @Message("The decks") String decks();
}
