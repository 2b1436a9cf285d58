package jp.mamori.audittrail;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail for administrators and auditors: filtered, paged on the server, newest first. */
@Controller
@PreAuthorize("@access.canReadAuditTrail()")
class AuditTrailController {
    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final ChainVerifier verifier;
    private final JsonMapper json;

    AuditTrailController(AuditEntries entries, ChainVerifier verifier, JsonMapper json) {
        this.entries = entries;
        this.verifier = verifier;
        this.json = json;
    }

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
        EntryPage result = entries.find(applied, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream().map(this::row).toList());
        return "audittrail/list";
    }

    /** Recomputes the whole chain now and reports the outcome as a flash message. */
    @PostMapping("/audit-trail/verification")
    String verify(RedirectAttributes redirect) {
        Verification result = verifier.verify();
        if (result instanceof Verification.Intact intact) {
            redirect.addFlashAttribute("notice", "auditTrail.verify.intact");
            redirect.addFlashAttribute("noticeArgs", new Object[] {intact.entries()});
        } else if (result instanceof Verification.Broken broken) {
            redirect.addFlashAttribute("alert", "auditTrail.verify.broken");
            redirect.addFlashAttribute("alertArgs", new Object[] {broken.seq()});
        }
        return "redirect:/audit-trail";
    }

    /** An entry with its details parsed for display (key → value, sorted). */
    record Row(Entry entry, Map<String, String> details) {}

    private Row row(Entry entry) {
        Map<String, String> details;
        try {
            details = new TreeMap<>(json.readValue(entry.details(), new TypeReference<Map<String, String>>() {}));
        } catch (RuntimeException e) {
            // a tampered or hand-edited row still shows, as its raw text
            details = Map.of("", entry.details());
        }
        return new Row(entry, details);
    }
}
