package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} calls by {@code Authorization: Bearer mamori_…}: the token's owner
 * signs in for this request only, with the rights they hold today. An unknown or revoked token,
 * or an owner who may no longer sign in, gets 401 at once; no header goes on as anonymous (and
 * meets the entry point's 401 where the API needs a user).
 */
class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final SignIns signIns;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens, SignIns signIns, ProblemResponses problems) {
        this.tokens = tokens;
        this.signIns = signIns;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user =
                tokens.authenticate(header.substring(7).strip()).flatMap(signIns::current);
        if (user.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.badToken");
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(PasswordStep.signedIn(user.get()));
        holder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
