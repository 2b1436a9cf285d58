package jp.mamori.training.web;

import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The problems of a refused step in the reader's words, shown above the form after the redirect. */
final class Problems {
    private Problems() {}

    static List<String> texts(MessageSource messages, InvalidInputException e, Locale locale) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                .toList();
    }

    static void flash(RedirectAttributes redirect, MessageSource messages, InvalidInputException e, Locale locale) {
        redirect.addFlashAttribute("problems", texts(messages, e, locale));
    }
}
