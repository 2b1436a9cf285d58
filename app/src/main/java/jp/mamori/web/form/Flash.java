package jp.mamori.web.form;

import java.util.Arrays;
import jp.mamori.shared.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line messages a page shows after a redirect: {@code notice} (done) and {@code alert}
 * (refused), each a message key with its arguments, which the layout prints.
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
}
