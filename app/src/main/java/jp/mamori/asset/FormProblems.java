package jp.mamori.asset;

import jp.mamori.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts the problems a service found onto the form, each on its field, so the page shows them there. */
final class FormProblems {
    private FormProblems() {}

    static void addTo(BindingResult binding, InvalidInputException e) {
        for (InvalidInputException.Problem p : e.problems()) {
            Object[] args = p.args().toArray();
            if (isField(binding, p.field())) {
                binding.rejectValue(p.field(), p.messageKey(), args, p.messageKey());
            } else {
                binding.reject(p.messageKey(), args, p.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
