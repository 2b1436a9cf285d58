package jp.mamori.incident.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.incident.BodyRegime;
import jp.mamori.incident.RegimeChoice;
import jp.mamori.shared.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The regime is chosen at first setup (issue 11 point 1): in production ({@code mamori.mode=prod}, or
 * {@code mamori.incident.require-regime-choice=true}), while neither the setting
 * {@code mamori.incident.regime} nor a stored choice names it, a body-wide manager who opens an
 * incident page is sent to {@code /incidents/settings?firstSetup=true} to choose it there, with its
 * consequence shown. Others keep working under the stricter 行政機関等 rules and see the notice. Pages
 * only ({@code GET} of HTML pages under {@code /incidents}); the API and the settings page itself are
 * never redirected.
 */
@Configuration
class RegimeFirstSetup implements WebMvcConfigurer, HandlerInterceptor {
    private final BodyRegime regime;
    private final Access access;
    private final boolean required;

    RegimeFirstSetup(
            BodyRegime regime,
            Access access,
            @Value("${mamori.incident.require-regime-choice:#{'${mamori.mode:dev}' == 'prod'}}") boolean required) {
        this.regime = regime;
        this.access = access;
        this.required = required;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/incidents", "/incidents/**")
                .excludePathPatterns("/incidents/settings", "/incidents/settings/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        if (!required || !"GET".equals(request.getMethod()) || !access.isBodyWideManager()) {
            return true;
        }
        if (regime.current().source() != RegimeChoice.Source.NOT_CHOSEN) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + "/incidents/settings?firstSetup=true");
        return false;
    }
}
