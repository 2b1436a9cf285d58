package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {
    private final SignInThrottle.Backoff backoff =
            new SignInThrottle.Backoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void the_free_failures_cost_no_wait() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(backoff.after(failures)).as("%d failures", failures).isEmpty();
        }
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_the_ceiling() {
        assertThat(backoff.after(5)).contains(Duration.ofSeconds(30));
        assertThat(backoff.after(6)).contains(Duration.ofMinutes(1));
        assertThat(backoff.after(7)).contains(Duration.ofMinutes(2));
        assertThat(backoff.after(9)).contains(Duration.ofMinutes(8));
        assertThat(backoff.after(10)).contains(Duration.ofMinutes(15));
        assertThat(backoff.after(10_000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void keys_ignore_case_and_surrounding_spaces_so_admin_and_ADMIN_count_together() {
        assertThat(SignInThrottle.loginKey(" Admin ")).isEqualTo(SignInThrottle.loginKey("admin"));
        assertThat(SignInThrottle.loginKey("x".repeat(500))).hasSize("login:".length() + 150);
    }
}
