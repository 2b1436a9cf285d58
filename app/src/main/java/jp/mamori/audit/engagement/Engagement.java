package jp.mamori.audit.engagement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One audit (個別監査実施計画 under an annual plan, or a 特命監査 outside it with who ordered it):
 * objective, schedule and state. Its units, systems, contractors (picked from the supplier
 * register), team, checklist, papers and findings are read apart; {@code contractors} is the free text
 * engagements written before the register was linked carry (empty for later ones).
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
