package dev.gopherdrill.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.bundled();

    @ParameterizedTest(name = "{1} for {0} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        gopher1 | aaaaaaaa          | repeats too few
        gopher1 | abababab          | repeats too few
        gopher1 | 12121212          | repeats too few
        gopher1 | 12345678          | sequence
        gopher1 | abcdefghij        | sequence
        gopher1 | 87654321          | sequence
        gopher1 | password          | most common
        gopher1 | Password2024!     | most common
        gopher1 | QWERTY123         | most common
        gopher1 | iloveyou          | most common
        gopher1 | 1q2w3e4r          | most common
        gopher1 | woaini1314        | most common
        gopher1 | golang!!!         | most common
        gopher1 | my-gopher1-pass   | contains the username
        """)
    void easilyGuessedPasswordsAreRefusedWithTheReason(String username, String password, String reason) {
        var weakness = policy.weakness(username, password);
        assertTrue(weakness.isPresent(), password + " was accepted");
        assertTrue(weakness.get().contains(reason), weakness.get());
    }

    @ParameterizedTest(name = "{1} for {0} is accepted")
    @CsvSource(delimiter = '|', textBlock = """
        gopher1 | correct horse battery
        gopher1 | tr1cky-Gopher-77
        gopher1 | 底层数组的容量翻倍了
        gopher1 | runqput-then-steal
        """)
    void passwordsOffTheListAreAccepted(String username, String password) {
        assertEquals(java.util.Optional.empty(), policy.weakness(username, password));
    }

    @ParameterizedTest(name = "after failure {0} an account waits {1} s, an address {2} s")
    @CsvSource(textBlock = """
        1,  0,   0
        5,  0,   0
        6,  1,   1
        7,  2,   2
        11, 32,  32
        12, 60,  64
        15, 60,  512
        16, 60,  900
        40, 60,  900
        2000000000, 60, 900
        """)
    void theBackOffDoublesAfterFiveFreeFailuresUpToEachKeysCap(int failures, long account, long address) {
        assertEquals(Duration.ofSeconds(account), LoginBackoff.ACCOUNT.delayAfter(failures));
        assertEquals(Duration.ofSeconds(address), LoginBackoff.ADDRESS.delayAfter(failures));
    }
}
