package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;

/** A change of an engagement's scope or team after it was written: who, when, why and what changed. */
public record EngagementChange(
        long id, long engagementId, String changedBy, OffsetDateTime changedAt, String reason, String details) {}
