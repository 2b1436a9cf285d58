package jp.mamori.incident;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as the pages and the API hand it to the service, before the reporter's unit is known.
 *
 * @param unitId only for an account without a person record; a person reports for their own unit
 * @param note the reporter's first timeline note (may be empty)
 */
public record ReportRequest(
        String title,
        String description,
        Instant discoveredAt,
        String discoveredBy,
        List<String> affectedAssets,
        ThreatCategory threat,
        PersonalData personalData,
        @Nullable Long unitId,
        String note) {

    IncidentDraft draft(long reporterUnitId) {
        return new IncidentDraft(
                title, description, discoveredAt, discoveredBy, affectedAssets, threat, personalData, reporterUnitId);
    }
}
