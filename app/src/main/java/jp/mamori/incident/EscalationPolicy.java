package jp.mamori.incident;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who hears of an incident, in which order, as the emergency response plan (緊急時対応計画) sets it
 * out: first the 情報セキュリティ管理者 of the reporter's unit, then the 統括情報セキュリティ責任者
 * and CSIRT together, and the CISO once the triage puts the severity at {@code cisoFrom} or higher.
 * Before triage the severity is unknown, so the CISO is not yet involved; the next layer tells the
 * CISO when a triage (or a later one) reaches the threshold. Whenever a report to the
 * 個人情報保護委員会 is due, the CISO is told at once as well, whatever the severity (issue 11 point 4:
 * the 統括 is told at stage 2 in any case).
 *
 * <p>The plan's escalation matrix ({@link EscalationMatrix}) may add, at the first stage, the
 * 情報セキュリティ責任者 of the reporter's unit and the 情報システム管理者 of the affected systems.
 *
 * @param cisoFrom the lowest severity that goes to the CISO (3 by default: serious and critical)
 * @param matrix the optional first-stage rows
 */
public record EscalationPolicy(Severity cisoFrom, EscalationMatrix matrix) {
    public EscalationPolicy(Severity cisoFrom) {
        this(cisoFrom, EscalationMatrix.none());
    }

    /** Serious (3) and critical (4) incidents go to the CISO. */
    public static EscalationPolicy defaults() {
        return new EscalationPolicy(Severity.of(3));
    }

    /** The people to tell, stage by stage, for an incident of the given severity (none before triage). */
    public List<EscalationTarget> targets(@Nullable Severity severity) {
        return targets(severity, false);
    }

    /**
     * The people to tell for an incident of the given severity; when a report is due the CISO is
     * among them whatever the severity (also before triage).
     */
    public List<EscalationTarget> targets(@Nullable Severity severity, boolean reportDue) {
        var targets = new ArrayList<EscalationTarget>();
        targets.add(new EscalationTarget(1, Role.SECURITY_MANAGER, EscalationTarget.Scope.REPORTERS_UNIT));
        if (matrix.securityOfficer()) {
            targets.add(new EscalationTarget(1, Role.SECURITY_OFFICER, EscalationTarget.Scope.REPORTERS_UNIT));
        }
        if (matrix.systemAdministrators()) {
            targets.add(new EscalationTarget(1, Role.SYSTEM_ADMINISTRATOR, EscalationTarget.Scope.AFFECTED_SYSTEMS));
        }
        targets.add(new EscalationTarget(2, Role.CHIEF_SECURITY_OFFICER, EscalationTarget.Scope.BODY));
        targets.add(new EscalationTarget(2, Role.CSIRT, EscalationTarget.Scope.BODY));
        if (reportDue || (severity != null && severity.isAtLeast(cisoFrom))) {
            targets.add(new EscalationTarget(3, Role.CISO, EscalationTarget.Scope.BODY));
        }
        return List.copyOf(targets);
    }

    /** The targets for the incident as it stands. */
    public List<EscalationTarget> targets(Incident incident) {
        return targets(incident.severity().orElse(null));
    }

    /** The targets for the incident as it stands, knowing whether a report is due. */
    public List<EscalationTarget> targets(Incident incident, boolean reportDue) {
        return targets(incident.severity().orElse(null), reportDue);
    }
}
