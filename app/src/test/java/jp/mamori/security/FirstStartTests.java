package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FirstStartTests {
    @Test
    void the_setup_token_is_printed_once_in_one_block_that_names_the_setup_page() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FirstStart.printSetupToken(new PrintStream(bytes, true, StandardCharsets.UTF_8), "tok-123");
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("/setup");
        assertThat(printed.split("tok-123", -1)).hasSize(2);
        assertThat(printed.lines().findFirst().orElseThrow()).matches("=+");
    }

    @Test
    void every_demo_password_follows_the_password_rules() {
        var policy = new PasswordPolicy(
                SecuritySettings.defaults(),
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder());
        for (FirstStart.DemoAccount demo : FirstStart.DEMO_ACCOUNTS) {
            var words = java.util.List.of(demo.login(), demo.staffNumber());
            assertThat(policy.problems(new PasswordCandidate(FirstStart.DEMO_PASSWORD, words, java.util.List.of())))
                    .as(demo.login())
                    .isEmpty();
        }
    }
}
