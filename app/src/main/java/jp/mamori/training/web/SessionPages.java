package jp.mamori.training.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.training.Courses;
import jp.mamori.training.Session;
import jp.mamori.training.Sessions;
import jp.mamori.web.form.Flash;
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

/** A classroom session: its roster, attendance on the list or imported from Excel or CSV. */
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

    @GetMapping("/training/sessions/{id}")
    @PreAuthorize("@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')")
    public String session(@PathVariable long id, Model model) {
        Session session = sessions.session(id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("course", courses.course(session.courseId()));
        model.addAttribute("roster", sessions.roster(id));
        model.addAttribute("mayManage", courses.mayManage());
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/roster")
    @PreAuthorize("@access.isBodyWideManager()")
    public String roster(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String staffNumbers,
            @RequestParam(defaultValue = "false") boolean everyoneOwing,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            int added = sessions.addToRoster(id, staffNumbers, everyoneOwing);
            Flash.notice(redirect, "trn.roster.added", added);
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/attendance")
    @PreAuthorize("@access.isBodyWideManager()")
    public String attendance(
            @PathVariable long id,
            @RequestParam(name = "attended", required = false) @Nullable List<Long> attended,
            RedirectAttributes redirect) {
        int count = sessions.recordAttendance(id, new HashSet<>(attended == null ? List.of() : attended));
        Flash.notice(redirect, "trn.attendance.saved", count);
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/attendance/import")
    @PreAuthorize("@access.isBodyWideManager()")
    public String importAttendance(
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
            int count = sessions.importAttendance(id, name == null ? "" : name, file.getBytes());
            Flash.notice(redirect, "trn.attendance.imported", count);
        } catch (InvalidInputException e) {
            Problems.flash(redirect, messages, e, locale);
        }
        return "redirect:/training/sessions/" + id;
    }
}
