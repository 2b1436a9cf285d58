package jp.mamori.audit.engagement;

import java.util.List;
import jp.mamori.committee.DecisionMatters;
import jp.mamori.committee.Matter;
import jp.mamori.shared.Wareki;
import org.springframework.stereotype.Component;

/**
 * The audit plans submitted for the committee's approval (mamori.audit.plan-approver: COMMITTEE),
 * offered to the committee as matters to decide (kind {@value AuditPlan#MATTER_KIND}).
 */
@Component
class AuditPlanMatters implements DecisionMatters {
    private final AuditPlans plans;

    AuditPlanMatters(AuditPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<Matter> awaiting() {
        return plans.awaitingCommittee().stream()
                .map(p -> new Matter(
                        AuditPlan.MATTER_KIND,
                        p.id(),
                        (p.kind() == PlanKind.ANNUAL ? "年度監査計画" : "中期監査計画") + "「" + p.title() + "」（"
                                + Wareki.fiscalYear(p.yearFrom(), java.util.Locale.JAPANESE)
                                + (p.yearTo() == p.yearFrom()
                                        ? ""
                                        : "～" + Wareki.fiscalYear(p.yearTo(), java.util.Locale.JAPANESE))
                                + "）",
                        "/audits/plans/" + p.id()))
                .toList();
    }
}
