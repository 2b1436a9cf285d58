package jp.mamori.training;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The training plan of one 年度 (April to March).
 *
 * @param approvalBy {@code CISO}, or {@code COMMITTEE} when the body had its committee decide when the
 *     plan was written ({@code mamori.training.plan-approval}); fixed with the plan
 * @param decisionId when the committee approved it: the carried decision (議決) the approval rests on
 * @param decisionRef that decision's number as it read at the approval (令和8年度第3号); for plans
 *     approved before decisions were linked, the text entered then; else null
 */
public record TrainingPlan(
        long id,
        int fiscalYear,
        String title,
        String summary,
        boolean approved,
        String approvalBy,
        @Nullable Long decisionId,
        @Nullable String decisionRef,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt) {

    /** The kind of matter a committee decision about a plan names ({@code committee.Matter}). */
    public static final String MATTER_KIND = "training-plan";

    /** True when the committee approves this plan (its approval needs a carried decision). */
    public boolean byCommittee() {
        return "COMMITTEE".equals(approvalBy);
    }

    /** The plan's page, where a decision about it links back to. */
    public String path() {
        return "/training?year=" + fiscalYear;
    }
}
