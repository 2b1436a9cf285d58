package jp.mamori.training.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import jp.mamori.training.Courses;
import jp.mamori.training.Session;
import jp.mamori.training.Sessions;
import jp.mamori.web.form.Steps;
import jp.mamori.web.form.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
 * A classroom session: its roster, attendance on the list or imported from Excel or CSV. Every
 * posted step goes through {@link Steps}, as on the course pages.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SessionPages {
    private final Sessions sessions;
    private final Courses courses;
    private final MessageSource messages;

    SessionPages(Sessions sessions, Courses courses, MessageSource messages) {
        this.sessions = sessions;
        this.courses = courses;
        this.messages = messages;
    }

    static String page(long sessionId) {
        return "/training/sessions/" + sessionId;
    }

    @GetMapping("/training/sessions/{id}")
    @PreAuthorize(Rights.READ)
    public String session(@PathVariable long id, Model model) {
        Session session = sessions.session(id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("course", courses.course(session.courseId()));
        model.addAttribute("roster", sessions.roster(id));
        model.addAttribute("mayManage", courses.mayManage());
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/roster")
    @PreAuthorize(Rights.MANAGE)
    public String roster(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String staffNumbers,
            @RequestParam(defaultValue = "false") boolean everyoneOwing,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id),
                Steps.everyProblem(messages, locale),
                () -> Steps.notice("trn.roster.added", sessions.addToRoster(id, staffNumbers, everyoneOwing)));
    }

    @PostMapping("/training/sessions/{id}/attendance")
    @PreAuthorize(Rights.MANAGE)
    public String attendance(
            @PathVariable long id,
            @RequestParam(name = "attended", required = false) @Nullable List<Long> attended,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id),
                Steps.everyProblem(messages, locale),
                () -> Steps.notice(
                        "trn.attendance.saved",
                        sessions.recordAttendance(id, new HashSet<>(attended == null ? List.of() : attended))));
    }

    @PostMapping("/training/sessions/{id}/attendance/import")
    @PreAuthorize(Rights.MANAGE)
    public String importAttendance(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id), Steps.everyProblem(messages, locale), () -> {
            Upload upload = Upload.required(file, "file", "trn.import.empty", "");
            return Steps.notice(
                    "trn.attendance.imported", sessions.importAttendance(id, upload.name(), upload.bytes()));
        });
    }
}
