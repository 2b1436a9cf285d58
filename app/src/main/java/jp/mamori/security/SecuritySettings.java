package jp.mamori.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and passwords ({@code mamori.security.*}).
 *
 * @param passwordMinLength the fewest characters a password may have (default 12)
 * @param passwordHistory how many of the latest passwords may not be used again (default 5)
 * @param mfa who must sign in with a second factor besides administrators and CISO-level roles
 * @param totpIssuer the issuer name authenticator apps show next to the account (default mamori)
 * @param throttle the growing waits after failed sign-in attempts
 * @param bodyNames the body's names (and short forms) a password may not contain
 */
@ConfigurationProperties("mamori.security")
record SecuritySettings(
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("5") int passwordHistory,
        @DefaultValue Mfa mfa,
        @DefaultValue("mamori") String totpIssuer,
        @DefaultValue Throttle throttle,
        @DefaultValue List<String> bodyNames) {

    SecuritySettings {
        if (passwordMinLength < 8) {
            throw new IllegalArgumentException("mamori.security.password-min-length must be at least 8");
        }
        if (passwordHistory < 0) {
            throw new IllegalArgumentException("mamori.security.password-history must be ≥ 0");
        }
        bodyNames = List.copyOf(bodyNames);
    }

    /**
     * @param requiredLogins logins that must use a second factor whatever their roles
     */
    record Mfa(@DefaultValue List<String> requiredLogins) {
        Mfa {
            requiredLogins = List.copyOf(requiredLogins);
        }
    }

    /**
     * ({@code mamori.security.throttle.*})
     *
     * @param freeAttemptsPerLogin failed attempts of one login before it must wait (default 5)
     * @param freeAttemptsPerSource failed attempts from one address before it must wait (default 20;
     *     offices often share one address)
     * @param firstWait the first wait; each further failure doubles it (default 30 s)
     * @param maxWait the longest wait (default 15 min)
     * @param forgetAfter failures older than this no longer count (default 1 h)
     */
    record Throttle(
            @DefaultValue("5") int freeAttemptsPerLogin,
            @DefaultValue("20") int freeAttemptsPerSource,
            @DefaultValue("30s") Duration firstWait,
            @DefaultValue("15m") Duration maxWait,
            @DefaultValue("1h") Duration forgetAfter) {
        Throttle {
            if (freeAttemptsPerLogin < 1 || freeAttemptsPerSource < 1) {
                throw new IllegalArgumentException("mamori.security.throttle free attempts must be at least 1");
            }
        }

        static Throttle defaults() {
            return new Throttle(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
        }
    }

    /** Defaults, for tests. */
    static SecuritySettings defaults() {
        return new SecuritySettings(12, 5, new Mfa(List.of()), "mamori", Throttle.defaults(), List.of());
    }
}
