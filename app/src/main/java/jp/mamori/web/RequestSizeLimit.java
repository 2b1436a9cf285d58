package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form or upload larger than the server accepts before anything reads its parameters,
 * and answers with the product's own 413 page (problem JSON under {@code /api/}). Without it the
 * container fails while parsing the body — in the security filters and again on the error page —
 * and falls back to its own English page. The request shown to the error page has no body and no
 * parameters, so nothing tries to parse it again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {
    private final long maxMultipart;
    private final long maxForm;

    RequestSizeLimit(
            @Value("${spring.servlet.multipart.max-request-size:22MB}") DataSize maxMultipart,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxForm) {
        this.maxMultipart = maxMultipart.toBytes();
        this.maxForm = maxForm.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (tooLarge(request)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            // the whole page is kept and sent with its length: the container closes the connection
            // right after it, without reading the rest of the upload
            // (an include, not a forward: a forward would finish the response before it is copied)
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(
                    ErrorResponses.isApi(request) ? "application/problem+json" : "text/html;charset=UTF-8");
            response.setCharacterEncoding("UTF-8");
            var page = new org.springframework.web.util.ContentCachingResponseWrapper(response);
            request.getRequestDispatcher("/error").include(new WithoutBody(request), page);
            page.copyBodyToResponse();
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type == null || length < 0) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("multipart/")) {
            return length > maxMultipart;
        }
        return lower.startsWith("application/x-www-form-urlencoded") && maxForm >= 0 && length > maxForm;
    }

    /** The request as the error page sees it: a GET without body, parameters or parts. */
    private static final class WithoutBody extends HttpServletRequestWrapper {
        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable Part getPart(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {}

                @Override
                public int read() {
                    return -1;
                }
            };
        }
    }
}
