package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountLockoutTests {
    private static Account account() {
        return new Account(
                1, "D0001", 7L, "見本 太郎", "{noop}x", false, true, false, 0, null, null, null, null, Instant.EPOCH, null);
    }

    @Test
    void the_fifth_failed_attempt_in_a_row_locks_the_account() {
        Account account = account();
        Instant now = Instant.parse("2025-04-01T00:00:00Z");
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedAttempt(5, now)).isFalse();
        }
        assertThat(account.locked()).isFalse();
        assertThat(account.recordFailedAttempt(5, now)).isTrue();
        assertThat(account.locked()).isTrue();
        assertThat(account.lockedAt()).isEqualTo(now);
    }

    @Test
    void a_complete_sign_in_forgets_earlier_failures() {
        Account account = account();
        account.recordFailedAttempt(5, Instant.now());
        account.recordFailedAttempt(5, Instant.now());
        account.recordSignIn(Instant.now());
        assertThat(account.failedAttempts()).isZero();
        for (int i = 1; i <= 4; i++) {
            account.recordFailedAttempt(5, Instant.now());
        }
        assertThat(account.locked()).isFalse();
    }

    @Test
    void failures_on_a_locked_account_do_not_lock_it_again() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedAttempt(5, Instant.now());
        }
        assertThat(account.recordFailedAttempt(5, Instant.now())).isFalse();
    }

    @Test
    void unlocking_clears_the_lock_and_the_count() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedAttempt(5, Instant.now());
        }
        account.unlock();
        assertThat(account.locked()).isFalse();
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.lockedAt()).isNull();
    }

    @Test
    void the_account_never_shows_its_secrets_in_logs() {
        assertThat(account().toString()).doesNotContain("{noop}");
    }
}
