package jp.mamori.incident;

import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.Role;

/** Audit event {@code incident.escalated}: the holders of a role were told, along the plan's escalation. */
public record IncidentEscalated(IncidentId incidentId, String actor, int stage, Role role, String personIds)
        implements IncidentEvent {
    static IncidentEscalated of(IncidentId id, Escalation escalation) {
        return new IncidentEscalated(
                id,
                escalation.by(),
                escalation.stage(),
                escalation.role(),
                escalation.people().stream()
                        .map(p -> Long.toString(p.personId()))
                        .collect(Collectors.joining(",")));
    }

    @Override
    public String action() {
        return "incident.escalated";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("stage", stage, "role", role, "personIds", personIds);
    }
}
