package jp.mamori.incident.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import jp.mamori.incident.CommissionReports;
import jp.mamori.incident.IncidentId;
import jp.mamori.incident.ReportAssets;
import jp.mamori.incident.ReportFacts;
import jp.mamori.incident.ReportSubmission;
import jp.mamori.printing.FontMissingException;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report page of an incident: the report to the 個人情報保護委員会 as it will be printed, the
 * form for the facts only the report needs, and the PDF and Excel downloads. Readable by whoever
 * may read the incident (404 otherwise); the facts are revised by those who respond to it.
 */
@Controller
class CommissionReportPages {
    private final CommissionReports reports;
    private final ReportAssets reportAssets;

    CommissionReportPages(CommissionReports reports, ReportAssets reportAssets) {
        this.reports = reports;
        this.reportAssets = reportAssets;
    }

    /**
     * The report as it will be printed; {@code kind} shows it as the 速報 or the 確報 (default: the 速報
     * until one is recorded as submitted, then the 確報), and the download links keep that choice.
     */
    @GetMapping("/incidents/{id}/report")
    @PreAuthorize(Rights.SIGNED_IN)
    public String show(
            @PathVariable UUID id,
            @RequestParam(required = false) ReportSubmission.Kind kind,
            @RequestParam(required = false) @Nullable String assetQuery,
            @RequestParam(name = "assets", required = false) @Nullable List<String> picked,
            Model model) {
        IncidentId incident = new IncidentId(id);
        ReportAssets.Selection selection =
                picked == null ? reportAssets.selection(incident) : reportAssets.selection(incident, picked);
        assets(model, incident, selection, assetQuery);
        return page(model, incident, ReportFactsForm.of(reports.facts(incident)), kind);
    }

    /**
     * The register search inside the report form: with htmx ({@code HX-Request}) only the list of
     * candidates, otherwise the whole report page with the candidates in the form.
     */
    @GetMapping("/incidents/{id}/report/assets/search")
    @PreAuthorize(Rights.SIGNED_IN)
    public String searchAssets(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String assetQuery,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        IncidentId incident = new IncidentId(id);
        ReportAssets.Selection selection = reportAssets.selection(incident);
        assets(model, incident, selection, assetQuery);
        if (htmx != null) {
            return "incident/report-assets :: candidates";
        }
        return page(model, incident, ReportFactsForm.of(reports.facts(incident)), null);
    }

    /**
     * The assets and facts of the report form: {@code action=suggest} shows the register's suggestion
     * for the picked assets (nothing is saved), {@code action=confirm} links the picked assets and saves
     * the facts as the officer left them.
     */
    @PostMapping("/incidents/{id}/report/assets")
    @PreAuthorize(Rights.SIGNED_IN)
    public String confirmAssets(
            @PathVariable UUID id,
            @RequestParam(name = "assets", required = false) @Nullable List<String> picked,
            @ModelAttribute("facts") IncidentForm facts,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "suggest") String action,
            Model model,
            RedirectAttributes redirect) {
        IncidentId incident = new IncidentId(id);
        List<String> numbers = picked == null ? List.of() : picked;
        if (!"confirm".equals(action)) {
            assets(model, incident, reportAssets.selection(incident, numbers, facts.facts()), null);
            model.addAttribute("assetsSuggested", true);
            return page(model, incident, ReportFactsForm.of(reports.facts(incident)), null);
        }
        try {
            List<String> added = reportAssets.confirm(incident, numbers, facts.facts(), note);
            Flash.notice(redirect, "incident.reportAssets.saved", added.size());
            return "redirect:/incidents/" + id + "/report#report-assets";
        } catch (InvalidInputException e) {
            assets(model, incident, reportAssets.selection(incident, numbers, facts.facts()), null);
            model.addAttribute("assetsProblems", e.problems());
            return page(model, incident, ReportFactsForm.of(reports.facts(incident)), null);
        }
    }

    private void assets(
            Model model, IncidentId incident, ReportAssets.Selection selection, @Nullable String assetQuery) {
        model.addAttribute("selection", selection);
        boolean searching = assetQuery != null && !assetQuery.isBlank() && selection.canPick();
        model.addAttribute("assetQuery", assetQuery == null ? "" : assetQuery);
        model.addAttribute(
                "assetCandidates",
                searching
                        ? reportAssets.search(incident, assetQuery).stream()
                                .filter(a -> selection.linked().stream()
                                        .noneMatch(l -> l.number().equals(a.number())))
                                .filter(a -> selection.picked().stream()
                                        .noneMatch(p -> p.number().equals(a.number())))
                                .toList()
                        : List.of());
        model.addAttribute("assetSearched", searching);
    }

    @PostMapping("/incidents/{id}/report-facts")
    @PreAuthorize(Rights.SIGNED_IN)
    public String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") ReportFactsForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        IncidentId incident = new IncidentId(id);
        try {
            reports.revise(incident, form.facts());
            Flash.notice(redirect, "incident.report.facts.saved");
            return "redirect:/incidents/" + id + "/report";
        } catch (InvalidInputException e) {
            for (InvalidInputException.Problem p : e.problems()) {
                binding.rejectValue(p.field(), p.messageKey(), p.args().toArray(), p.messageKey());
            }
            return page(model, incident, form, null);
        }
    }

    @GetMapping("/incidents/{id}/report.pdf")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> pdf(
            @PathVariable UUID id, @RequestParam(required = false) ReportSubmission.Kind kind) {
        try {
            return download(reports.export(new IncidentId(id), CommissionReports.Format.PDF, "page", kind));
        } catch (FontMissingException e) {
            // the report page says what to install or configure; the Excel file needs no font
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, "/incidents/" + id + "/report")
                    .build();
        }
    }

    @GetMapping("/incidents/{id}/report.xlsx")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> workbook(
            @PathVariable UUID id, @RequestParam(required = false) ReportSubmission.Kind kind) {
        return download(reports.export(new IncidentId(id), CommissionReports.Format.XLSX, "page", kind));
    }

    private String page(Model model, IncidentId incident, ReportFactsForm form, ReportSubmission.@Nullable Kind kind) {
        if (!model.containsAttribute("selection")) {
            assets(model, incident, reportAssets.selection(incident), null);
        }
        model.addAttribute("incidentId", incident.value());
        model.addAttribute("report", reports.report(incident, kind));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ReportSubmission.Kind.values());
        model.addAttribute("form", form);
        model.addAttribute("canRevise", reports.canRevise(incident));
        model.addAttribute("pdfAvailable", reports.pdfAvailable());
        model.addAttribute("textMax", ReportFacts.TEXT_MAX);
        return "incident/report";
    }

    /** A file as an attachment, its name also in UTF-8 for browsers that read it. */
    static ResponseEntity<byte[]> download(CommissionReports.ReportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
