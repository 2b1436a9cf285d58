package jp.mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * In production the session cookie is sent with {@code Secure}, which a browser keeps only over
 * HTTPS: reached over plain HTTP at another address than this machine, the browser drops the
 * cookie, the sign-in form's CSRF token has no session to match, and every form is refused (403).
 * Rather than leave people with that, every page says so ({@code plainHttpWarning} in the layout).
 */
@ControllerAdvice
class PlainHttpNotice {
    private final boolean production;

    PlainHttpNotice(@Value("${mamori.mode:dev}") String mode) {
        this.production = mode.equals("prod");
    }

    @ModelAttribute("plainHttpWarning")
    boolean plainHttpWarning(HttpServletRequest request) {
        return production && !request.isSecure() && !isThisMachine(request.getServerName());
    }

    static boolean isThisMachine(String host) {
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1");
    }
}
