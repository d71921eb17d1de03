package dev.gopherdrill.practice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the scheduler setting and of FSRS's card info, in English here and in Chinese
 * in {@code messages/fsrs_zh.properties}; templates use them as {@code {fsrs:key}}.
 */
@MessageBundle(value = "fsrs", locale = "en")
public interface FsrsMessages {

    @Message("Scheduler") String settings_scheduler();
    @Message("SM-2 (default)") String settings_sm2();
    @Message("FSRS-6") String settings_fsrs();
    @Message("Desired retention (FSRS, 0.70–0.99)") String settings_retention();
    @Message("Switching converts every card by replaying its review history through the chosen scheduler; the history itself is kept as it is.") String settings_scheduler_help();
    @Message("Retrievability (today)") String info_retrievability();
    @Message("Stability (days)") String info_stability();
    @Message("Difficulty (1–10)") String info_difficulty();
}
