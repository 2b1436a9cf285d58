package jp.mamori.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.reporting.YearlyReport;
import jp.mamori.reporting.YearlyReport.Format;
import jp.mamori.reporting.YearlyReports;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly reports to the 情報セキュリティ委員会: the list of kept reports with their hashes, the form
 * that generates a new version, and the downloads (exactly the kept bytes).
 */
@Controller
class YearlyReportPages {
    private final YearlyReports reports;

    YearlyReportPages(YearlyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/yearly-reports")
    @PreAuthorize("@yearlyReports.mayUse()")
    public String list(Model model) {
        model.addAttribute("reports", reports.list());
        if (!model.containsAttribute("fiscalYear")) {
            int year = reports.suggestedFiscalYear();
            model.addAttribute("fiscalYear", year);
            LocalDate last = LocalDate.of(year + 1, 3, 31);
            LocalDate today = reports.today();
            model.addAttribute("asOf", last.isBefore(today) ? last : today);
            model.addAttribute("issuesNextYear", "");
        }
        return "reporting/yearly";
    }

    @PostMapping("/yearly-reports")
    @PreAuthorize("@yearlyReports.mayUse()")
    public String generate(
            @RequestParam int fiscalYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(defaultValue = "") String issuesNextYear,
            RedirectAttributes redirect) {
        try {
            YearlyReport report = reports.generate(fiscalYear, asOf, issuesNextYear);
            Flash.notice(redirect, "yearly.generated", report.version());
            return "redirect:/yearly-reports#report-" + report.id();
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
            redirect.addFlashAttribute("fiscalYear", fiscalYear);
            redirect.addFlashAttribute("asOf", asOf);
            redirect.addFlashAttribute("issuesNextYear", issuesNextYear);
            return "redirect:/yearly-reports";
        }
    }

    @GetMapping("/yearly-reports/{id}/{format:pdf|xlsx}")
    @PreAuthorize("@yearlyReports.mayUse()")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        Format f = Format.of(format);
        if (f == null) {
            throw new NotFoundException("yearly-report-format", format);
        }
        return file(reports.file(id, f));
    }

    static ResponseEntity<byte[]> file(YearlyReport.File file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.sha256())
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .body(file.bytes());
    }
}
