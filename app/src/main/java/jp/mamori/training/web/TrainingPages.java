package jp.mamori.training.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.training.Audience;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.Courses;
import jp.mamori.training.MaterialImage;
import jp.mamori.training.MaterialImages;
import jp.mamori.training.Sessions;
import jp.mamori.training.TrainingPlan;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
import jp.mamori.web.form.Upload;
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
 * material (Markdown with its images, or a PDF), test and publication, its sessions and drill results.
 * Every posted step goes through {@link Steps}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TrainingPages {
    private final Courses courses;
    private final Sessions sessions;
    private final MaterialImages images;
    private final MessageSource messages;

    TrainingPages(Courses courses, Sessions sessions, MaterialImages images, MessageSource messages) {
        this.courses = courses;
        this.sessions = sessions;
        this.images = images;
        this.messages = messages;
    }

    @GetMapping("/training")
    @PreAuthorize(Rights.READ)
    public String plan(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int y = year == null ? courses.currentYear() : year;
        model.addAttribute("year", y);
        TrainingPlan plan = courses.planOf(y).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("mayApprove", plan != null && courses.mayApprove(plan));
        model.addAttribute("decisions", plan == null ? List.of() : courses.usableDecisions(plan));
        List<Course> list = courses.courses(y);
        model.addAttribute("courses", list);
        model.addAttribute(
                "audiences",
                list.stream().map(c -> audience(c.audience(), locale)).toList());
        model.addAttribute("mayManage", courses.mayManage());
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
    @PreAuthorize(Rights.MANAGE)
    public String createPlan(
            @RequestParam(defaultValue = "0") int fiscalYear,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/training?year=" + fiscalYear, Steps.everyProblem(messages, locale), () -> {
            courses.createPlan(fiscalYear, title, summary);
            return Steps.notice("trn.plan.created");
        });
    }

    @PostMapping("/training/plans/{id}/approve")
    @PreAuthorize(Rights.MANAGE)
    public String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int fiscalYear,
            @RequestParam(required = false) @Nullable Long decisionId,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/training?year=" + fiscalYear, Steps.everyProblem(messages, locale), () -> {
            courses.approvePlan(id, decisionId);
            return Steps.notice("trn.plan.approvedNotice");
        });
    }

    @GetMapping("/training/courses/new")
    @PreAuthorize(Rights.MANAGE)
    public String newCourse(@RequestParam long plan, @RequestParam int year, Model model) {
        return courseForm(
                model,
                plan,
                year,
                null,
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
                        List.of()),
                null);
    }

    /** The course form, new ({@code courseId} null) or to change, with the problems of a refused save. */
    private String courseForm(
            Model model,
            long planId,
            int year,
            @Nullable Long courseId,
            CourseForm form,
            @Nullable List<String> problems) {
        model.addAttribute("planId", planId);
        model.addAttribute("year", year);
        model.addAttribute("courseId", courseId);
        model.addAttribute("form", form);
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", courses.units());
        model.addAttribute("categories", courses.categories());
        if (problems != null) {
            model.addAttribute("problems", problems);
        }
        return "training/course-form";
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

        // a list the form did not send is empty
        CourseForm {
            roles = roles == null ? List.of() : List.copyOf(roles);
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
            categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        }

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

        Courses.CourseDraft draft() {
            return new Courses.CourseDraft(title, kind, description, dueDate, newHireDays, audience(), passMark);
        }
    }

    @PostMapping("/training/courses")
    @PreAuthorize(Rights.MANAGE)
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
                roles,
                unitIds,
                categoryIds);
        try {
            long id = courses.createCourse(planId, form.draft());
            Flash.notice(redirect, "trn.course.created", title.strip());
            return "redirect:/training/courses/" + id;
        } catch (InvalidInputException e) {
            return courseForm(model, planId, year, null, form, FormProblems.inWords(messages, e, locale));
        }
    }

    @GetMapping("/training/courses/{id}/edit")
    @PreAuthorize(Rights.MANAGE)
    public String edit(@PathVariable long id, Model model) {
        Course c = courses.course(id);
        Audience a = c.audience();
        return courseForm(
                model,
                c.planId(),
                c.fiscalYear(),
                id,
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
                        List.copyOf(a.categoryIds())),
                null);
    }

    @PostMapping("/training/courses/{id}/edit")
    @PreAuthorize(Rights.MANAGE)
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
        // kind and pass mark are fixed at creation (the pass mark changes with the test)
        CourseForm form = new CourseForm(
                title,
                c.kind(),
                description,
                dueDate,
                newHireDays,
                c.passMark(),
                allStaff,
                newHiresOnly,
                roles,
                unitIds,
                categoryIds);
        try {
            courses.changeCourse(id, form.draft());
            Flash.notice(redirect, "trn.course.saved");
            return "redirect:/training/courses/" + id;
        } catch (InvalidInputException e) {
            return courseForm(model, c.planId(), c.fiscalYear(), id, form, FormProblems.inWords(messages, e, locale));
        }
    }

    @GetMapping("/training/courses/{id}")
    @PreAuthorize(Rights.READ)
    public String course(@PathVariable long id, Model model, Locale locale) {
        Course course = courses.course(id);
        List<MaterialImage> stored = images.images(id);
        model.addAttribute("course", course);
        model.addAttribute("audience", audience(course.audience(), locale));
        model.addAttribute("material", MaterialHtml.of(course.materialMarkdown(), stored, messages, locale));
        model.addAttribute("images", stored);
        model.addAttribute("imageMaxMb", images.maxMegabytes());
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
    @PreAuthorize(Rights.MANAGE)
    public String material(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String markdown,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, coursePage(id), Steps.everyProblem(messages, locale), () -> {
            courses.setMarkdown(id, markdown);
            return Steps.notice("trn.material.saved");
        });
    }

    @PostMapping("/training/courses/{id}/images")
    @PreAuthorize(Rights.MANAGE)
    public String image(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile image,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, coursePage(id), Steps.everyProblem(messages, locale), () -> {
            Upload file = Upload.required(image, "image", "trn.error.fileEmpty", "image");
            MaterialImage stored = images.add(id, file.name(), file.size(), file.stream());
            return Steps.notice("trn.image.stored", stored.fileName(), stored.markdown());
        });
    }

    @PostMapping("/training/courses/{id}/pdf")
    @PreAuthorize(Rights.MANAGE)
    public String pdf(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile pdf,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, coursePage(id), Steps.everyProblem(messages, locale), () -> {
            Upload file = Upload.required(pdf, "pdf", "trn.error.fileEmpty", "material.pdf");
            courses.storePdf(id, file.name(), file.bytes());
            return Steps.notice("trn.material.pdfStored");
        });
    }

    @GetMapping("/training/courses/{id}/material.pdf")
    @PreAuthorize(Rights.READ)
    public ResponseEntity<byte[]> pdfDownload(@PathVariable long id) {
        return Downloads.attachment(
                courses.pdf(id, false), courses.pdfName(id).orElse("material.pdf"), MediaType.APPLICATION_PDF);
    }

    @PostMapping("/training/courses/{id}/test")
    @PreAuthorize(Rights.MANAGE)
    public String test(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String questions,
            @RequestParam(required = false) @Nullable Integer passMark,
            Locale locale,
            RedirectAttributes redirect) {
        // the text entered comes back with the problems, so nothing typed is lost
        var refused = Steps.everyProblem(messages, locale).keeping("questionDraft", questions);
        return Steps.run(
                redirect, coursePage(id), refused, "trn.test.saved", () -> courses.setTest(id, questions, passMark));
    }

    @PostMapping("/training/courses/{id}/publish")
    @PreAuthorize(Rights.MANAGE)
    public String publish(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                coursePage(id),
                Steps.everyProblem(messages, locale),
                () -> Steps.notice("trn.course.publishedNotice", courses.publish(id)));
    }

    @PostMapping("/training/courses/{id}/sessions")
    @PreAuthorize(Rights.MANAGE)
    public String schedule(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @RequestParam(defaultValue = "") String place,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, coursePage(id), Steps.everyProblem(messages, locale), () -> {
            long session = sessions.schedule(id, heldOn, place);
            return Steps.notice("trn.session.scheduled").then(SessionPages.page(session));
        });
    }

    @PostMapping("/training/courses/{id}/drill")
    @PreAuthorize(Rights.MANAGE)
    public String drill(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, coursePage(id), Steps.everyProblem(messages, locale), () -> {
            Upload upload = Upload.required(file, "file", "trn.import.empty", "");
            return Steps.notice("trn.drill.imported", sessions.importDrillResults(id, upload.name(), upload.bytes()));
        });
    }

    static String coursePage(long courseId) {
        return "/training/courses/" + courseId;
    }
}
