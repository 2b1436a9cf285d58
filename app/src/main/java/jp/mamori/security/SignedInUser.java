package jp.mamori.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.HasCurrentUser;
import jp.mamori.shared.RoleGrant;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a completely signed-in account. Kept in the session (serialised by Spring
 * Session JDBC) as a snapshot from sign-in; {@link AccountStillValidFilter} replaces it on every
 * request with one built from the database, so role changes and leavers take effect at once.
 *
 * @param secondFactor true when this sign-in included a second factor (TOTP or a recovery code)
 */
public record SignedInUser(long accountId, CurrentUser user, boolean secondFactor)
        implements HasCurrentUser, AccountHolder, AuthenticatedPrincipal, Serializable {
    /** Every completely signed-in account has this authority; a half-signed-in one never does. */
    static final String SIGNED_IN = "SIGNED_IN";

    SignedInUser withSecondFactor(boolean done) {
        return new SignedInUser(accountId, user, done);
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public String login() {
        return user.login();
    }

    @Override
    public String getName() {
        return user.login();
    }

    /** SIGNED_IN, ROLE_ADMIN for administrators and ROLE_&lt;role&gt; for each role held today. */
    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        if (user.administrator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        user.grants().stream()
                .map(RoleGrant::role)
                .distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return authorities;
    }
}
