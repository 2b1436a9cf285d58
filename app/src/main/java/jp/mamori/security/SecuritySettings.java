package jp.mamori.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and passwords ({@code mamori.security.*}).
 *
 * @param passwordMinLength the fewest characters a password may have (default 12)
 * @param passwordHistory how many of the latest passwords may not be used again (default 5)
 * @param maxFailedAttempts wrong passwords or codes in a row that lock the account (default 5)
 * @param mfa who must sign in with a second factor besides administrators and CISO-level roles
 * @param totpIssuer the issuer name authenticator apps show next to the account (default mamori)
 */
@ConfigurationProperties("mamori.security")
record SecuritySettings(
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("5") int passwordHistory,
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue Mfa mfa,
        @DefaultValue("mamori") String totpIssuer) {

    SecuritySettings {
        if (passwordMinLength < 8) {
            throw new IllegalArgumentException("mamori.security.password-min-length must be at least 8");
        }
        if (passwordHistory < 0 || maxFailedAttempts < 1) {
            throw new IllegalArgumentException(
                    "mamori.security.password-history must be ≥ 0 and max-failed-attempts ≥ 1");
        }
    }

    /**
     * @param requiredLogins logins that must use a second factor whatever their roles
     */
    record Mfa(@DefaultValue List<String> requiredLogins) {
        Mfa {
            requiredLogins = List.copyOf(requiredLogins);
        }
    }

    /** Defaults, for tests. */
    static SecuritySettings defaults() {
        return new SecuritySettings(12, 5, 5, new Mfa(List.of()), "mamori");
    }
}
