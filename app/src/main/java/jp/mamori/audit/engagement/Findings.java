package jp.mamori.audit.engagement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.audit.AuditEvent.FindingRolledOut;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActions;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of final reports across engagements (the list, the API, the Excel export) and their
 * 横展開: a CISO-level role orders the same check in other units, each of which gets its own
 * corrective action, verified like the finding's own by the engagement's team.
 */
@Service
public class Findings {
    private final EngagementRepository repository;
    private final Engagements engagements;
    private final CorrectiveActions actions;
    private final Directory directory;
    private final AuditSettings settings;
    private final Access access;
    private final ApplicationEventPublisher events;

    Findings(
            EngagementRepository repository,
            Engagements engagements,
            CorrectiveActions actions,
            Directory directory,
            AuditSettings settings,
            Access access,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.engagements = engagements;
        this.actions = actions;
        this.directory = directory;
        this.settings = settings;
        this.access = access;
        this.events = events;
    }

    public boolean mayList() {
        return engagements.mayListFindings();
    }

    /** Findings of final reports the user may see (all for body-wide readers, their units' for managers). */
    @Transactional(readOnly = true)
    public Page<Finding> list(@Nullable String severity, int page, int size) {
        if (!mayList()) {
            throw new NotAllowedException("aud.error.mayNotReadAudit");
        }
        int[] b = Page.bounds(page, size);
        List<Long> units = access.canReadAll()
                ? null
                : directory.units().stream()
                        .map(UnitSummary::id)
                        .filter(access::canManageUnit)
                        .toList();
        String level = severity == null || severity.isBlank() ? null : severity;
        return new Page<>(
                repository.findings(units, level, b[0] * b[1], b[1]),
                b[0],
                b[1],
                repository.countFindings(units, level));
    }

    @Transactional(readOnly = true)
    public Finding finding(long id) {
        Finding f = repository.finding(id).orElseThrow(() -> new NotFoundException("audit-finding", id));
        engagements.engagement(f.engagementId());
        if (!(access.canReadAll() || engagements.onTeam(f.engagementId()) || access.canManageUnit(f.unitId()))) {
            throw new NotAllowedException("aud.error.mayNotReadAudit");
        }
        return f;
    }

    /** The corrective actions of the finding the user may see: its own and those of the 横展開. */
    @Transactional(readOnly = true)
    public List<CorrectiveAction> actionsOf(long id) {
        finding(id);
        return actions.ofFinding(id).stream().filter(actions::mayRead).toList();
    }

    /** The finding's edits and its withdrawal, each with the finding as it read before (its readers). */
    @Transactional(readOnly = true)
    public List<FindingChange> history(long id) {
        finding(id);
        return repository.findingChanges(id);
    }

    /** May order 横展開: a CISO-level role, once the report is final, for a finding not withdrawn. */
    public boolean mayRollOut(Finding f) {
        return !f.withdrawn()
                && access.isBodyWideManager()
                && !access.isAdmin()
                && repository
                        .engagement(f.engagementId(), false)
                        .map(e -> e.state() == EngagementState.FINAL)
                        .orElse(false);
    }

    /** 横展開: one corrective action in each other unit, due {@link AuditSettings#actionDays()} days later. */
    @Transactional
    public int rollOut(long id, List<Long> unitIds) {
        Finding f = finding(id);
        if (!mayRollOut(f)) {
            throw new NotAllowedException("aud.error.mayNotRollOut");
        }
        Set<Long> already = new LinkedHashSet<>();
        actions.ofFinding(id).forEach(a -> already.add(a.unitId()));
        Set<Long> units = new LinkedHashSet<>(unitIds);
        List<Problem> problems = new ArrayList<>();
        if (units.isEmpty()) {
            problems.add(Problem.of("unitIds", "aud.error.noUnits"));
        }
        for (long u : units) {
            var unit = directory.unit(u);
            if (unit.isEmpty()) {
                problems.add(Problem.of("unitIds", "aud.error.unknownUnit", u));
            } else if (already.contains(u)) {
                problems.add(Problem.of(
                        "unitIds", "aud.error.alreadyRolledOut", unit.get().name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate due = engagements.today().plusDays(settings.actionDays());
        for (long u : units) {
            actions.openForFinding(id, u, f.measureId(), "横展開 " + Engagements.title(f), due, true);
        }
        events.publishEvent(new FindingRolledOut(id, Access.currentLogin(), List.copyOf(units)));
        return units.size();
    }
}
