package jp.mamori.supplier.web;

import java.util.Optional;
import java.util.function.Supplier;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.supplier.RegisterFilter;
import jp.mamori.supplier.SupplierRegister;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the pages of the three registers (contractors, cloud services, SNS accounts) do alike, under
 * the register's path: the list (one page, the words searched, the findings-only filter, read again by
 * the pager's links), the empty form and the registration with its notice. A register's pages add what
 * only they have (the record's page, its changes and steps) and their form page. Saving a form is
 * post/redirect/get, the service's problems put back on the form's fields ({@link #save}).
 *
 * @param <D> the draft of a new record
 * @param <R> the register's record
 * @param <F> the register's form
 */
abstract class RegisterPages<D, R extends SupplierRegister.Entry, F extends RegisterPages.Form<D>> {
    /** Rows on a page of a register's list. */
    static final int PAGE_SIZE = 50;

    /** A register's form: what it was filled with, as the register's draft. */
    interface Form<D> {
        D draft();
    }

    private final String path;
    private final String registeredNotice;
    private final SupplierRegister<D, R> register;
    private final Supplier<F> emptyForm;

    /**
     * @param path the register's path, e.g. {@code /cloud-services}; its list's template is {@code supplier/…}
     * @param registeredNotice the notice of a registration, the new record's name its argument
     * @param register the register's service
     * @param emptyForm the form of a new record
     */
    RegisterPages(String path, String registeredNotice, SupplierRegister<D, R> register, Supplier<F> emptyForm) {
        this.path = path;
        this.registeredNotice = registeredNotice;
        this.register = register;
        this.emptyForm = emptyForm;
    }

    /** The form page: a new record's ({@code record} null) or the record's changes. */
    abstract String form(Model model, F form, @Nullable R record);

    /**
     * What a register's list is asked for ({@code ?q=…&findings=true&page=0}, each optional): the words
     * searched, only the records with findings, the page.
     */
    record ListQuery(
            @Nullable String q,
            @Nullable Boolean findings,
            @Nullable Integer page) {
        /** The words as the search box shows them again. */
        String words() {
            return q == null ? "" : q;
        }

        boolean findingsOnly() {
            return Boolean.TRUE.equals(findings);
        }

        RegisterFilter filter() {
            return new RegisterFilter(q, findingsOnly());
        }

        int pageNumber() {
            return page == null ? 0 : page;
        }
    }

    @GetMapping
    @PreAuthorize("@supplierAccess.mayList()")
    public String list(ListQuery query, Model model) {
        model.addAttribute("result", register.page(query.filter(), query.pageNumber(), PAGE_SIZE));
        model.addAttribute("q", query.words());
        model.addAttribute("findingsOnly", query.findingsOnly());
        return "supplier" + path;
    }

    @GetMapping("/new")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String newForm(Model model) {
        return form(model, emptyForm.get(), null);
    }

    @PostMapping
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String create(
            @ModelAttribute("form") F form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return save(binding, () -> {
                    R r = register.register(form.draft());
                    Flash.notice(redirect, registeredNotice, r.label());
                    return "redirect:" + path + "/" + r.id();
                })
                .orElseGet(() -> form(model, form, null));
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
