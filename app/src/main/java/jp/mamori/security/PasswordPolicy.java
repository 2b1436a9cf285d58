package jp.mamori.security;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password rules in force, in the order they are reported: minimum length (setting
 * {@code mamori.security.password-min-length}), the 72-byte limit of bcrypt, not the user's own
 * names, not one repeated character, not the body's name ({@code mamori.security.body-names}), not a
 * common password, and none of the last passwords (setting {@code mamori.security.password-history}).
 */
@Component
class PasswordPolicy {
    /** bcrypt reads the first 72 bytes of a password and ignores the rest. */
    static final int MAX_BYTES = 72;

    /** Loaded once per JVM (30,000 words). */
    private static final CommonPasswords COMMON = CommonPasswords.shipped();

    private final List<PasswordRule> rules;

    PasswordPolicy(SecuritySettings settings, PasswordEncoder encoder) {
        this.rules = List.of(
                new PasswordRule.MinimumLength(settings.passwordMinLength()),
                new PasswordRule.MaximumLength(MAX_BYTES),
                new PasswordRule.NotContainingOwnNames(),
                new PasswordRule.NotOneRepeatedCharacter(),
                new PasswordRule.NotContainingBodyName(settings.bodyNames()),
                new PasswordRule.NotCommon(COMMON),
                new PasswordRule.NotRecentlyUsed(settings.passwordHistory(), encoder));
    }

    /** Every rule the candidate breaks; empty when the password may be used. */
    List<PasswordProblem> problems(PasswordCandidate candidate) {
        return rules.stream().flatMap(rule -> rule.check(candidate).stream()).toList();
    }

    List<PasswordRule> rules() {
        return rules;
    }
}
