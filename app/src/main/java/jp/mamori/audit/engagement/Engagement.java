package jp.mamori.audit.engagement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One audit (個別監査実施計画 under an annual plan, or a 特命監査 outside it with who ordered it):
 * objective, contractors in scope (free text until there is a contractor register), schedule and
 * state. Its units, systems, team, checklist, papers and findings are read apart.
 */
public record Engagement(
        long id,
        @Nullable Long planId,
        boolean special,
        String orderedBy,
        String title,
        String objective,
        String contractors,
        LocalDate startDate,
        LocalDate endDate,
        EngagementState state,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime draftAt,
        @Nullable String finalBy,
        @Nullable OffsetDateTime finalAt) {

    /** The number people use: AU-3. */
    public String number() {
        return "AU-" + id;
    }
}
