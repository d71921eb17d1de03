package dev.gopherdrill.account;

import java.time.Duration;

/**
 * How long sign-in stays closed after a run of failures, for one key (an account name or a
 * client address): the first {@link #FREE_FAILURES} failures cost nothing (typos), then the
 * wait doubles from one second up to the key's cap.
 *
 * The caps differ on purpose. An address that keeps failing is an attacker's machine and
 * waits up to 15 minutes. An account name is anyone's to type, so its cap is what an
 * attacker can impose on the real owner: one minute, a nuisance and never a lockout; it
 * still holds a guesser spread over many addresses to about 1,400 tries a day, which the
 * {@link PasswordPolicy} makes useless. A day without failures forgets the run.
 *
 * @param cap the longest wait for this kind of key
 */
public record LoginBackoff(Duration cap) {

    public static final int FREE_FAILURES = 5;
    public static final Duration FORGET_AFTER = Duration.ofDays(1);
    public static final LoginBackoff ACCOUNT = new LoginBackoff(Duration.ofMinutes(1));
    public static final LoginBackoff ADDRESS = new LoginBackoff(Duration.ofMinutes(15));

    /** The wait after the {@code failures}-th failure in a row. */
    public Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_FAILURES - 1;
        // 2^30 s is far past any cap; stop shifting before the long overflows
        long seconds = doublings >= 30 ? Long.MAX_VALUE : 1L << doublings;
        return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
    }
}
