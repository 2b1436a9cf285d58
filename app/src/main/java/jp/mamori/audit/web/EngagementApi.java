package jp.mamori.audit.web;

import java.util.List;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.engagement.ChecklistItem;
import jp.mamori.audit.engagement.ContractorRef;
import jp.mamori.audit.engagement.Engagement;
import jp.mamori.audit.engagement.Engagements;
import jp.mamori.audit.engagement.Finding;
import jp.mamori.audit.engagement.Findings;
import jp.mamori.audit.engagement.ScopeUnit;
import jp.mamori.audit.engagement.TeamMember;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audits} and {@code /api/v1/findings}: read-only and paged, with the same visibility as
 * the pages (working papers are not served; evidence files only on the page).
 */
@RestController
@PreAuthorize("isAuthenticated()")
class EngagementApi {
    private final Engagements engagements;
    private final Findings findings;

    EngagementApi(Engagements engagements, Findings findings) {
        this.engagements = engagements;
        this.findings = findings;
    }

    /**
     * An engagement with its scope (units, system ids, contractors of the supplier register), team,
     * checklist and the findings the user may see (withdrawn ones marked).
     */
    record AuditResource(
            Engagement audit,
            List<ScopeUnit> units,
            List<Long> systems,
            List<ContractorRef> contractors,
            List<TeamMember> team,
            List<ChecklistItem> checklist,
            List<Finding> findings) {}

    /** A finding with the corrective actions the user may see (its own and the 横展開). */
    record FindingResource(Finding finding, List<CorrectiveAction> actions) {}

    @GetMapping("/api/v1/audits")
    public Page<Engagement> audits(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return engagements.list(page, size);
    }

    @GetMapping("/api/v1/audits/{id}")
    public AuditResource audit(@PathVariable long id) {
        return new AuditResource(
                engagements.engagement(id),
                engagements.units(id),
                engagements.systems(id).stream().map(s -> s.id()).toList(),
                engagements.contractors(id),
                engagements.team(id),
                engagements.checklist(id),
                engagements.findings(id));
    }

    @GetMapping("/api/v1/findings")
    public Page<Finding> findings(
            @RequestParam(required = false) @Nullable String severity,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return findings.list(severity, page, size);
    }

    @GetMapping("/api/v1/findings/{id}")
    public FindingResource finding(@PathVariable long id) {
        return new FindingResource(findings.finding(id), findings.actionsOf(id));
    }
}
