package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.incident.IncidentEvent.IncidentChecklistTicked;
import jp.mamori.incident.IncidentEvent.IncidentClosed;
import jp.mamori.incident.IncidentEvent.IncidentClosedAsNotAnIncident;
import jp.mamori.incident.IncidentEvent.IncidentContained;
import jp.mamori.incident.IncidentEvent.IncidentEradicated;
import jp.mamori.incident.IncidentEvent.IncidentEscalated;
import jp.mamori.incident.IncidentEvent.IncidentEvidenceAdded;
import jp.mamori.incident.IncidentEvent.IncidentNoteAdded;
import jp.mamori.incident.IncidentEvent.IncidentPersonalDataRevised;
import jp.mamori.incident.IncidentEvent.IncidentRecovered;
import jp.mamori.incident.IncidentEvent.IncidentReported;
import jp.mamori.incident.IncidentEvent.IncidentTriaged;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A security incident, from the report to its closure, following the response of the guideline and
 * the body's emergency response plan (緊急時対応計画).
 *
 * <h2>Lifecycle</h2>
 *
 * <pre>
 * REPORTED ─triage→ TRIAGED ─contain→ CONTAINED ─eradicate→ ERADICATED ─recover→ RECOVERED ─close→ CLOSED
 *    │                 │                                                                      │
 *    └─────────────────┴─closeAsNotAnIncident→ NOT_AN_INCIDENT ─────reopen (reason)→ REPORTED ←┘
 * </pre>
 *
 * <ul>
 *   <li>Anyone signed in {@linkplain #report reports} what they saw; the incident starts REPORTED.
 *   <li>{@linkplain #triage Triage} (usually by CSIRT) confirms that it is an incident and sets its
 *       severity (1–4) and priority. What is not an incident is {@linkplain #closeAsNotAnIncident
 *       closed as such}, with a reason, before or right after triage; once containment has started,
 *       it was an incident.
 *   <li>The response then runs in order: {@linkplain #contain contain} the damage, {@linkplain
 *       #eradicate eradicate} the cause, {@linkplain #recover recover} the systems and work, and
 *       {@linkplain #close close} with the cause and the recurrence-prevention measures. No step is
 *       skipped: for a disaster or an outage, "eradicated" means the cause is gone (power is back).
 *   <li>Until it is closed, notes, evidence and revised personal-data facts can be added in any
 *       state. Once triaged, it may be {@linkplain #retriage triaged again} with a reason (new severity
 *       and priority, the response goes on). A closed incident takes nothing more until it is
 *       {@linkplain #reopen reopened} with a reason: it starts over at REPORTED, to be triaged again,
 *       and keeps its whole history.
 * </ul>
 *
 * <p>Every step checks that the current state allows it ({@link IncidentStep} holds the table) and
 * throws {@link StepNotAllowedException} otherwise, appends a {@link TimelineEntry} (who, when,
 * note), and records an {@link IncidentEvent}. Times on the timeline never go backwards. The
 * aggregate keeps its events until the next layer has published them ({@link #events()}, {@link
 * #clearEvents()}).
 *
 * <p>Whether the breach must be reported to the 個人情報保護委員会, and by when, follows from the
 * personal-data facts and the day of discovery: {@link #reportingDecision(ReportingRules)}.
 */
public final class Incident {
    /** Statutory deadlines count in days in Japan, whatever the server's time zone. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final IncidentId id;
    private final IncidentDraft report;
    private final String reportedBy;
    private final Instant reportedAt;
    private PersonalData personalData;
    private IncidentState state = IncidentState.REPORTED;
    private @Nullable Triage triage;
    private @Nullable Closure closure;
    private @Nullable String notAnIncidentReason;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<ChecklistTick> checklist = new ArrayList<>();
    private final List<IncidentEvent> events = new ArrayList<>();

    private Incident(IncidentId id, IncidentDraft report, String reportedBy, Instant reportedAt) {
        this.id = id;
        this.report = report;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.personalData = report.personalData();
    }

    /** A new incident, REPORTED by {@code by} at {@code at}. */
    public static Incident report(IncidentId id, IncidentDraft draft, String by, Instant at, String note) {
        if (draft.discoveredAt().isAfter(at)) {
            throw InvalidInputException.of("discoveredAt", "incident.error.discoveredAfterReport");
        }
        var incident = new Incident(id, draft, by, at);
        incident.timeline.add(new TimelineEntry(IncidentStep.REPORT, by, at, note));
        incident.events.add(new IncidentReported(
                id, by, draft.title(), draft.threat(), draft.discoveredAt(), draft.reporterUnitId()));
        return incident;
    }

    /**
     * Rebuilds a stored incident exactly as it was saved, without checks or events: only the
     * repository calls this, with what an earlier {@link #report} and its steps produced.
     */
    static Incident restore(
            IncidentId id,
            IncidentDraft report,
            String reportedBy,
            Instant reportedAt,
            PersonalData personalData,
            IncidentState state,
            @Nullable Triage triage,
            @Nullable Closure closure,
            @Nullable String notAnIncidentReason,
            List<TimelineEntry> timeline,
            List<Evidence> evidence,
            List<Escalation> escalations,
            List<ChecklistTick> checklist) {
        if (timeline.isEmpty() || timeline.get(0).step() != IncidentStep.REPORT) {
            throw new IllegalStateException("a stored incident's timeline starts with its report: " + id);
        }
        var incident = new Incident(id, report, reportedBy, reportedAt);
        incident.personalData = personalData;
        incident.state = state;
        incident.triage = triage;
        incident.closure = closure;
        incident.notAnIncidentReason = notAnIncidentReason;
        incident.timeline.addAll(timeline);
        incident.evidence.addAll(evidence);
        incident.escalations.addAll(escalations);
        incident.checklist.addAll(checklist);
        return incident;
    }

    /** Confirms it is an incident and sets how serious and how urgent it is. */
    public void triage(Triage verdict, String by, Instant at, String note) {
        take(IncidentStep.TRIAGE, by, at, note);
        this.triage = verdict;
        events.add(new IncidentTriaged(id, by, verdict.severity(), verdict.priority(), note));
    }

    /**
     * Sets severity and priority again once the incident has been triaged; the reason is required
     * and the state stays.
     */
    public void retriage(Triage verdict, String by, Instant at, String reason) {
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", "incident.error.required");
        }
        Triage before = triage;
        take(IncidentStep.RETRIAGE, by, at, reason.strip());
        this.triage = verdict;
        events.add(new IncidentEvent.IncidentRetriaged(
                id,
                by,
                before == null ? "" : before.severity().toString(),
                verdict.severity(),
                before == null ? "" : before.priority().name(),
                verdict.priority(),
                reason.strip()));
    }

    /**
     * Opens a closed incident again (or one closed as not an incident), with a reason: it returns to
     * REPORTED and is triaged again; the closure is set aside (it stays in the timeline and the trail).
     */
    public void reopen(String reason, String by, Instant at) {
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", "incident.error.required");
        }
        IncidentState before = state;
        take(IncidentStep.REOPEN, by, at, reason.strip());
        this.closure = null;
        this.notAnIncidentReason = null;
        this.triage = null;
        events.add(new IncidentEvent.IncidentReopened(id, by, before, reason.strip()));
    }

    /** The damage no longer spreads. */
    public void contain(String by, Instant at, String note) {
        take(IncidentStep.CONTAIN, by, at, note);
        events.add(new IncidentContained(id, by, note));
    }

    /** The cause is removed. */
    public void eradicate(String by, Instant at, String note) {
        take(IncidentStep.ERADICATE, by, at, note);
        events.add(new IncidentEradicated(id, by, note));
    }

    /** Systems and work are back to normal. */
    public void recover(String by, Instant at, String note) {
        take(IncidentStep.RECOVER, by, at, note);
        events.add(new IncidentRecovered(id, by, note));
    }

    /** Closes a recovered incident with its cause and the measures against recurrence. */
    public void close(Closure closing, String by, Instant at, String note) {
        take(IncidentStep.CLOSE, by, at, note);
        this.closure = closing;
        events.add(new IncidentClosed(id, by, closing.cause(), closing.recurrencePrevention(), note));
    }

    /** Closes what was reported because it is not an incident; the reason is required. */
    public void closeAsNotAnIncident(String reason, String by, Instant at) {
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", "incident.error.required");
        }
        take(IncidentStep.CLOSE_AS_NOT_AN_INCIDENT, by, at, reason);
        this.notAnIncidentReason = reason.strip();
        events.add(new IncidentClosedAsNotAnIncident(id, by, reason.strip()));
    }

    public void addNote(String note, String by, Instant at) {
        if (note.isBlank()) {
            throw InvalidInputException.of("note", "incident.error.required");
        }
        take(IncidentStep.ADD_NOTE, by, at, note);
        events.add(new IncidentNoteAdded(id, by, note.strip()));
    }

    /** Adds a preserved file. The same content (same SHA-256) is kept once. */
    public void addEvidence(Evidence file) {
        if (evidence.stream().anyMatch(existing -> existing.sha256().equals(file.sha256()))) {
            throw InvalidInputException.of("file", "incident.error.evidence.duplicate");
        }
        take(IncidentStep.ADD_EVIDENCE, file.addedBy(), file.addedAt(), file.fileName());
        evidence.add(file);
        events.add(new IncidentEvidenceAdded(id, file.addedBy(), file.fileName(), file.sha256(), file.size()));
    }

    /**
     * Records that the holders of a role were told, as the escalation of the emergency response
     * plan asks; {@code note} is the timeline's wording (stage, role, names).
     */
    public void escalate(Escalation told, String note) {
        take(IncidentStep.ESCALATE, told.by(), told.at(), note);
        escalations.add(told);
        events.add(IncidentEscalated.of(id, told));
    }

    /** Ticks a step of the emergency response plan; each step once. */
    public void tick(PlanStep step, String by, Instant at) {
        if (checklist.stream().anyMatch(done -> done.key().equals(step.key()))) {
            throw InvalidInputException.of("step", "incident.error.checklist.alreadyDone");
        }
        take(IncidentStep.TICK_CHECKLIST, by, at, step.title());
        checklist.add(new ChecklistTick(step.key(), step.title(), by, at));
        events.add(new IncidentChecklistTicked(id, by, step.key(), step.title()));
    }

    /** Replaces the personal-data facts with what is known now; the deadlines follow. */
    public void revisePersonalData(PersonalData facts, String by, Instant at, String note) {
        take(IncidentStep.REVISE_PERSONAL_DATA, by, at, note);
        this.personalData = facts;
        events.add(new IncidentPersonalDataRevised(id, by, facts, note));
    }

    /** Whether a report to the 個人情報保護委員会 is due for this incident, why, and by when. */
    public ReportingDecision reportingDecision(ReportingRules rules) {
        return rules.decide(personalData, discoveredOn());
    }

    /** The day of discovery in Japan: the statutory periods count from it. */
    public LocalDate discoveredOn() {
        return LocalDate.ofInstant(report.discoveredAt(), JAPAN);
    }

    private void take(IncidentStep step, String by, Instant at, String note) {
        if (!step.allowedIn(state)) {
            throw new StepNotAllowedException(state, step);
        }
        if (at.isBefore(timeline.get(timeline.size() - 1).at())) {
            throw InvalidInputException.of("at", "incident.error.timeline.beforeLast");
        }
        timeline.add(new TimelineEntry(step, by, at, note));
        state = step.after(state);
    }

    public IncidentId id() {
        return id;
    }

    /** What was reported, as reported (the personal-data facts may have been revised since). */
    public IncidentDraft report() {
        return report;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public ThreatCategory threat() {
        return report.threat();
    }

    /** The personal-data facts as known now. */
    public PersonalData personalData() {
        return personalData;
    }

    public IncidentState state() {
        return state;
    }

    public Optional<Triage> triage() {
        return Optional.ofNullable(triage);
    }

    public Optional<Severity> severity() {
        return triage().map(Triage::severity);
    }

    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    public Optional<String> notAnIncidentReason() {
        return Optional.ofNullable(notAnIncidentReason);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    /** Who was told, in order. */
    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    /** The plan's steps ticked so far, in order. */
    public List<ChecklistTick> checklist() {
        return List.copyOf(checklist);
    }

    /** The events recorded since the last {@link #clearEvents()}, oldest first. */
    public List<IncidentEvent> events() {
        return List.copyOf(events);
    }

    /** Called by the layer that published the events. */
    public void clearEvents() {
        events.clear();
    }
}
