package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An audit plan: a 中期監査計画 over several fiscal years, or a 年度監査計画 for one year under it,
 * approved by the CISO or the committee ({@code approver}, fixed when the plan is created); for the
 * committee, {@code decisionId} names the carried decision (議決) it was approved with.
 */
public record AuditPlan(
        long id,
        PlanKind kind,
        String title,
        int yearFrom,
        int yearTo,
        @Nullable Long parentId,
        String content,
        PlanState state,
        PlanApprover approver,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable String submittedBy,
        @Nullable OffsetDateTime submittedAt,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt,
        @Nullable Long decisionId) {

    /** The kind of matter a committee decision about a plan names ({@code committee.Matter}). */
    public static final String MATTER_KIND = "audit-plan";
}
