package jp.mamori.incident;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The incident bundle in Japanese, as the report reads it, without a Spring context. */
final class ReportTexts {
    private ReportTexts() {}

    static CommissionReport.Texts japanese() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/incident");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return (key, args) -> source.getMessage(key, args, Locale.JAPANESE);
    }
}
