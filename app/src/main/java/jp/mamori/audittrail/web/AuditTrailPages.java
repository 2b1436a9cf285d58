package jp.mamori.audittrail.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
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
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
    private final jp.mamori.web.WarekiDates wareki;

    AuditTrailPages(
            AuditEntries entries,
            ChainVerifier verifier,
            EntryTexts texts,
            MessageSource messages,
            ApplicationEventPublisher events,
            java.time.Clock clock,
            jp.mamori.web.WarekiDates wareki) {
        this.wareki = wareki;
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
    String list(
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
     * {@link AuditExport#MAX_ROWS} entries; recorded in the trail with the filter and the count.
     */
    @GetMapping("/audit-trail/export")
    @Transactional
    ResponseEntity<byte[]> export(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult binding,
            @RequestParam(defaultValue = "csv") String format) {
        boolean excel = format.equals("xlsx");
        AuditFilter applied = binding.hasErrors() || filter.periodReversed() ? AuditFilter.none() : filter;
        List<EntryTexts.Shown> shown = texts.show(entries.all(applied, AuditExport.MAX_ROWS));
        List<String> headings = List.of(
                text("auditTrail.column.seq"),
                text("auditTrail.column.time"),
                text("auditTrail.column.actor"),
                text("auditTrail.column.action"),
                text("auditTrail.column.subject"),
                text("auditTrail.column.details"),
                text("auditTrail.export.actionCode"),
                text("auditTrail.export.subjectType"),
                text("auditTrail.export.subjectId"),
                text("auditTrail.export.login"));
        List<List<String>> rows = shown.stream()
                .map(s -> List.of(
                        Long.toString(s.entry().seq()),
                        wareki.dateTime(s.entry().time()),
                        s.who(),
                        s.what(),
                        s.subject(),
                        String.join(
                                "\n",
                                s.details().stream()
                                        .map(d -> d.label().isEmpty() ? d.value() : d.label() + ": " + d.value())
                                        .toList()),
                        s.entry().action(),
                        s.entry().subjectType(),
                        s.entry().subjectId(),
                        s.entry().actor()))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (excel) {
            AuditExport.xlsx(text("auditTrail.heading"), headings, rows, out);
        } else {
            AuditExport.csv(headings, rows, out);
        }
        events.publishEvent(
                AuditTrailEvent.Exported.of(Access.currentLogin(), excel ? "xlsx" : "csv", rows.size(), applied));
        String name = "audit-trail-" + java.time.LocalDate.now(clock) + (excel ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(excel ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** Recomputes the whole chain now and reports the outcome as a flash message. */
    @PostMapping("/audit-trail/verification")
    String verify(RedirectAttributes redirect) {
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
