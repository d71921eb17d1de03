package dev.gopherdrill.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords sign-up refuses, beyond their length. An online guesser gets a few tries
 * a minute ({@link LoginBackoff}), so what matters is that a password is not among the
 * first few hundred an attacker tries: the common list, a run of one character or of a
 * few, a sequence like {@code 12345678} or {@code abcdefgh}, or the username itself.
 * Length and byte limits stay with {@link AccountService}; this class says only what is
 * too easy to guess, in words the sign-up form shows.
 */
public final class PasswordPolicy {

    /** Fewer distinct characters than this is a repetition ({@code aaaaaaaa}, {@code abababab}, {@code 12121212}). */
    static final int MIN_DISTINCT_CHARACTERS = 4;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list bundled in {@code account/common-passwords.txt}. */
    public static PasswordPolicy bundled() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code password} is too easy to guess for {@code username}, or empty if it is not. */
    public Optional<String> weakness(String username, String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (p.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("it repeats too few characters");
        }
        if (isSequence(p)) {
            return Optional.of("it is a sequence such as 12345678 or abcdefgh");
        }
        if (username != null && username.length() >= 3 && p.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("it contains the username");
        }
        // "Password2024!" is guessed as early as "password"
        String base = p.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(p) || common.contains(base)) {
            return Optional.of("it is one of the most common passwords");
        }
        return Optional.empty();
    }

    /** Each character one above (or each one below) the one before it. */
    private static boolean isSequence(String p) {
        int step = p.charAt(1) - p.charAt(0);
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < p.length(); i++) {
            if (p.charAt(i) - p.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
