package dev.gopherdrill.web.errors;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the browser's error pages ({@link ErrorPages}), in English here and in Chinese
 * in {@code messages/errors_zh.properties}; templates use them as {@code {errors:key}}.
 */
@MessageBundle(value = "errors", locale = "en")
public interface ErrorMessages {

    @Message("{#when status}{#is 400}This request is not valid{#is 403}This request was refused{#is 404}Page not found"
            + "{#is 409}That changed in the meantime{#is 500}Something went wrong on our side{#else}Error {status}{/when}")
    String title(int status);

    @Message("{#when status}"
            + "{#is 400}Something in the form or the address cannot be used. The server said why below; go back, correct it and send it again."
            + "{#is 403}It was refused to protect your account: it came from another site, or without the page's security token. Reload the page you came from and try again."
            + "{#is 404}There is no such page, or nothing of yours under this address. Check the address, or start again from the home page."
            + "{#is 409}The card, quiz or interview changed since this page was loaded (another tab, a double click, time running out). Reload to see where things stand."
            + "{#is 500}The server failed while answering. The error is logged; nothing you did caused it. Try again in a moment."
            + "{#else}The server could not answer this request.{/when}")
    String explain(int status);

    @Message("What the server said") String detail();
    @Message("Home") String home();
    @Message("Back") String back();
    @Message("Browse cards") String browse();
}
