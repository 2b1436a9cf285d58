package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks the signed-in account on every page request (no cache): the account must still be
 * enabled and unlocked, its person in post today, and — when the account now needs a second
 * factor — this sign-in must have included one. The principal is then rebuilt from the
 * database for this request only (the session keeps the sign-in snapshot), so a role given or
 * taken away applies on the next click, and a leaver is signed out on their next request. While
 * the account's password was set by an administrator and not yet changed, every page but the
 * account page (where the password is changed) and sign-out leads to the account page.
 */
class AccountStillValidFilter extends OncePerRequestFilter {
    private final SignIns signIns;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountStillValidFilter(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SecurityConfiguration.isStaticResource(path);
    }

    /** What someone whose password must be changed may still do: see their account page, change it, leave. */
    private static boolean mayWhilePasswordChangeDue(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.equals("/account") && "GET".equals(request.getMethod()))
                || (path.equals("/account/password") && "POST".equals(request.getMethod()))
                || path.equals("/logout")
                || path.equals("/error")
                || path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            Optional<SignIns.StillSignedIn> fresh = signIns.recheck(user);
            if (fresh.isEmpty()) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(PasswordStep.signedIn(fresh.get().user()));
            holder.setContext(context);
            if (!mayWhilePasswordChangeDue(request) && fresh.get().passwordChangeDue()) {
                // a password set by an administrator: nothing else until the owner has chosen their own
                response.sendRedirect(request.getContextPath() + "/account");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
