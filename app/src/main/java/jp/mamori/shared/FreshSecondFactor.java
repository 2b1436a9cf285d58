package jp.mamori.shared;

import org.jspecify.annotations.Nullable;

/**
 * A decision that must be confirmed with a fresh code from the person's authenticator app (the
 * second factor), not the password: implemented by the security module, so other modules ask for it
 * without depending on it. A code is spent like at sign-in and cannot be used twice.
 */
public interface FreshSecondFactor {
    /**
     * Checks the code of the signed-in login; throws {@link InvalidInputException} on the field
     * {@code confirmation} when it is missing or wrong, or when the account has no second factor.
     * Wrong codes count towards the login's sign-in throttle and are audited.
     */
    void confirm(String login, @Nullable String code, @Nullable String source);

    /**
     * True when the login has an authenticator app enrolled: modules whose deciders may have none
     * (a unit's manager) ask for the code only then.
     */
    boolean enrolled(String login);

    /**
     * Confirms the code only when the login has an authenticator app enrolled: the rule of approvals
     * whose deciders may have none (a unit's manager), who then approve as before. Answers whether a
     * code was confirmed, for the audit entry. Static, not a default method, so that both calls go
     * through the bean's proxy (a wrong code's audit entry is kept in its own transaction).
     */
    static boolean confirmWhenEnrolled(
            FreshSecondFactor secondFactor, String login, @Nullable String code, @Nullable String source) {
        if (!secondFactor.enrolled(login)) {
            return false;
        }
        secondFactor.confirm(login, code, source);
        return true;
    }
}
