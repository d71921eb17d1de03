package dev.gopherdrill.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The settings page's account panels (time zone list, password, deletion), in English here
 * and in Chinese in {@code messages/account_zh.properties}; templates use them as
 * {@code {account:key}}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {

    @Message("Type to search, e.g. Berlin or Shanghai") String timezone_hint();
    @Message("Change password") String password_title();
    @Message("Current password") String password_current();
    @Message("New password") String password_new();
    @Message("At least 8 characters, not a common password, not containing your username.") String password_hint();
    @Message("Password changed. Use the new one from now on.") String password_changed();
    @Message("Delete account") String delete_title();
    @Message("This deletes your account and everything in it at once: your review history, schedules, interviews and quizzes. It cannot be undone; download your data first if you want to keep it.") String delete_warning();
    @Message("Type your username, {username}, to confirm") String delete_confirm(String username);
    @Message("Delete my account and all its data") String delete_submit();
}
