package jp.mamori.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The two filter chains. {@code /api/**} (first): stateless, no CSRF (no cookies are used), API
 * token only, refusals as problem JSON. Everything else: form sign-in with the second factor in a
 * separate step, CSRF on, a new session id at each sign-in step, 30-minute sessions (Spring
 * Session JDBC, {@code spring.session.timeout}), a strict Content-Security-Policy (no inline
 * scripts or styles, no outside hosts, no framing). Pages are open only to completely signed-in
 * accounts; the half-signed-in reach the code page, the enrolment pages and sign-out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfiguration {
    static final List<String> STATIC = List.of("/css/", "/js/", "/fonts/", "/images/", "/webjars/", "/favicon.ico");
    static final String CSP =
            "default-src 'self'; object-src 'none'; base-uri 'self';" + " form-action 'self'; frame-ancestors 'none'";

    /** The page an anonymous visitor first asked for, kept in a cookie (not a session) until sign-in. */
    static final RequestCache REQUEST_CACHE = new CookieRequestCache();

    static boolean isStaticResource(String path) {
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, SignIns signIns, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .access(fullySignedIn()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterAt(new ApiTokenFilter(tokens, signIns, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(
                                request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.unauthenticated"))
                        .accessDeniedHandler((request, response, ex) -> problems.write(
                                request, response, HttpServletResponse.SC_FORBIDDEN, "api.error.forbidden")))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, PasswordStep passwordStep, SignIns signIns) throws Exception {
        String[] open = {
            "/login",
            "/setup",
            "/css/**",
            "/js/**",
            "/fonts/**",
            "/images/**",
            "/webjars/**",
            "/favicon.ico",
            "/actuator/health",
            "/actuator/health/**",
            "/error"
        };
        // its own manager without the global parent, so a refused attempt is counted once
        http.authenticationManager(new ProviderManager(passwordStep))
                .authorizeHttpRequests(a -> a.requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/login/totp")
                        .hasAuthority(PendingSecondFactor.MFA_PENDING)
                        // new recovery codes only for the completely signed in (the enrolling are sent back)
                        .requestMatchers(HttpMethod.POST, "/account/recovery-codes")
                        .access(fullySignedIn())
                        .requestMatchers("/account/totp", "/account/totp/**", "/account/recovery-codes")
                        .access(enrollingOrSignedIn())
                        .requestMatchers("/logout")
                        .authenticated()
                        .anyRequest()
                        .access(fullySignedIn()))
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(successHandler())
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null
                                    && authentication.getPrincipal() instanceof AccountHolder holder) {
                                signIns.signedOut(holder.login());
                            }
                        })
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("MAMORI_SESSION"))
                // no session before sign-in: the CSRF token and the page first asked for wait in cookies
                .csrf(c -> c.csrfTokenRepository(new SessionlessCsrfTokens()))
                .requestCache(c -> c.requestCache(REQUEST_CACHE))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(accessDeniedHandler()))
                .addFilterBefore(new AccountStillValidFilter(signIns), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Authenticated, and not half-way through the second factor. */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) ->
                decision(isFullySignedIn(authentication.get()));
    }

    static AuthorizationManager<RequestAuthorizationContext> enrollingOrSignedIn() {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication auth = authentication.get();
            return decision(isFullySignedIn(auth) || has(auth, PendingSecondFactor.MFA_ENROLMENT));
        };
    }

    public static boolean isFullySignedIn(Authentication auth) {
        return auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && !has(auth, PendingSecondFactor.MFA_PENDING)
                && !has(auth, PendingSecondFactor.MFA_ENROLMENT);
    }

    private static boolean has(Authentication auth, String authority) {
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority::equals);
    }

    private static AuthorizationResult decision(boolean granted) {
        return new AuthorizationDecision(granted);
    }

    /** After the password: on to the code or the enrolment when a second factor is due. */
    static AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();
        complete.setDefaultTargetUrl("/");
        complete.setRequestCache(REQUEST_CACHE);
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof PendingSecondFactor pending) {
                response.sendRedirect(
                        request.getContextPath() + (pending.enrolment() ? "/account/totp" : "/login/totp"));
            } else {
                complete.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof SignInRefused refused
                    ? refused.reason().code()
                    : SignInOutcome.Reason.BAD_CREDENTIALS.code();
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    /** The half-signed-in are sent back to their step; everyone else gets 403. */
    static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof PendingSecondFactor pending) {
                response.sendRedirect(
                        request.getContextPath() + (pending.enrolment() ? "/account/totp" : "/login/totp"));
            } else {
                forbidden.handle(request, response, exception);
            }
        };
    }
}
