package jp.mamori.netcheck.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of netcheck in one language, from {@code netcheck_messages_ja.properties}
 * or {@code netcheck_messages_en.properties}. Japanese is the default.
 */
public final class Messages {
    private static final String BUNDLE = "netcheck_messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Japanese texts. */
    public static Messages japanese() {
        return of(Locale.JAPANESE);
    }

    /** English texts. */
    public static Messages english() {
        return of(Locale.ENGLISH);
    }

    /** Texts for {@code ja} or {@code en}; anything else gives Japanese. */
    public static Messages of(Locale locale) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        return new Messages(
                ResourceBundle.getBundle(
                        BUNDLE,
                        l,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                l);
    }

    /** Texts for a {@code --lang} value: {@code en} or {@code ja}. */
    public static Messages forLanguage(String lang) {
        return of(Locale.forLanguageTag(lang));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
