package jp.mamori.incident;

import jp.mamori.organization.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * Everything the incident page (and the report output) needs about one incident, loaded after the
 * access check.
 *
 * @param unit the reporter's unit (the incident's unit)
 * @param canRespond the signed-in user may triage and take the response steps
 * @param canAnnotate the signed-in user may add notes and evidence
 * @param plan the emergency response plan in force
 * @param assets the reported affected assets, linked to the asset register where it knows them
 */
public record IncidentDetails(
        StoredIncident stored,
        ReportingDecision decision,
        @Nullable UnitSummary unit,
        java.util.List<ChecklistItem> checklist,
        boolean canRespond,
        boolean canAnnotate,
        ResponsePlan plan,
        java.util.List<AffectedAsset> assets) {

    public Incident incident() {
        return stored.incident();
    }

    public String reference() {
        return stored.reference();
    }
}
