package jp.mamori.security;

import java.io.Serializable;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal between the password and the second factor. It is not a {@code HasCurrentUser}, so
 * no module sees a user yet, and its only authority lets it reach the code page ({@code
 * MFA_PENDING}) or the enrolment page ({@code MFA_ENROLMENT}) — nothing else.
 *
 * @param enrolment true when the account must first enrol a second factor
 */
public record PendingSecondFactor(long accountId, String login, boolean enrolment)
        implements AccountHolder, AuthenticatedPrincipal, Serializable {
    static final String MFA_PENDING = "MFA_PENDING";
    static final String MFA_ENROLMENT = "MFA_ENROLMENT";

    @Override
    public String getName() {
        return login;
    }

    List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(enrolment ? MFA_ENROLMENT : MFA_PENDING));
    }
}
