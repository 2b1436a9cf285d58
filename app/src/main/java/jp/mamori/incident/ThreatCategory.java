package jp.mamori.incident;

/**
 * The five kinds of threat the basic policy (基本方針 3「対象とする脅威」) plans for; every incident
 * is filed under one. Display names are {@code incident.threat.<NAME>} in the incident bundle.
 */
public enum ThreatCategory {
    /** Cyber attack, intrusion, fraud or theft by insiders: anything done on purpose. */
    INTENTIONAL_ATTACK,
    /** Rule violations, design or program defects, misoperation, misconfiguration, equipment failure. */
    UNINTENTIONAL_ERROR,
    /** Earthquake, lightning, fire … stopping services and work. */
    DISASTER,
    /** Too few staff to run the systems because of a widespread epidemic. */
    EPIDEMIC_STAFF_SHORTAGE,
    /** Knock-on effects of a power, communications or water outage. */
    INFRASTRUCTURE_OUTAGE;

    public String messageKey() {
        return "incident.threat." + name();
    }
}
