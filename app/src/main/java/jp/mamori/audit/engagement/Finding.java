package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;

/**
 * A finding (指摘事項): the unit and measure concerned, what was found, its cause, the severity (one of
 * the body's levels) and the 改善提言 (recommendation).
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
        OffsetDateTime createdAt) {

    /** The number people use: F-7. */
    public String number() {
        return "F-" + id;
    }
}
