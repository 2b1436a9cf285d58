package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours {@code Forwarded} (RFC 7239) and {@code X-Forwarded-Proto/-Host/-Port/-For} only when the
 * request comes straight from a trusted reverse proxy ({@code mamori.web.trusted-proxies}, the
 * option {@code --trusted-proxy} of {@code mamori start}); from anyone else those headers are
 * removed, so nobody can make a plain HTTP request look like HTTPS. A request the proxy marks as
 * HTTPS is then secure for everything downstream: the HSTS header, redirects, the session cookie.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrustedProxies extends OncePerRequestFilter {
    private static final Set<String> FORWARDING_HEADERS = Set.of(
            "forwarded",
            "x-forwarded-proto",
            "x-forwarded-host",
            "x-forwarded-port",
            "x-forwarded-for",
            "x-forwarded-prefix",
            "x-forwarded-ssl");

    private final List<String> trusted;
    private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();

    TrustedProxies(@Value("${mamori.web.trusted-proxies:}") List<String> trusted) {
        this.trusted =
                trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (trusted.contains(request.getRemoteAddr())) {
            forwarded.doFilter(request, response, chain);
        } else {
            chain.doFilter(new WithoutForwarding(request), response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The request with every forwarding header removed. */
    private static final class WithoutForwarding extends HttpServletRequestWrapper {
        WithoutForwarding(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return FORWARDING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public @Nullable String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !hidden(n))
                    .toList());
        }
    }
}
