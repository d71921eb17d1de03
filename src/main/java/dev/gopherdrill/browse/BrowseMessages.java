package dev.gopherdrill.browse;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Browse's state columns, filters and actions; Chinese in {@code messages/browse_zh.properties}. */
@MessageBundle(value = "browse", locale = "en")
public interface BrowseMessages {

    @Message("Any state") String state_any();
    @Message("New") String state_new();
    @Message("Due") String state_due();
    @Message("Reviewed") String state_review();
    @Message("Suspended") String state_suspended();
    @Message("Buried") String state_buried();
    @Message("Leech") String state_leech();
    @Message("Search words, or is:new is:due is:review is:suspended is:buried is:leech") String search_help();
    @Message("due {due}") String due(java.time.LocalDate due);
    @Message("interval {days}d") String interval(int days);
    @Message("ease {percent}%") String ease(Integer percent);
    @Message("lapses {n}") String lapses(int n);
    @Message("buried until {day}") String buried_until(java.time.LocalDate day);
    @Message("Select all shown") String select_all();
    @Message("Select {id}") String select_card(String id);
    @Message("Suspend") String action_suspend();
    @Message("Unsuspend") String action_unsuspend();
    @Message("Unbury") String action_unbury();
    @Message("Reset to new") String action_reset();
    @Message("With the ticked cards:") String actions_label();
    @Message("{action}: {changed} cards changed.") String outcome(String action, int changed);
    @Message("Reset keeps the review history: the log gains a reset row.") String reset_help();
}
