package jp.mamori.audittrail.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import jp.mamori.audittrail.AuditEntries;
import jp.mamori.audittrail.AuditExport;
import jp.mamori.audittrail.AuditFilter;
import jp.mamori.audittrail.AuditTrailEvent;
import jp.mamori.audittrail.ChainVerifier;
import jp.mamori.audittrail.Entry;
import jp.mamori.audittrail.Verification;
import jp.mamori.shared.Access;
import jp.mamori.shared.Page;
import jp.mamori.web.form.Flash;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit trail for administrators and auditors: each entry in words (what, to what, by whom,
 * with a link), filtered by person, kind of event, kind of thing and its id, and period — in SQL,
 * paged, newest first — and exported as CSV or Excel with the same filter (the export itself is an
 * entry of the trail).
 */
@Controller
@PreAuthorize("@access.canReadAuditTrail()")
class AuditTrailPages {
    static final int PAGE_SIZE = 50;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditEntries entries;
    private final ChainVerifier verifier;
    private final EntryTexts texts;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final AuditTrailExporter exporter;

    AuditTrailPages(
            AuditEntries entries,
            ChainVerifier verifier,
            EntryTexts texts,
            MessageSource messages,
            ApplicationEventPublisher events,
            java.time.Clock clock,
            AuditTrailExporter exporter) {
        this.exporter = exporter;
        this.entries = entries;
        this.verifier = verifier;
        this.texts = texts;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** One choice of a filter list: the stored code and its text. */
    record Choice(String code, String text) {}

    @GetMapping("/audit-trail")
    public String list(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult binding,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (filter.periodReversed()) {
            binding.rejectValue("to", "auditTrail.filter.periodReversed");
        }
        AuditFilter applied = binding.hasErrors() ? AuditFilter.none() : filter;
        Page<Entry> result = entries.find(applied, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", texts.show(result.items()));
        model.addAttribute(
                "actors",
                entries.distinct("actor").stream()
                        .map(a -> new Choice(a, texts.who(a)))
                        .toList());
        model.addAttribute(
                "actions",
                entries.distinct("action").stream()
                        .map(a -> new Choice(a, texts.actionText(a)))
                        .toList());
        model.addAttribute(
                "subjectTypes",
                entries.distinct("subject_type").stream()
                        .map(t -> new Choice(t, texts.subjectText(t)))
                        .toList());
        return "audittrail/list";
    }

    /**
     * The filtered list as a file ({@code format=csv} or {@code xlsx}), newest first, at most
     * {@link AuditExport#MAX_ROWS} entries, written to the response as the entries are read (never
     * built whole in memory); recorded in the trail with the filter and the count before the first
     * row goes out, so that an export broken off midway is recorded too.
     */
    @GetMapping("/audit-trail/export")
    public void export(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult binding,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        boolean excel = format.equals("xlsx");
        AuditFilter applied = binding.hasErrors() || filter.periodReversed() ? AuditFilter.none() : filter;
        AuditTrailExporter.Extent extent = exporter.extent(applied);
        events.publishEvent(AuditTrailEvent.Exported.of(
                Access.currentLogin(), excel ? "xlsx" : "csv", (int) extent.count(), applied));

        String name = "audit-trail-" + java.time.LocalDate.now(clock) + (excel ? ".xlsx" : ".csv");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        response.setContentType(excel ? XLSX.toString() : "text/csv;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        try (AuditExport.Rows rows = excel
                ? AuditExport.xlsx(text("auditTrail.heading"), exporter.headings(), out)
                : AuditExport.csv(exporter.headings(), out)) {
            exporter.write(applied, extent, rows);
        }
    }

    /** Recomputes the whole chain now and reports the outcome as a flash message. */
    @PostMapping("/audit-trail/verification")
    public String verify(RedirectAttributes redirect) {
        Verification result = verifier.verify();
        if (result instanceof Verification.Intact intact) {
            Flash.notice(redirect, "auditTrail.verify.intact", intact.entries());
        } else if (result instanceof Verification.Broken broken) {
            Flash.alert(redirect, "auditTrail.verify.broken", broken.seq());
        }
        return "redirect:/audit-trail";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
