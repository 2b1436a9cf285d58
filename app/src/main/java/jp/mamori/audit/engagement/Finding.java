package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A finding (指摘事項): the unit and measure concerned, what was found, its cause, the severity (one of
 * the body's levels) and the 改善提言 (recommendation); who last edited it, and — once withdrawn — who
 * withdrew it when and why (a withdrawn finding stays, marked, and opens or keeps no action).
 */
public record Finding(
        long id,
        long engagementId,
        String engagementTitle,
        long unitId,
        String unitName,
        String measureId,
        String found,
        String cause,
        String severity,
        String recommendation,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable String updatedBy,
        @Nullable OffsetDateTime updatedAt,
        @Nullable String withdrawnBy,
        @Nullable OffsetDateTime withdrawnAt,
        @Nullable String withdrawReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** The number people use: F-7. */
    public String number() {
        return "F-" + id;
    }
}
