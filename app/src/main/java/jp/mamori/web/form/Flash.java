package jp.mamori.web.form;

import java.util.Arrays;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages a page shows after a redirect: {@code notice} (done) and {@code alert} (refused),
 * each a message key with its arguments, which the layout prints; or, for a page with an error
 * summary above its form, {@code problems}: every problem of a refusal in the reader's words.
 */
public final class Flash {
    private Flash() {}

    /** Tells the next page that something was done. */
    public static void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgs", Arrays.copyOf(args, args.length));
    }

    /** Tells the next page that something was refused, with a message key and its arguments. */
    public static void alert(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("alert", key);
        redirect.addFlashAttribute("alertArgs", Arrays.copyOf(args, args.length));
    }

    /** Tells the next page the first problem the service found. */
    public static void alert(RedirectAttributes redirect, InvalidInputException e) {
        InvalidInputException.Problem first = e.problems().get(0);
        alert(redirect, first.messageKey(), first.args().toArray());
    }

    /** Tells the next page every problem the service found, in the reader's words, as {@code problems}. */
    public static void problems(
            RedirectAttributes redirect, MessageSource messages, InvalidInputException e, Locale locale) {
        redirect.addFlashAttribute("problems", FormProblems.inWords(messages, e, locale));
    }
}
