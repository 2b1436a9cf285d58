package jp.mamori.security;

import jp.mamori.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts the problems of an {@link InvalidInputException} on the form's fields. */
final class FormErrors {
    private FormErrors() {}

    static void reject(BindingResult binding, InvalidInputException e) {
        for (InvalidInputException.Problem problem : e.problems()) {
            Object[] args = problem.args().toArray();
            if (binding.getTarget() != null && hasField(binding, problem.field())) {
                binding.rejectValue(problem.field(), problem.messageKey(), args, problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), args, problem.messageKey());
            }
        }
    }

    private static boolean hasField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
