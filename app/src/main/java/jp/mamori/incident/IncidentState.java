package jp.mamori.incident;

/** Where an incident stands in its response; {@link Incident} explains the lifecycle. */
public enum IncidentState {
    REPORTED,
    TRIAGED,
    CONTAINED,
    ERADICATED,
    RECOVERED,
    CLOSED,
    NOT_AN_INCIDENT;

    /** True for the two end states: nothing more is recorded on the incident. */
    public boolean isClosed() {
        return this == CLOSED || this == NOT_AN_INCIDENT;
    }

    public String messageKey() {
        return "incident.state." + name();
    }
}
