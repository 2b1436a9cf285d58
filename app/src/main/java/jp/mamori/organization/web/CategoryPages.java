package jp.mamori.organization.web;

import jp.mamori.organization.Categories;
import jp.mamori.organization.Category;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of employment categories: everyone reads it, body-wide managers add, rename and retire entries. */
@Controller
class CategoryPages {
    private final Categories categories;

    CategoryPages(Categories categories) {
        this.categories = categories;
    }

    @GetMapping("/people/categories")
    @PreAuthorize(Rights.READ)
    public String list(Model model) {
        model.addAttribute("categories", categories.all());
        return "organization/categories";
    }

    @PostMapping("/people/categories")
    @PreAuthorize(Rights.MANAGE)
    public String add(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            Category added = categories.add(name);
            Flash.notice(redirect, "organization.category.added", added.name());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/people/categories";
    }

    @PostMapping("/people/categories/{id}")
    @PreAuthorize(Rights.MANAGE)
    public String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        try {
            categories.change(id, name, active);
            Flash.notice(redirect, "organization.category.saved", name.strip());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/people/categories";
    }
}
