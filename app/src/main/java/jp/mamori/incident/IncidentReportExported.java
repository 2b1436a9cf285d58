package jp.mamori.incident;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident.report-exported}: someone downloaded the report to the 個人情報保護委員会
 * for an incident, as PDF or Excel. Reports carry personal-data facts, so who took one is recorded.
 *
 * @param format {@code pdf} or {@code xlsx}
 * @param reference the incident's 受付番号
 * @param channel {@code page} or {@code api}
 */
public record IncidentReportExported(
        IncidentId incidentId, String actor, String format, String reference, String channel)
        implements AuditableEvent {
    @Override
    public String action() {
        return "incident.report-exported";
    }

    @Override
    public String subjectType() {
        return "incident";
    }

    @Override
    public String subjectId() {
        return incidentId.toString();
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("format", format, "reference", reference, "channel", channel);
    }
}
