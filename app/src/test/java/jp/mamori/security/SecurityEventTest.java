package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import jp.mamori.security.SecurityEvent.ReauthenticationFailed;
import jp.mamori.security.SecurityEvent.SessionsEnded;
import jp.mamori.security.SecurityEvent.SignInDelayed;
import jp.mamori.security.SecurityEvent.TotpSecretsEncrypted;
import org.junit.jupiter.api.Test;

/**
 * The four events that joined the sealed family derive their entries from their components and
 * keep the actions, subjects and detail keys they were written with before.
 */
class SecurityEventTest {
    @Test
    void sessions_ended_names_the_login_the_count_and_who_ended_them() {
        var event = new SessionsEnded("s0001", 2, "admin");
        assertThat(event.action()).isEqualTo("session.ended");
        assertThat(event.subjectType()).isEqualTo("user");
        assertThat(event.subjectId()).isEqualTo("s0001");
        assertThat(event.actor()).isEqualTo("admin");
        assertThat(event.details()).containsExactlyEntriesOf(Map.of("sessions", "2"));
    }

    @Test
    void a_failed_reauthentication_is_the_persons_own_with_its_reason() {
        var event = new ReauthenticationFailed("s0002", "throttled");
        assertThat(event.action()).isEqualTo("reauthentication.failed");
        assertThat(event.subjectId()).isEqualTo("s0002");
        assertThat(event.actor()).isEqualTo("s0002");
        assertThat(event.details()).containsExactlyEntriesOf(Map.of("reason", "throttled"));
    }

    @Test
    void encrypted_secrets_are_counted_by_the_system_for_every_account() {
        var event = new TotpSecretsEncrypted(7);
        assertThat(event.action()).isEqualTo("mfa.secrets-encrypted");
        assertThat(event.subjectType()).isEqualTo("user");
        assertThat(event.subjectId()).isEqualTo("*");
        assertThat(event.actor()).isEqualTo("system");
        assertThat(event.details()).containsExactlyEntriesOf(Map.of("accounts", "7"));
    }

    @Test
    void a_delay_names_a_login_or_a_source_and_only_failures_and_wait_as_details() {
        Instant until = Instant.parse("2026-12-06T01:02:03Z");
        var source = SignInDelayed.of("source:198.51.100.7", 21, until);
        assertThat(source.action()).isEqualTo("signin.delayed");
        assertThat(source.subjectType()).isEqualTo("source");
        assertThat(source.subjectId()).isEqualTo("198.51.100.7");
        assertThat(source.actor()).isEqualTo("system");
        assertThat(source.details())
                .containsExactly(Map.entry("failures", "21"), Map.entry("waitUntil", "2026-12-06T01:02:03Z"));

        var login = SignInDelayed.of("login:s0003", 5, until);
        assertThat(login.subjectType()).isEqualTo("user");
        assertThat(login.subjectId()).isEqualTo("s0003");
        assertThat(login.details()).containsOnlyKeys("failures", "waitUntil");
    }
}
