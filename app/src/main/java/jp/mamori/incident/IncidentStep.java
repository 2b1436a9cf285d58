package jp.mamori.incident;

import static jp.mamori.incident.IncidentState.CONTAINED;
import static jp.mamori.incident.IncidentState.ERADICATED;
import static jp.mamori.incident.IncidentState.NOT_AN_INCIDENT;
import static jp.mamori.incident.IncidentState.RECOVERED;
import static jp.mamori.incident.IncidentState.REPORTED;
import static jp.mamori.incident.IncidentState.TRIAGED;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything that can be done to an incident, with the states it may be done in and the state it
 * leads to: the transition table of the response, in one place. Each step is also the kind of its
 * timeline entry.
 */
public enum IncidentStep {
    /** Creates the incident; never allowed on an existing one. */
    REPORT(EnumSet.noneOf(IncidentState.class), REPORTED),
    TRIAGE(EnumSet.of(REPORTED), TRIAGED),
    CONTAIN(EnumSet.of(TRIAGED), CONTAINED),
    ERADICATE(EnumSet.of(CONTAINED), ERADICATED),
    RECOVER(EnumSet.of(ERADICATED), RECOVERED),
    CLOSE(EnumSet.of(RECOVERED), IncidentState.CLOSED),
    /** Once containment has started it was an incident, so this is open only until triage. */
    CLOSE_AS_NOT_AN_INCIDENT(EnumSet.of(REPORTED, TRIAGED), NOT_AN_INCIDENT),
    ADD_NOTE(open(), null),
    ADD_EVIDENCE(open(), null),
    /** Personal-data facts are often learned during the response; the deadlines follow them. */
    REVISE_PERSONAL_DATA(open(), null),
    /** Someone was told of the incident along the emergency response plan's escalation. */
    ESCALATE(open(), null),
    /** A step of the emergency response plan's checklist is done. */
    TICK_CHECKLIST(open(), null),
    /**
     * Severity and priority set again, with a reason, once the incident has been triaged (e.g. more
     * people turn out to be concerned); the response goes on where it was.
     */
    RETRIAGE(EnumSet.of(TRIAGED, CONTAINED, ERADICATED, RECOVERED), null),
    /**
     * A closed incident (or one closed as not an incident) opened again, with a reason: it starts
     * over at REPORTED and is triaged again; its history stays.
     */
    REOPEN(EnumSet.of(IncidentState.CLOSED, NOT_AN_INCIDENT), REPORTED);

    private final Set<IncidentState> from;
    private final @Nullable IncidentState to;

    IncidentStep(Set<IncidentState> from, @Nullable IncidentState to) {
        this.from = from;
        this.to = to;
    }

    private static Set<IncidentState> open() {
        return EnumSet.of(REPORTED, TRIAGED, CONTAINED, ERADICATED, RECOVERED);
    }

    public boolean allowedIn(IncidentState state) {
        return from.contains(state);
    }

    /** The state after taking this step in {@code state}; annotations (notes, evidence …) keep it. */
    IncidentState after(IncidentState state) {
        return to == null ? state : to;
    }

    public String messageKey() {
        return "incident.step." + name();
    }
}
