package jp.mamori.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The parent of the message source: looks a key up in Japanese when the reader's language lacks
 * it, so an untranslated text appears in Japanese, never as a bare key.
 */
final class JapaneseFallback implements MessageSource {
    private final MessageSource japanese;

    JapaneseFallback(MessageSource japanese) {
        this.japanese = japanese;
    }

    @Override
    public @Nullable String getMessage(
            String code, Object @Nullable [] args, @Nullable String defaultMessage, @Nullable Locale locale) {
        return japanese.getMessage(code, args, defaultMessage, LocaleConfiguration.DEFAULT_LOCALE);
    }

    @Override
    public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale)
            throws NoSuchMessageException {
        return japanese.getMessage(code, args, LocaleConfiguration.DEFAULT_LOCALE);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale)
            throws NoSuchMessageException {
        return japanese.getMessage(resolvable, LocaleConfiguration.DEFAULT_LOCALE);
    }
}
