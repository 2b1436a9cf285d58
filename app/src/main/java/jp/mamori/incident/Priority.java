package jp.mamori.incident;

/**
 * How urgently the response team works on an incident, set at triage next to the severity: a minor
 * incident can still be urgent (a deadline to the 個人情報保護委員会 is running).
 */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH;

    public String messageKey() {
        return "incident.priority." + name();
    }
}
