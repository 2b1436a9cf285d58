package jp.mamori.training.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.policy.PolicyMarkdown;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.training.Audience;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.Courses;
import jp.mamori.training.Sessions;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The year's training plan and its courses: writing and approving the plan, a course's audience,
 * material, test and publication, its sessions and drill results.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TrainingPages {
    private final Courses courses;
    private final Sessions sessions;
    private final MessageSource messages;

    TrainingPages(Courses courses, Sessions sessions, MessageSource messages) {
        this.courses = courses;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/training")
    @PreAuthorize("@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')")
    public String plan(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int y = year == null ? courses.currentYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("plan", courses.planOf(y).orElse(null));
        List<Course> list = courses.courses(y);
        model.addAttribute("courses", list);
        model.addAttribute(
                "audiences",
                list.stream().map(c -> audience(c.audience(), locale)).toList());
        model.addAttribute("mayManage", courses.mayManage());
        model.addAttribute("mayApprove", courses.mayApprove());
        model.addAttribute("approvalBy", courses.approvalBy());
        return "training/plan";
    }

    String audience(Audience a, Locale locale) {
        return courses.audienceText(
                a,
                r -> messages.getMessage(r.messageKey(), null, r.name(), locale),
                messages.getMessage("trn.audience.everyone", null, locale),
                messages.getMessage("trn.audience.newHiresOnly", null, locale));
    }

    @PostMapping("/training/plans")
    @PreAuthorize("@access.isBodyWideManager()")
    public String createPlan(
            @RequestParam(defaultValue = "0") int fiscalYear,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            courses.createPlan(fiscalYear, title, summary);
            Flash.notice(redirect, "trn.plan.created");
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training?year=" + fiscalYear;
    }

    @PostMapping("/training/plans/{id}/approve")
    @PreAuthorize("@access.isBodyWideManager()")
    public String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int fiscalYear,
            @RequestParam(defaultValue = "") String decisionRef,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            courses.approvePlan(id, decisionRef);
            Flash.notice(redirect, "trn.plan.approvedNotice");
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training?year=" + fiscalYear;
    }

    @GetMapping("/training/courses/new")
    @PreAuthorize("@access.isBodyWideManager()")
    public String newCourse(@RequestParam long plan, @RequestParam int year, Model model) {
        model.addAttribute("planId", plan);
        model.addAttribute("year", year);
        form(
                model,
                new CourseForm(
                        "",
                        null,
                        "",
                        null,
                        courses.defaultNewHireDays(),
                        80,
                        false,
                        false,
                        List.of(),
                        List.of(),
                        List.of()));
        return "training/course-form";
    }

    private void form(Model model, CourseForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", courses.units());
        model.addAttribute("categories", courses.categories());
    }

    /** The course form's values. */
    record CourseForm(
            String title,
            @Nullable CourseKind kind,
            String description,
            @Nullable LocalDate dueDate,
            @Nullable Integer newHireDays,
            @Nullable Integer passMark,
            boolean allStaff,
            boolean newHiresOnly,
            List<String> roles,
            List<Long> unitIds,
            List<Long> categoryIds) {

        Audience audience() {
            Set<Role> r = new HashSet<>();
            for (String name : roles) {
                try {
                    r.add(Role.valueOf(name));
                } catch (IllegalArgumentException e) {
                    // an unknown role name is not a role: ignored
                }
            }
            return new Audience(allStaff, newHiresOnly, r, Set.copyOf(unitIds), Set.copyOf(categoryIds));
        }
    }

    @PostMapping("/training/courses")
    @PreAuthorize("@access.isBodyWideManager()")
    public String createCourse(
            @RequestParam long planId,
            @RequestParam int year,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable CourseKind kind,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
            @RequestParam(required = false) @Nullable Integer newHireDays,
            @RequestParam(required = false) @Nullable Integer passMark,
            @RequestParam(defaultValue = "false") boolean allStaff,
            @RequestParam(defaultValue = "false") boolean newHiresOnly,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            @RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
            @RequestParam(name = "categoryIds", required = false) @Nullable List<Long> categoryIds,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        CourseForm form = new CourseForm(
                title,
                kind,
                description,
                dueDate,
                newHireDays,
                passMark,
                allStaff,
                newHiresOnly,
                roles == null ? List.of() : roles,
                unitIds == null ? List.of() : unitIds,
                categoryIds == null ? List.of() : categoryIds);
        try {
            long id = courses.createCourse(
                    planId,
                    new Courses.CourseDraft(title, kind, description, dueDate, newHireDays, form.audience(), passMark));
            Flash.notice(redirect, "trn.course.created", title.strip());
            return "redirect:/training/courses/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("planId", planId);
            model.addAttribute("year", year);
            model.addAttribute("courseId", null);
            form(model, form);
            model.addAttribute("problems", Problems.texts(messages, e, locale));
            return "training/course-form";
        }
    }

    @GetMapping("/training/courses/{id}/edit")
    @PreAuthorize("@access.isBodyWideManager()")
    public String edit(@PathVariable long id, Model model) {
        Course c = courses.course(id);
        model.addAttribute("planId", c.planId());
        model.addAttribute("year", c.fiscalYear());
        model.addAttribute("courseId", id);
        Audience a = c.audience();
        form(
                model,
                new CourseForm(
                        c.title(),
                        c.kind(),
                        c.description(),
                        c.dueDate(),
                        c.newHireDays(),
                        c.passMark(),
                        a.allStaff(),
                        a.newHiresOnly(),
                        a.sortedRoles().stream().map(Role::name).toList(),
                        List.copyOf(a.unitIds()),
                        List.copyOf(a.categoryIds())));
        return "training/course-form";
    }

    @PostMapping("/training/courses/{id}/edit")
    @PreAuthorize("@access.isBodyWideManager()")
    public String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
            @RequestParam(required = false) @Nullable Integer newHireDays,
            @RequestParam(defaultValue = "false") boolean allStaff,
            @RequestParam(defaultValue = "false") boolean newHiresOnly,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            @RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
            @RequestParam(name = "categoryIds", required = false) @Nullable List<Long> categoryIds,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Course c = courses.course(id);
        CourseForm form = new CourseForm(
                title,
                c.kind(),
                description,
                dueDate,
                newHireDays,
                c.passMark(),
                allStaff,
                newHiresOnly,
                roles == null ? List.of() : roles,
                unitIds == null ? List.of() : unitIds,
                categoryIds == null ? List.of() : categoryIds);
        try {
            courses.changeCourse(
                    id,
                    new Courses.CourseDraft(
                            title, c.kind(), description, dueDate, newHireDays, form.audience(), c.passMark()));
            Flash.notice(redirect, "trn.course.saved");
            return "redirect:/training/courses/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("planId", c.planId());
            model.addAttribute("year", c.fiscalYear());
            model.addAttribute("courseId", id);
            form(model, form);
            model.addAttribute("problems", Problems.texts(messages, e, locale));
            return "training/course-form";
        }
    }

    @GetMapping("/training/courses/{id}")
    @PreAuthorize("@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')")
    public String course(@PathVariable long id, Model model, Locale locale) {
        Course course = courses.course(id);
        model.addAttribute("course", course);
        model.addAttribute("audience", audience(course.audience(), locale));
        model.addAttribute("material", PolicyMarkdown.render(course.materialMarkdown()));
        model.addAttribute("pdfName", courses.pdfName(id).orElse(null));
        model.addAttribute("questions", courses.questions(id));
        model.addAttribute("questionText", courses.questionText(id));
        model.addAttribute(
                "sessions",
                course.kind().completion() == CourseKind.Completion.ATTENDANCE ? sessions.sessions(id) : List.of());
        model.addAttribute("drill", course.kind() == CourseKind.PHISHING_DRILL ? sessions.drillResults(id) : List.of());
        model.addAttribute("mayManage", courses.mayManage());
        return "training/course";
    }

    @PostMapping("/training/courses/{id}/material")
    @PreAuthorize("@access.isBodyWideManager()")
    public String material(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String markdown,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            courses.setMarkdown(id, markdown);
            Flash.notice(redirect, "trn.material.saved");
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training/courses/" + id;
    }

    @PostMapping("/training/courses/{id}/pdf")
    @PreAuthorize("@access.isBodyWideManager()")
    public String pdf(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile pdf,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (pdf == null || pdf.isEmpty()) {
                throw InvalidInputException.of("pdf", "trn.error.fileEmpty");
            }
            String name = pdf.getOriginalFilename();
            courses.storePdf(id, name == null ? "material.pdf" : name, pdf.getBytes());
            Flash.notice(redirect, "trn.material.pdfStored");
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training/courses/" + id;
    }

    @GetMapping("/training/courses/{id}/material.pdf")
    @PreAuthorize("@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')")
    public ResponseEntity<byte[]> pdfDownload(@PathVariable long id) {
        return Downloads.attachment(
                courses.pdf(id, false), courses.pdfName(id).orElse("material.pdf"), MediaType.APPLICATION_PDF);
    }

    @PostMapping("/training/courses/{id}/test")
    @PreAuthorize("@access.isBodyWideManager()")
    public String test(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String questions,
            @RequestParam(required = false) @Nullable Integer passMark,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            courses.setTest(id, questions, passMark);
            Flash.notice(redirect, "trn.test.saved");
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
            redirect.addFlashAttribute("questionDraft", questions);
        }
        return "redirect:/training/courses/" + id;
    }

    @PostMapping("/training/courses/{id}/publish")
    @PreAuthorize("@access.isBodyWideManager()")
    public String publish(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            int people = courses.publish(id);
            Flash.notice(redirect, "trn.course.publishedNotice", people);
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training/courses/" + id;
    }

    @PostMapping("/training/courses/{id}/sessions")
    @PreAuthorize("@access.isBodyWideManager()")
    public String schedule(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @RequestParam(defaultValue = "") String place,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            long session = sessions.schedule(id, heldOn, place);
            Flash.notice(redirect, "trn.session.scheduled");
            return "redirect:/training/sessions/" + session;
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
            return "redirect:/training/courses/" + id;
        }
    }

    @PostMapping("/training/courses/{id}/drill")
    @PreAuthorize("@access.isBodyWideManager()")
    public String drill(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "trn.import.empty");
            }
            String name = file.getOriginalFilename();
            int people = sessions.importDrillResults(id, name == null ? "" : name, file.getBytes());
            Flash.notice(redirect, "trn.drill.imported", people);
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training/courses/" + id;
    }
}
