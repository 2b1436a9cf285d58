package jp.mamori.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The form sign-in's authentication provider: checks the password through {@link SignIns} and
 * answers with a complete sign-in or, when a second factor is due, a {@link PendingSecondFactor}.
 */
@Component
class PasswordStep implements AuthenticationProvider {
    private final SignIns signIns;

    PasswordStep(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName() == null ? "" : authentication.getName();
        Object credentials = authentication.getCredentials();
        // the same normalisation as every form field (TextInput), so a password set on a form matches
        String password = credentials == null ? "" : jp.mamori.shared.TextInput.nfc(credentials.toString());
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        SignInOutcome outcome = signIns.password(login, password, source);
        if (outcome instanceof SignInOutcome.Completed completed) {
            return signedIn(completed.user());
        }
        if (outcome instanceof SignInOutcome.SecondFactorDue due) {
            return UsernamePasswordAuthenticationToken.authenticated(
                    due.pending(), null, due.pending().authorities());
        }
        throw new SignInRefused(((SignInOutcome.Refused) outcome).reason());
    }

    static Authentication signedIn(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
