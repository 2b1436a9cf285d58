package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a half-signed-in session into a complete one after the second factor: a new session id
 * (session fixation protection for the second step too), the full principal saved in the
 * session, then on to the page first asked for.
 */
@Component
public class SignInCompletion {
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler onward =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInCompletion() {
        onward.setDefaultTargetUrl("/");
        onward.setRequestCache(SecurityConfiguration.REQUEST_CACHE);
    }

    /** Saves the complete sign-in; the caller then redirects to {@link #complete}'s target. */
    public void signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        Authentication authentication = PasswordStep.signedIn(user);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** Signs in and redirects to the saved page (or the home page). */
    public void complete(SignedInUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        signIn(user, request, response);
        try {
            onward.onAuthenticationSuccess(
                    request, response, holder.getContext().getAuthentication());
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    /** Ends a half-finished sign-in. */
    public void abandon(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, holder.getContext().getAuthentication());
    }
}
