package jp.mamori.training;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The training plan of one 年度 (April to March).
 *
 * @param approvalBy {@code CISO}, or {@code COMMITTEE} when the body has its committee decide
 * @param decisionRef when the committee decided: the decision's id or number as text (a hook for the
 *     committee module's 議決), else null
 */
public record TrainingPlan(
        long id,
        int fiscalYear,
        String title,
        String summary,
        boolean approved,
        String approvalBy,
        @Nullable String decisionRef,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt) {}
