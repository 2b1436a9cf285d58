package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpCodesTests {
    /** The RFC 6238 test key "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static TotpCodes at(String instant) {
        return new TotpCodes(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void the_code_matches_the_rfc_6238_test_vector() {
        // RFC 6238 appendix B: T = 59 s gives 94287082 with 8 digits; 6 digits keep the last six
        TotpCodes totp = at("1970-01-01T00:00:59Z");
        assertThat(totp.codeFor(RFC_SECRET, totp.currentStep())).isEqualTo("287082");
        assertThat(totp.verify(RFC_SECRET, "287082", null)).hasValue(1L);
    }

    @Test
    void a_code_from_the_step_before_or_after_is_accepted_for_clock_drift() {
        TotpCodes totp = at("2025-04-01T09:00:10Z");
        long now = totp.currentStep();
        assertThat(totp.verify(RFC_SECRET, totp.codeFor(RFC_SECRET, now - 1), null))
                .hasValue(now - 1);
        assertThat(totp.verify(RFC_SECRET, totp.codeFor(RFC_SECRET, now + 1), null))
                .hasValue(now + 1);
        assertThat(totp.verify(RFC_SECRET, totp.codeFor(RFC_SECRET, now - 2), null))
                .isEmpty();
    }

    @Test
    void a_code_cannot_be_used_twice() {
        TotpCodes totp = at("2025-04-01T09:00:10Z");
        String code = totp.codeFor(RFC_SECRET, totp.currentStep());
        long step = totp.verify(RFC_SECRET, code, null).orElseThrow();
        assertThat(totp.verify(RFC_SECRET, code, step)).isEmpty();
    }

    @Test
    void text_that_is_not_six_digits_is_refused() {
        TotpCodes totp = at("2025-04-01T09:00:10Z");
        assertThat(totp.verify(RFC_SECRET, "abcdef", null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "", null)).isEmpty();
    }

    @Test
    void the_qr_code_is_a_png_drawn_here() {
        byte[] png = at("2025-04-01T09:00:10Z").qrPng("mamori", "admin", RFC_SECRET);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void new_secrets_are_32_base32_characters_and_differ() {
        TotpCodes totp = new TotpCodes(Clock.systemUTC());
        String a = totp.newSecret();
        assertThat(a).matches("[A-Z2-7]{32}");
        assertThat(totp.newSecret()).isNotEqualTo(a);
    }
}
