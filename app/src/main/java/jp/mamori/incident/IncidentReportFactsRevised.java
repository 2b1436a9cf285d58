package jp.mamori.incident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident.report-facts-revised}: the facts kept for the report to the
 * 個人情報保護委員会 (発生日, personal-data items, secondary damage, response to the people,
 * publication …) were changed. The details hold each changed field with its new value (long texts
 * shortened), so the trail shows how the report grew.
 */
public record IncidentReportFactsRevised(IncidentId incidentId, String actor, Map<String, String> details)
        implements AuditableEvent {
    public IncidentReportFactsRevised {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "incident.report-facts-revised";
    }

    @Override
    public String subjectType() {
        return "incident";
    }

    @Override
    public String subjectId() {
        return incidentId.toString();
    }
}
