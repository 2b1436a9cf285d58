package jp.mamori.supplier.web;

import java.util.Optional;
import java.util.function.Supplier;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Page;
import jp.mamori.web.form.FormProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the register pages (contractors, cloud services, SNS accounts) do alike: the list's model
 * (one page, the words searched, the findings-only filter, read again by the pager's links) and
 * saving a form with post/redirect/get, the service's problems put back on the form's fields.
 */
final class RegisterPages {
    /** Rows on a page of a register's list. */
    static final int PAGE_SIZE = 50;

    private RegisterPages() {}

    /** The model of a register's list page. */
    static void list(Model model, Page<?> result, @Nullable String q, boolean findingsOnly) {
        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("findingsOnly", findingsOnly);
    }

    /**
     * Saves when the form was bound without errors: the redirect the save returns; empty when the
     * form is to be shown again, with the problems on its fields.
     */
    static Optional<String> save(BindingResult binding, Supplier<String> save) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
            return Optional.empty();
        }
    }
}
