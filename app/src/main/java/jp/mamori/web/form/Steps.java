package jp.mamori.web.form;

import java.util.Arrays;
import jp.mamori.shared.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page takes a step posted from a button or a small form (approve, refuse, issue,
 * check, record an entry, add a 再委託先 …): do it, then go back to the page with the step's notice
 * ({@link Flash#notice}), or with the service's refusal ({@link Flash#alert}). An approval's fresh
 * second factor is checked by the service the step calls, so a wrong code changes nothing and comes
 * back here as a refusal.
 */
public final class Steps {
    private Steps() {}

    /** What a step tells the next page: the notice's message key and its arguments. */
    public record Notice(String key, Object[] args) {
        public Notice {
            args = Arrays.copyOf(args, args.length);
        }
    }

    public static Notice notice(String key, Object... args) {
        return new Notice(key, args);
    }

    /** A step whose notice depends on what it did (a count, a choice). */
    @FunctionalInterface
    public interface Work {
        Notice run();
    }

    /** Runs {@code step}; on success flashes {@code notice}; either way redirects to {@code back}. */
    public static String run(RedirectAttributes redirect, String back, String notice, Runnable step) {
        return run(redirect, back, () -> {
            step.run();
            return notice(notice);
        });
    }

    /** Runs {@code work} and flashes the notice it returns; a refusal is flashed as an alert. */
    public static String run(RedirectAttributes redirect, String back, Work work) {
        try {
            Notice done = work.run();
            Flash.notice(redirect, done.key(), done.args());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:" + back;
    }
}
