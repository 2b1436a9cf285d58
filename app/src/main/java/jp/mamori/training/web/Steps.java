package jp.mamori.training.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a training page takes a step posted from a form: do it, then redirect — on success
 * with the notice the step names (and to the page it names, if any), when refused back to the form's
 * page with every problem in the reader's words. Uploaded files are read here too: a missing or
 * empty file is refused before the service sees it.
 */
final class Steps {
    private final MessageSource messages;

    Steps(MessageSource messages) {
        this.messages = messages;
    }

    /** A step's work; it returns what to tell the next page. */
    @FunctionalInterface
    interface Work {
        Done run() throws IOException;
    }

    /** What a step did: the notice's key and arguments, and the page to go to (null: back). */
    record Done(String notice, Object[] args, @Nullable String next) {
        Done {
            args = Arrays.copyOf(args, args.length);
        }

        /** The same notice, shown on another page. */
        Done then(String path) {
            return new Done(notice, args, path);
        }
    }

    static Done done(String notice, Object... args) {
        return new Done(notice, args, null);
    }

    /** An uploaded file as the services take it. */
    record Upload(String name, byte[] content) {}

    /**
     * Runs the step and returns the redirect: to {@code back}, or to the page the step names; a
     * refusal ({@link InvalidInputException}) goes back with its problems.
     */
    String redirect(String back, RedirectAttributes redirect, Locale locale, Work work) throws IOException {
        return redirect(back, redirect, locale, work, refused -> {});
    }

    /** As above; a refusal also hands {@code onRefusal} the redirect, e.g. to keep what was typed. */
    String redirect(
            String back, RedirectAttributes redirect, Locale locale, Work work, Consumer<RedirectAttributes> onRefusal)
            throws IOException {
        try {
            Done done = work.run();
            Flash.notice(redirect, done.notice(), done.args());
            return "redirect:" + (done.next() == null ? back : done.next());
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
            onRefusal.accept(redirect);
            return "redirect:" + back;
        }
    }

    /**
     * The uploaded file's name (or {@code fallbackName}) and bytes; none or an empty one is refused
     * on the field with {@code emptyKey}.
     */
    static Upload upload(@Nullable MultipartFile file, String field, String emptyKey, String fallbackName)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of(field, emptyKey);
        }
        String name = file.getOriginalFilename();
        return new Upload(name == null || name.isBlank() ? fallbackName : name, file.getBytes());
    }

    /** The uploaded file, present and not empty, for a service that reads it as a stream. */
    static MultipartFile present(@Nullable MultipartFile file, String field, String emptyKey) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of(field, emptyKey);
        }
        return file;
    }
}
