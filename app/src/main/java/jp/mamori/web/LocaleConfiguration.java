package jp.mamori.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Japanese first: the language is Japanese unless the user picked English with {@code ?lang=en}
 * (kept in a cookie), whatever the browser asks for. The API alone follows Accept-Language (ja or
 * en), so a program gets its error messages in the language it asked for.
 *
 * <p>Message bundles: every module keeps its texts in {@code i18n/<module>_ja.properties} and
 * {@code i18n/<module>_en.properties}. A new module adds {@code i18n/<module>} to
 * {@code spring.messages.basename} in application.yml — nothing else. A key missing in English is
 * shown in Japanese rather than as the bare key.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {
    static final Locale DEFAULT_LOCALE = Locale.JAPANESE;
    static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("MAMORI_LANG");
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        // the browser's Accept-Language is deliberately ignored on pages: Japanese is the default for
        // everyone; a program calling the API names its language in Accept-Language (ja or en)
        resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultFor);
        return resolver;
    }

    /** Japanese, except for an API request whose Accept-Language prefers a language we ship. */
    static Locale defaultFor(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || !ErrorResponses.isApi(request)) {
            return DEFAULT_LOCALE;
        }
        try {
            Locale wanted = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return wanted == null ? DEFAULT_LOCALE : wanted;
        } catch (IllegalArgumentException e) {
            return DEFAULT_LOCALE;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale wanted = super.parseLocaleValue(localeValue);
                // only the languages we ship; anything else means the default
                return wanted != null
                                && SUPPORTED.stream()
                                        .anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()))
                        ? Locale.forLanguageTag(wanted.getLanguage())
                        : DEFAULT_LOCALE;
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** All module bundles from {@code spring.messages.basename}, with Japanese as the fallback. */
    @Bean
    MessageSource messageSource(Environment environment) {
        List<String> basenames = Binder.get(environment)
                .bind("spring.messages.basename", Bindable.listOf(String.class))
                .orElse(List.of("messages"));
        ResourceBundleMessageSource japanese = bundles(basenames);
        ResourceBundleMessageSource source = bundles(basenames);
        source.setParentMessageSource(new JapaneseFallback(japanese));
        return source;
    }

    private static ResourceBundleMessageSource bundles(List<String> basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.stream().map(String::trim).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DEFAULT_LOCALE);
        return source;
    }
}
