package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.personal-data-revised}: the personal-data facts changed, and with them
 * possibly the statutory deadlines. */
public record IncidentPersonalDataRevised(IncidentId incidentId, String actor, PersonalData personalData, String note)
        implements IncidentEvent {
    @Override
    public String action() {
        return "incident.personal-data-revised";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("personalData", personalData, "note", note);
    }
}
