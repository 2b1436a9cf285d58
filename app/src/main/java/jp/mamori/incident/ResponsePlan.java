package jp.mamori.incident;

import java.util.HashSet;
import java.util.List;

/**
 * The body's emergency response plan (緊急時対応計画) as the incident pages use it: the steps to work
 * through on each incident (a checklist), and from which severity the CISO is told.
 *
 * @param steps the checklist, in the order shown
 * @param cisoFrom the lowest severity that is escalated to the CISO
 */
public record ResponsePlan(List<PlanStep> steps, Severity cisoFrom) {
    public ResponsePlan {
        steps = List.copyOf(steps);
        var keys = new HashSet<String>();
        for (PlanStep step : steps) {
            if (!keys.add(step.key())) {
                throw new IllegalArgumentException("plan step keys must be unique: " + step.key());
            }
        }
    }

    /** The escalation policy of this plan. */
    public EscalationPolicy escalationPolicy() {
        return new EscalationPolicy(cisoFrom);
    }

    /** The plan used until the body saves its own: the usual steps of an incident response. */
    public static ResponsePlan defaults(Severity cisoFrom) {
        return new ResponsePlan(
                List.of(
                        new PlanStep("report-record", IncidentStep.REPORT, "発見した事象と日時を記録した", ""),
                        new PlanStep("triage-scope", IncidentStep.TRIAGE, "影響範囲（システム、情報、人数）を確認した", ""),
                        new PlanStep("triage-ppc", IncidentStep.TRIAGE, "個人情報保護委員会への報告の要否を判断した", ""),
                        new PlanStep("contain-isolate", IncidentStep.CONTAIN, "被害の拡大を防ぐ措置（ネットワークからの切り離し等）をとった", ""),
                        new PlanStep("contain-evidence", IncidentStep.CONTAIN, "ログ等の証跡を保全した", ""),
                        new PlanStep("eradicate-cause", IncidentStep.ERADICATE, "原因を取り除いた", ""),
                        new PlanStep("recover-restore", IncidentStep.RECOVER, "システムと業務を復旧し、正常に動作することを確かめた", ""),
                        new PlanStep("recover-notify", IncidentStep.RECOVER, "本人への通知・公表の要否を判断し、必要な対応をした", ""),
                        new PlanStep("close-report", IncidentStep.CLOSE, "原因と再発防止策をCISOに報告した", "")),
                cisoFrom);
    }
}
