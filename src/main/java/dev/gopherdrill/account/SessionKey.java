package dev.gopherdrill.account;

import java.util.Optional;

/**
 * What a session cookie names: the account and the session epoch it was opened in, written
 * {@code alice/17} (the principal Quarkus encrypts into the cookie, and {@code
 * app_user.session_key}). A password change draws a new epoch, so the cookies of every
 * older session stop naming a row; epochs are never reused across accounts (one sequence),
 * so a deleted account's cookie cannot name a new account of the same username.
 */
record SessionKey(String username, long epoch) {

    /** Usernames are [A-Za-z0-9_.-]: the separator cannot occur in one. */
    private static final char SEPARATOR = '/';

    @Override
    public String toString() {
        return username + SEPARATOR + epoch;
    }

    /** Empty for anything else, such as the cookie of a version that stored only the name. */
    static Optional<SessionKey> parse(String principal) {
        int at = principal == null ? -1 : principal.lastIndexOf(SEPARATOR);
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionKey(principal.substring(0, at), Long.parseLong(principal.substring(at + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
