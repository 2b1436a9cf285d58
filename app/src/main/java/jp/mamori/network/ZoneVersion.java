package jp.mamori.network;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One version of the zone model: its number, state, the model as netcheck's zone file (without the
 * register's exceptions) and its SHA-256, who wrote, submitted and decided it, and when.
 */
public record ZoneVersion(
        long id,
        int number,
        ZoneVersionState state,
        String content,
        String sha256,
        String note,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        @Nullable String submittedBy,
        @Nullable OffsetDateTime submittedAt,
        @Nullable String decidedBy,
        @Nullable OffsetDateTime decidedAt,
        @Nullable String decision) {}
