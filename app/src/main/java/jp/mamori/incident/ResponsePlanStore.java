package jp.mamori.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.shared.Access;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency response plan as stored: every saved version in {@code inc_response_plan} with its
 * steps in {@code inc_response_plan_step}. A save is a draft (案); the CISO's 決裁 puts it in force
 * or returns it (issue 11 point 4, like policy revisions). The newest version in force is the plan
 * in force; until the body has one, it is {@link ResponsePlan#defaults(Severity, int)} with the
 * configured CISO threshold and 速報 day count ({@code mamori.incident.*}). Only body-wide managers
 * save drafts, only the CISO decides; each save and each decision is an audit event.
 */
@Component
public class ResponsePlanStore implements ResponsePlans {
    static final int NOTE_MAX = 500;

    private final JdbcClient jdbc;
    private final IncidentSettings settings;
    private final ApplicationEventPublisher events;
    private final Access access;
    private final FreshSecondFactor secondFactor;

    private final Clock clock;

    ResponsePlanStore(
            JdbcClient jdbc,
            IncidentSettings settings,
            ApplicationEventPublisher events,
            Access access,
            FreshSecondFactor secondFactor,
            Clock clock) {
        this.secondFactor = secondFactor;
        this.clock = clock;
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponsePlan current() {
        return latest().map(ResponsePlanVersion::plan).orElseGet(this::defaults);
    }

    /** The plan in force when none is saved: the default steps with the configured values. */
    public ResponsePlan defaults() {
        int days = Math.max(
                ResponsePlan.PRELIMINARY_DAYS_MIN,
                Math.min(ResponsePlan.PRELIMINARY_DAYS_MAX, settings.reporting().preliminaryReportDays()));
        return ResponsePlan.defaults(settings.escalation().cisoFromSeverity(), days);
    }

    /** The newest version in force, if the body has one. */
    @Transactional(readOnly = true)
    public Optional<ResponsePlanVersion> latest() {
        return jdbc.sql("select max(version) from inc_response_plan where status = 'IN_FORCE'")
                .query(Integer.class)
                .optional()
                .flatMap(this::version);
    }

    /** The draft awaiting the CISO's 決裁, if there is one (there is at most one). */
    @Transactional(readOnly = true)
    public Optional<ResponsePlanVersion> pendingDraft() {
        return jdbc.sql("select max(version) from inc_response_plan where status = 'DRAFT'")
                .query(Integer.class)
                .optional()
                .flatMap(this::version);
    }

    /**
     * The CISO's 決裁 on the draft: approved, it is the plan in force from now on (the next report or
     * triage follows it); returned, it stays in the history only. A note is required when returning.
     * Either decision is confirmed with a fresh code of the CISO's authenticator app ({@code code},
     * checked last, so a refused decision spends no code; a wrong code decides nothing). The CISO may
     * not approve a draft they saved themselves (segregation of duties: another CISO approves it);
     * they may return it, which is how a drafter takes their own draft back.
     */
    @Transactional
    public ResponsePlanVersion decide(
            int version, boolean approve, String note, @Nullable String code, @Nullable String source) {
        if (!access.hasRole(jp.mamori.shared.Role.CISO.name())) {
            throw new NotAllowedException("incident.plan.notApprover");
        }
        ResponsePlanVersion draft = version(version)
                .filter(ResponsePlanVersion::draft)
                .orElseThrow(() -> InvalidInputException.of("version", "incident.plan.error.notDraft"));
        String by = Access.currentLogin();
        if (approve && !mayApprove(draft, by)) {
            throw new NotAllowedException("incident.plan.error.ownDraft");
        }
        String why = note.strip();
        if (!approve && why.isEmpty()) {
            throw InvalidInputException.of("decisionNote", "incident.plan.error.returnNoteRequired");
        }
        if (why.length() > NOTE_MAX) {
            throw InvalidInputException.of("decisionNote", "incident.report.error.tooLong", NOTE_MAX);
        }
        secondFactor.confirm(by, code, source);
        ResponsePlanVersion.Status status =
                approve ? ResponsePlanVersion.Status.IN_FORCE : ResponsePlanVersion.Status.RETURNED;
        int updated = jdbc.sql("""
                        update inc_response_plan set status = :status, decided_by = :by, decided_at = :at,
                          decision_note = :note
                        where version = :version and status = 'DRAFT'""")
                .param("status", status.name())
                .param("by", by)
                .param("at", OffsetDateTime.now(clock))
                .param("note", why)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw InvalidInputException.of("version", "incident.plan.error.notDraft");
        }
        events.publishEvent(new ResponsePlanDecided(draft.version(), by, status.name(), draft.changedBy(), why));
        return version(version).orElseThrow();
    }

    /**
     * Whether this login may approve the draft: not the one who saved it (segregation of duties). The
     * page hides the approve button and says why; {@link #decide} refuses it.
     */
    public static boolean mayApprove(ResponsePlanVersion draft, String login) {
        return !draft.changedBy().equals(login);
    }

    /** Every saved version, newest first. */
    @Transactional(readOnly = true)
    public List<ResponsePlanVersion> history() {
        List<Integer> versions = jdbc.sql("select version from inc_response_plan order by version desc")
                .query(Integer.class)
                .list();
        return versions.stream().map(v -> version(v).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ResponsePlanVersion> version(int version) {
        List<PlanStep> steps = jdbc.sql("""
                        select step_key, phase, title, description from inc_response_plan_step
                        where plan_version = :version order by position""")
                .param("version", version)
                .query((rs, n) -> new PlanStep(
                        rs.getString("step_key"),
                        IncidentStep.valueOf(rs.getString("phase")),
                        rs.getString("title"),
                        rs.getString("description")))
                .list();
        return jdbc.sql("""
                        select version, ciso_from, preliminary_report_days, contacts, note, changed_by, changed_at,
                               status, decided_by, decided_at, decision_note, notify_security_officer,
                               notify_system_administrators
                        from inc_response_plan where version = :version""")
                .param("version", version)
                .query((rs, n) -> new ResponsePlanVersion(
                        rs.getInt("version"),
                        new ResponsePlan(
                                steps,
                                Severity.of(rs.getInt("ciso_from")),
                                rs.getInt("preliminary_report_days"),
                                rs.getString("contacts"),
                                new EscalationMatrix(
                                        rs.getBoolean("notify_security_officer"),
                                        rs.getBoolean("notify_system_administrators"))),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("note"),
                        ResponsePlanVersion.Status.valueOf(rs.getString("status")),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("decided_at", OffsetDateTime.class)
                                        .toInstant(),
                        rs.getString("decision_note") == null ? "" : rs.getString("decision_note")))
                .optional();
    }

    /**
     * Saves the plan as the next version, a draft awaiting the CISO's 決裁 (the plan in force does not
     * change yet). {@code basedOn} is the version in force the editor started from (0 for the
     * defaults): if another version came into force in between, the save is refused so nobody
     * overwrites a change unseen. A save that changes nothing is refused too, and so is a second
     * draft while one awaits its 決裁.
     */
    @Transactional
    public ResponsePlanVersion revise(ResponsePlan plan, int basedOn, String note) {
        if (!access.isBodyWideManager()) {
            throw new NotAllowedException("incident.plan.notAllowed");
        }
        String reason = note.strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("note", "incident.plan.error.noteRequired");
        }
        if (reason.length() > NOTE_MAX) {
            throw InvalidInputException.of("note", "incident.report.error.tooLong", NOTE_MAX);
        }
        Optional<ResponsePlanVersion> latest = latest();
        int newest = latest.map(ResponsePlanVersion::version).orElse(0);
        if (newest != basedOn) {
            throw InvalidInputException.of("basedOn", "incident.plan.error.stale", newest);
        }
        if (pendingDraft().isPresent()) {
            throw InvalidInputException.of(
                    "basedOn",
                    "incident.plan.error.draftPending",
                    pendingDraft().get().version());
        }
        ResponsePlan before = latest.map(ResponsePlanVersion::plan).orElseGet(this::defaults);
        Map<String, String> changes = changes(before, plan);
        if (changes.isEmpty()) {
            throw InvalidInputException.of("note", "incident.plan.error.unchanged");
        }
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from inc_response_plan")
                .query(Integer.class)
                .single();
        String by = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into inc_response_plan
                          (version, ciso_from, preliminary_report_days, contacts, note, changed_by, changed_at, status,
                           notify_security_officer, notify_system_administrators)
                        values (:version, :cisoFrom, :days, :contacts, :note, :by, :at, 'DRAFT', :officer, :admins)""")
                .param("officer", plan.matrix().securityOfficer())
                .param("admins", plan.matrix().systemAdministrators())
                .param("version", version)
                .param("cisoFrom", plan.cisoFrom().level())
                .param("days", plan.preliminaryReportDays())
                .param("contacts", plan.contacts())
                .param("note", reason)
                .param("by", by)
                .param("at", now)
                .update();
        int position = 0;
        for (PlanStep step : plan.steps()) {
            jdbc.sql("""
                            insert into inc_response_plan_step
                              (plan_version, position, step_key, phase, title, description)
                            values (:version, :position, :key, :phase, :title, :description)""")
                    .param("version", version)
                    .param("position", position++)
                    .param("key", step.key())
                    .param("phase", step.phase().name())
                    .param("title", step.title())
                    .param("description", step.description())
                    .update();
        }
        var details = new LinkedHashMap<String, String>();
        details.put("basedOn", Integer.toString(basedOn));
        details.put("note", reason);
        details.put("status", "DRAFT");
        details.putAll(changes);
        events.publishEvent(new ResponsePlanRevised(version, by, details));
        return version(version).orElseThrow();
    }

    /** What differs between two plans, for the audit trail; empty when nothing does. */
    static Map<String, String> changes(ResponsePlan before, ResponsePlan after) {
        var changes = new LinkedHashMap<String, String>();
        if (!before.cisoFrom().equals(after.cisoFrom())) {
            changes.put("cisoFrom", before.cisoFrom() + " → " + after.cisoFrom());
        }
        if (before.preliminaryReportDays() != after.preliminaryReportDays()) {
            changes.put(
                    "preliminaryReportDays", before.preliminaryReportDays() + " → " + after.preliminaryReportDays());
        }
        if (before.matrix().securityOfficer() != after.matrix().securityOfficer()) {
            changes.put(
                    "notifySecurityOfficer",
                    before.matrix().securityOfficer() + " → " + after.matrix().securityOfficer());
        }
        if (before.matrix().systemAdministrators() != after.matrix().systemAdministrators()) {
            changes.put(
                    "notifySystemAdministrators",
                    before.matrix().systemAdministrators() + " → "
                            + after.matrix().systemAdministrators());
        }
        if (!before.contacts().equals(after.contacts())) {
            changes.put("contacts", "changed");
        }
        Map<String, PlanStep> old = before.steps().stream()
                .collect(Collectors.toMap(PlanStep::key, s -> s, (a, b) -> a, LinkedHashMap::new));
        Map<String, PlanStep> now = after.steps().stream()
                .collect(Collectors.toMap(PlanStep::key, s -> s, (a, b) -> a, LinkedHashMap::new));
        String added = keys(now.keySet(), old.keySet());
        String removed = keys(old.keySet(), now.keySet());
        String reworded = now.values().stream()
                .filter(step ->
                        old.containsKey(step.key()) && !old.get(step.key()).equals(step))
                .map(PlanStep::key)
                .collect(Collectors.joining(", "));
        if (!added.isEmpty()) {
            changes.put("stepsAdded", added);
        }
        if (!removed.isEmpty()) {
            changes.put("stepsRemoved", removed);
        }
        if (!reworded.isEmpty()) {
            changes.put("stepsChanged", reworded);
        }
        if (added.isEmpty()
                && removed.isEmpty()
                && !before.steps().stream()
                        .map(PlanStep::key)
                        .toList()
                        .equals(after.steps().stream().map(PlanStep::key).toList())) {
            changes.put("stepsReordered", "true");
        }
        return changes;
    }

    private static String keys(Set<String> these, Set<String> without) {
        return these.stream().filter(key -> !without.contains(key)).collect(Collectors.joining(", "));
    }
}
