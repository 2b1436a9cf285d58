package jp.mamori.organization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organization.Categories;
import jp.mamori.organization.DateText;
import jp.mamori.organization.People;
import jp.mamori.organization.Person;
import jp.mamori.organization.PersonFilter;
import jp.mamori.organization.RoleHolders;
import jp.mamori.organization.Unit;
import jp.mamori.organization.UnitNode;
import jp.mamori.organization.Units;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people pages: the list (paged on the server, filtered), one person with their role history,
 * the person form and deactivation. Body-wide managers change anyone; 情報セキュリティ責任者・管理者
 * change the people of the units their role covers (and may move them only between those units).
 */
@Controller
class PeoplePages {
    static final int PAGE_SIZE = 50;

    private final People people;
    private final Units units;
    private final Categories categories;
    private final RoleHolders holders;

    private final Clock clock;

    PeoplePages(People people, Units units, Categories categories, RoleHolders holders, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.units = units;
        this.categories = categories;
        this.holders = holders;
    }

    @GetMapping("/people")
    @PreAuthorize(Rights.READ)
    public String list(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "IN_POST") PersonFilter.Status status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PersonFilter filter = new PersonFilter(unit, category, q, status);
        model.addAttribute("filter", filter);
        model.addAttribute("result", people.page(filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("nodes", units.tree());
        model.addAttribute("categories", categories.all());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canCreate", people.managesSomeUnit());
        return "organization/people";
    }

    @GetMapping("/people/{id}")
    @PreAuthorize(Rights.READ)
    public String show(@PathVariable long id, Model model) {
        Person person = people.get(id);
        model.addAttribute("person", person);
        model.addAttribute("path", units.path(person.unitId()));
        model.addAttribute("assignments", holders.ofPerson(id));
        model.addAttribute("inPost", person.inPostOn(LocalDate.now(clock)));
        model.addAttribute("canEdit", people.canManage(person.unitId()));
        return "organization/person";
    }

    @GetMapping("/people/new")
    @PreAuthorize(Rights.CREATE_PEOPLE)
    public String newForm(@RequestParam(required = false) @Nullable Long unitId, Model model) {
        String firstCategory =
                categories.active().isEmpty() ? "" : categories.active().get(0).name();
        return form(model, PersonForm.empty(unitId, firstCategory, LocalDate.now(clock)), null);
    }

    @PostMapping("/people")
    @PreAuthorize(Rights.CREATE_PEOPLE)
    public String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.unitId() != null) {
            people.requireManages(form.unitId());
        }
        if (!binding.hasErrors()) {
            try {
                Person person = people.create(form.draft());
                Flash.notice(redirect, "organization.person.created", person.name());
                return "redirect:/people/" + person.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize(Rights.CHANGE_PERSON)
    public String editForm(@PathVariable long id, Model model) {
        Person person = people.get(id);
        return form(model, PersonForm.of(person), person);
    }

    @PostMapping("/people/{id}")
    @PreAuthorize(Rights.CHANGE_PERSON)
    public String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Person person = people.get(id);
        if (form.unitId() != null) {
            people.requireManages(form.unitId());
        }
        if (!binding.hasErrors()) {
            try {
                people.change(id, form.draft());
                Flash.notice(redirect, "organization.person.saved", person.name());
                return "redirect:/people/" + id;
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, person);
    }

    @PostMapping("/people/{id}/deactivate")
    @PreAuthorize(Rights.CHANGE_PERSON)
    public String deactivate(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String lastDay,
            RedirectAttributes redirect) {
        Person person = people.get(id);
        if (lastDay == null || lastDay.isBlank()) {
            // never "today" by default: the last day is typed by the person who ends the post
            Flash.alert(redirect, "organization.person.lastDay.required");
            return "redirect:/people/" + id;
        }
        LocalDate day = DateText.parse(lastDay).orElse(null);
        if (day == null) {
            Flash.alert(redirect, "organization.person.lastDay.format");
            return "redirect:/people/" + id;
        }
        try {
            people.deactivate(id, day);
            Flash.notice(
                    redirect, "organization.person.deactivated", person.name(), jp.mamori.shared.Wareki.japanese(day));
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e.problems().get(0).messageKey());
        }
        return "redirect:/people/" + id;
    }

    private String form(Model model, PersonForm form, @Nullable Person person) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        List<UnitNode> nodes = units.tree();
        if (!people.managesEveryUnit()) {
            Set<Long> managed = people.managedUnits();
            nodes = nodes.stream().filter(n -> managed.contains(n.unit().id())).toList();
        }
        model.addAttribute("nodes", nodes);
        model.addAttribute(
                "categories",
                categories.all().stream()
                        .filter(c -> c.active() || (person != null && person.categoryId() == c.id()))
                        .toList());
        return "organization/person-form";
    }

    private Map<Long, String> unitNames() {
        return units.tree().stream().map(UnitNode::unit).collect(Collectors.toMap(Unit::id, Unit::name));
    }
}
