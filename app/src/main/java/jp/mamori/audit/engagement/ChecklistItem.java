package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One line of the checklist, generated from a criterion (a measure of the catalogue), with the auditor's result. */
public record ChecklistItem(
        long id,
        int position,
        String measureId,
        String chapter,
        String title,
        @Nullable CheckResult result,
        String note,
        @Nullable String checkedBy,
        @Nullable OffsetDateTime checkedAt) {}
