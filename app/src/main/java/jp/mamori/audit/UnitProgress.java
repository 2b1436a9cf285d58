package jp.mamori.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** How far one unit is with a campaign: questions, answers, submission. */
public record UnitProgress(
        long unitId,
        String unitCode,
        String unitName,
        int questions,
        int answered,
        int notImplemented,
        @Nullable String submittedBy,
        @Nullable OffsetDateTime submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Answered share in whole percent (100 for a unit without questions). */
    public int percent() {
        return questions == 0 ? 100 : answered * 100 / questions;
    }
}
