package jp.mamori.web.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page takes a step posted from a button or a small form (approve, refuse, issue,
 * check, record an entry, add a 再委託先, upload a file …): do it, then redirect — on success with the
 * step's notice ({@link Flash#notice}) to {@code back} or to the page the notice names ({@link
 * Notice#then}); when the service refuses, back to {@code back} with the refusal as the page shows it
 * ({@link Refusal}: by default the first problem as the alert). An approval's fresh second factor is
 * checked by the service the step calls, so a wrong code changes nothing and comes back here as a
 * refusal.
 */
public final class Steps {
    private Steps() {}

    /** What a step tells the next page: the notice's message key and arguments, and where to go (null: back). */
    public record Notice(
            String key, Object[] args, @Nullable String next) {
        public Notice {
            args = Arrays.copyOf(args, args.length);
        }

        /** The same notice, shown on another page than the one the step was posted from. */
        public Notice then(String page) {
            return new Notice(key, args, page);
        }
    }

    public static Notice notice(String key, Object... args) {
        return new Notice(key, args, null);
    }

    /**
     * A step whose notice depends on what it did (a count, a choice, a new record). It may read an
     * {@link Upload}: a file that cannot be read is a fault of the server (an error page), not a refusal.
     */
    @FunctionalInterface
    public interface Work {
        Notice run() throws IOException;
    }

    /** How a page shows a refused step after the redirect. */
    @FunctionalInterface
    public interface Refusal {
        void flash(RedirectAttributes redirect, InvalidInputException e);

        /** This refusal, which also brings {@code value} back as {@code name}, so nothing typed is lost. */
        default Refusal keeping(String name, Object value) {
            return (redirect, e) -> {
                flash(redirect, e);
                redirect.addFlashAttribute(name, value);
            };
        }
    }

    /** The first problem as the page's alert: most pages. */
    public static final Refusal FIRST_PROBLEM = Flash::alert;

    /** Every problem in the reader's words, as {@code problems} for the page's error summary. */
    public static Refusal everyProblem(MessageSource messages, Locale locale) {
        return (redirect, e) -> Flash.problems(redirect, messages, e, locale);
    }

    /** Runs {@code step}; on success flashes {@code notice}; either way redirects to {@code back}. */
    public static String run(RedirectAttributes redirect, String back, String notice, Runnable step) {
        return run(redirect, back, FIRST_PROBLEM, notice, step);
    }

    /** As above, a refusal shown as {@code refusal} says. */
    public static String run(RedirectAttributes redirect, String back, Refusal refusal, String notice, Runnable step) {
        return run(redirect, back, refusal, () -> {
            step.run();
            return notice(notice);
        });
    }

    /** Runs {@code work} and flashes the notice it returns; a refusal is flashed as an alert. */
    public static String run(RedirectAttributes redirect, String back, Work work) {
        return run(redirect, back, FIRST_PROBLEM, work);
    }

    /** Runs {@code work} and flashes the notice it returns; a refusal is shown as {@code refusal} says. */
    public static String run(RedirectAttributes redirect, String back, Refusal refusal, Work work) {
        try {
            Notice done = work.run();
            Flash.notice(redirect, done.key(), done.args());
            return "redirect:" + (done.next() == null ? back : done.next());
        } catch (InvalidInputException e) {
            refusal.flash(redirect, e);
            return "redirect:" + back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
