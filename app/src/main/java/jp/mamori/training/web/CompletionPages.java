package jp.mamori.training.web;

import jp.mamori.training.Completions;
import jp.mamori.training.Courses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Completion of a 年度: by unit, category and course, the people still missing, and its Excel file. */
@Controller
@PreAuthorize("isAuthenticated()")
class CompletionPages {
    private final Completions completions;
    private final Courses courses;

    CompletionPages(Completions completions, Courses courses) {
        this.completions = completions;
        this.courses = courses;
    }

    @GetMapping("/training/completions")
    @PreAuthorize(Rights.READ)
    public String overview(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long course,
            Model model) {
        int y = year == null ? courses.currentYear() : year;
        model.addAttribute("overview", completions.overview(y, course));
        model.addAttribute(
                "courses",
                courses.courses(y).stream().filter(c -> c.published()).toList());
        model.addAttribute("today", courses.today());
        return "training/completions";
    }

    @GetMapping("/training/completions/export")
    @PreAuthorize(Rights.READ)
    public ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long course) {
        int y = year == null ? courses.currentYear() : year;
        return Downloads.attachment(
                completions.workbook(y, course), "training-completions-" + y + ".xlsx", Downloads.XLSX);
    }
}
