package jp.mamori.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.mamori.audit.engagement.AuditWorkbooks;
import jp.mamori.audit.engagement.Finding;
import jp.mamori.audit.engagement.Findings;
import jp.mamori.organization.Directory;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

/** Findings of final reports: the list with the Excel export, one finding with its actions and the 横展開. */
@Controller
@PreAuthorize("isAuthenticated()")
class FindingPages {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Findings findings;
    private final AuditWorkbooks workbooks;
    private final Directory directory;
    private final MessageSource messages;

    FindingPages(Findings findings, AuditWorkbooks workbooks, Directory directory, MessageSource messages) {
        this.findings = findings;
        this.workbooks = workbooks;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/findings")
    public String list(
            @RequestParam(required = false) @Nullable String severity,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", findings.list(severity, page, SelfInspectionPages.PAGE_SIZE));
        model.addAttribute("severity", severity);
        return "audit/findings";
    }

    @GetMapping("/findings/export.xlsx")
    public ResponseEntity<byte[]> export() {
        return xlsx("指摘事項一覧.xlsx", workbooks.findings());
    }

    @GetMapping("/corrective-actions/export.xlsx")
    public ResponseEntity<byte[]> exportActions() {
        return xlsx("改善措置一覧.xlsx", workbooks.actions());
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(body);
    }

    @GetMapping("/findings/{id}")
    public String show(@PathVariable long id, Model model) {
        Finding finding = findings.finding(id);
        model.addAttribute("finding", finding);
        model.addAttribute("actions", findings.actionsOf(id));
        model.addAttribute("history", findings.history(id));
        boolean mayRollOut = findings.mayRollOut(finding);
        model.addAttribute("mayRollOut", mayRollOut);
        model.addAttribute("units", mayRollOut ? directory.units() : List.of());
        return "audit/finding";
    }

    @PostMapping("/findings/{id}/rollout")
    public String rollOut(
            @PathVariable long id,
            @RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/findings/" + id,
                Steps.everyProblem(messages, locale),
                () -> Steps.notice(
                        "aud.finding.rolledOut", findings.rollOut(id, unitIds == null ? List.of() : unitIds)));
    }
}
