package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token lives: in the session once there is one (everyone signed in, or half-way),
 * and before that — the sign-in and setup forms of an anonymous visitor — in a cookie of its own,
 * so that showing the sign-in page stores no session (5,000 anonymous {@code GET /login} used to
 * leave 5,000 session rows). A request with a session never reads the cookie, so a token planted in
 * the cookie cannot stand in for the session's.
 */
final class SessionlessCsrfTokens implements CsrfTokenRepository {
    static final String COOKIE = "MAMORI_XSRF";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionlessCsrfTokens() {
        cookie.setCookieName(COOKIE);
        cookie.setParameterName("_csrf");
        // the same header name as the session's tokens, so htmx sends one header whichever holds it
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Strict").path("/"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
            if (token != null && request.getCookies() != null) {
                for (jakarta.servlet.http.Cookie c : request.getCookies()) {
                    if (COOKIE.equals(c.getName())) {
                        cookie.saveToken(null, request, response);
                    }
                }
            }
            return;
        }
        cookie.saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return session.loadToken(request);
        }
        return cookie.loadToken(request);
    }
}
