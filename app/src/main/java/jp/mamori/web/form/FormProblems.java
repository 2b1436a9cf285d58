package jp.mamori.web.form;

import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems a service found onto the form, each on its field, so the page shows it there;
 * a problem about no field of the form goes to the form as a whole (the error summary).
 */
public final class FormProblems {
    private FormProblems() {}

    public static void addTo(BindingResult binding, InvalidInputException e) {
        for (InvalidInputException.Problem p : e.problems()) {
            Object[] args = p.args().toArray();
            if (binding.getTarget() != null && isField(binding, p.field())) {
                binding.rejectValue(p.field(), p.messageKey(), args, p.messageKey());
            } else {
                binding.reject(p.messageKey(), args, p.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null || binding.getRawFieldValue(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The problems in the reader's words, for a page that lists them above its form. */
    public static List<String> inWords(MessageSource messages, InvalidInputException e, Locale locale) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                .toList();
    }
}
