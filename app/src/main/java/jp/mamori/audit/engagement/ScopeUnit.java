package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An audited unit with its response to the draft report (null until it responds). */
public record ScopeUnit(
        long unitId,
        String name,
        @Nullable String response,
        @Nullable String respondedBy,
        @Nullable OffsetDateTime respondedAt) {}
