package jp.mamori.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Incidents in the {@code inc_} tables. The incident row holds the report and the current state;
 * the timeline, evidence, escalations and checklist ticks are appended and never changed, so saving
 * an incident writes its row and only the entries not stored yet. Evidence files sit in their own
 * table and are read only for a download.
 */
@Repository
class IncidentRepository {
    private static final String SELECT = """
            select id, reference, reporter_name, title, description, discovered_at, discovered_by, affected_assets, threat,
                   reporter_unit_id, reported_by, reported_at,
                   rp_personal, rp_sensitive, rp_my_number, rp_people, rp_improper_purpose, rp_on_web,
                   rp_financial_harm, rp_encrypted, rp_my_number_systems, rp_ordinance_sensitive,
                   pd_personal, pd_sensitive, pd_my_number, pd_people, pd_improper_purpose, pd_on_web,
                   pd_financial_harm, pd_encrypted, pd_my_number_systems, pd_ordinance_sensitive,
                   state, severity, priority, closure_cause, closure_prevention, not_an_incident_reason
            from inc_incident
            """;
    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident with everything but the evidence files themselves. */
    Optional<StoredIncident> find(IncidentId id) {
        return load(SELECT + " where id = :id", id);
    }

    /** The incident with this 受付番号, if any. */
    Optional<StoredIncident> findByReference(String reference) {
        return jdbc.sql("select id from inc_incident where reference = :r")
                .param("r", reference)
                .query(java.util.UUID.class)
                .optional()
                .flatMap(id -> find(new IncidentId(id)));
    }

    /** As {@link #find}, locking the row until the transaction ends: for a change. */
    Optional<StoredIncident> findForUpdate(IncidentId id) {
        return load(SELECT + " where id = :id for update", id);
    }

    private Optional<StoredIncident> load(String sql, IncidentId id) {
        Optional<Row> row = jdbc.sql(sql)
                .param("id", id.value())
                .query(IncidentRepository::row)
                .optional();
        return row.map(r -> new StoredIncident(
                Incident.restore(
                        r.id(),
                        r.draft(),
                        r.reportedBy(),
                        r.reportedAt(),
                        r.personalData(),
                        r.state(),
                        r.triage(),
                        r.closure(),
                        r.notAnIncidentReason(),
                        timeline(id),
                        evidence(id),
                        escalations(id),
                        checklist(id)),
                r.reference(),
                r.reporterName()));
    }

    /** The incidents matching the filter, newest report first, without their timelines. */
    List<IncidentSummary> summaries(Scope scope, boolean openOnly) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (openOnly) {
            where.add("state not in ('CLOSED', 'NOT_AN_INCIDENT')");
        }
        if (!scope.all()) {
            List<String> any = new ArrayList<>();
            any.add("reported_by = :login");
            params.put("login", scope.login());
            if (!scope.unitIds().isEmpty()) {
                any.add("reporter_unit_id in (:units)");
                params.put("units", scope.unitIds());
            }
            where.add("(" + String.join(" or ", any) + ")");
        }
        String sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by reported_at desc, reference desc";
        return jdbc.sql(sql).params(params).query(IncidentRepository::row).list().stream()
                .map(Row::summary)
                .toList();
    }

    /**
     * Which incidents a list shows: all of them, or those reported by the login plus those of the
     * given units.
     */
    record Scope(boolean all, String login, Collection<Long> unitIds) {
        static Scope everything() {
            return new Scope(true, "", List.of());
        }
    }

    /** The next 受付番号 for the year: {@code 2026-0001}, {@code 2026-0002} … */
    String nextReference(int year) {
        String prefix = year + "-";
        String last = jdbc.sql("select max(reference) from inc_incident where reference like :prefix")
                .param("prefix", prefix + "%")
                .query(String.class)
                .optional()
                .orElse(null);
        int next = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        return prefix + String.format("%04d", next);
    }

    /** Stores a new incident with its first entries. */
    void insert(Incident incident, String reference, String reporterName, Instant now) {
        IncidentDraft draft = incident.report();
        jdbc.sql("""
                        insert into inc_incident (id, reference, reporter_name, title, description, discovered_at, discovered_by,
                            affected_assets, threat, reporter_unit_id, reported_by, reported_at,
                            rp_personal, rp_sensitive, rp_my_number, rp_people, rp_improper_purpose, rp_on_web,
                            rp_financial_harm, rp_encrypted, rp_my_number_systems, rp_ordinance_sensitive,
                            pd_personal, pd_sensitive, pd_my_number, pd_people, pd_improper_purpose, pd_on_web,
                            pd_financial_harm, pd_encrypted, pd_my_number_systems, pd_ordinance_sensitive,
                            state, version, updated_at)
                        values (:id, :reference, :reporterName, :title, :description, :discoveredAt, :discoveredBy,
                            :assets, :threat, :unit, :reportedBy, :reportedAt,
                            :rpPersonal, :rpSensitive, :rpMyNumber, :rpPeople, :rpImproper, :rpWeb,
                            :rpFinancial, :rpEncrypted, :rpSystems, :rpOrdinance,
                            :pdPersonal, :pdSensitive, :pdMyNumber, :pdPeople, :pdImproper, :pdWeb,
                            :pdFinancial, :pdEncrypted, :pdSystems, :pdOrdinance,
                            :state, 0, :now)
                        """)
                .param("id", incident.id().value())
                .param("reference", reference)
                .param("reporterName", reporterName)
                .param("title", draft.title())
                .param("description", draft.description())
                .param("discoveredAt", time(draft.discoveredAt()))
                .param("discoveredBy", draft.discoveredBy())
                .param("assets", String.join("\n", draft.affectedAssets()))
                .param("threat", draft.threat().name())
                .param("unit", draft.reporterUnitId())
                .param("reportedBy", incident.reportedBy())
                .param("reportedAt", time(incident.reportedAt()))
                .params(facts("rp", draft.personalData()))
                .params(facts("pd", incident.personalData()))
                .param("state", incident.state().name())
                .param("now", time(now))
                .update();
        appendNew(incident);
    }

    /** Saves the current state and appends the entries not stored yet. */
    void update(Incident incident, Instant now) {
        int changed = jdbc.sql("""
                        update inc_incident set
                            pd_personal = :pdPersonal, pd_sensitive = :pdSensitive, pd_my_number = :pdMyNumber,
                            pd_people = :pdPeople, pd_improper_purpose = :pdImproper, pd_on_web = :pdWeb,
                            pd_financial_harm = :pdFinancial, pd_encrypted = :pdEncrypted, pd_my_number_systems = :pdSystems,
                            pd_ordinance_sensitive = :pdOrdinance,
                            state = :state, severity = :severity, priority = :priority,
                            closure_cause = :cause, closure_prevention = :prevention,
                            not_an_incident_reason = :notAnIncident,
                            version = version + 1, updated_at = :now
                        where id = :id
                        """)
                .params(facts("pd", incident.personalData()))
                .param("state", incident.state().name())
                .param("severity", incident.severity().map(Severity::level).orElse(null))
                .param(
                        "priority",
                        incident.triage().map(t -> t.priority().name()).orElse(null))
                .param("cause", incident.closure().map(Closure::cause).orElse(null))
                .param(
                        "prevention",
                        incident.closure().map(Closure::recurrencePrevention).orElse(null))
                .param("notAnIncident", incident.notAnIncidentReason().orElse(null))
                .param("now", time(now))
                .param("id", incident.id().value())
                .update();
        if (changed != 1) {
            throw new IllegalStateException("incident not stored: " + incident.id());
        }
        appendNew(incident);
    }

    /** Stores an evidence file; its description must be saved first (with the incident). */
    void storeContent(IncidentId id, String sha256, String contentType, byte[] content) {
        jdbc.sql("insert into inc_evidence_content (incident_id, sha256, content_type, content)"
                        + " values (:id, :sha, :type, :content)")
                .param("id", id.value())
                .param("sha", sha256)
                .param("type", contentType)
                .param("content", content)
                .update();
    }

    Optional<byte[]> content(IncidentId id, String sha256) {
        return jdbc.sql("select content from inc_evidence_content where incident_id = :id and sha256 = :sha")
                .param("id", id.value())
                .param("sha", sha256)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    Optional<String> contentType(IncidentId id, String sha256) {
        return jdbc.sql("select content_type from inc_evidence_content where incident_id = :id and sha256 = :sha")
                .param("id", id.value())
                .param("sha", sha256)
                .query(String.class)
                .optional();
    }

    private void appendNew(Incident incident) {
        UUID id = incident.id().value();
        List<TimelineEntry> timeline = incident.timeline();
        for (int seq = count("inc_timeline", id); seq < timeline.size(); seq++) {
            TimelineEntry entry = timeline.get(seq);
            jdbc.sql("""
                            insert into inc_timeline (incident_id, seq, step, done_by, done_at, note)
                            values (:id, :seq, :step, :by, :at, :note)
                            """)
                    .param("id", id)
                    .param("seq", seq)
                    .param("step", entry.step().name())
                    .param("by", entry.by())
                    .param("at", time(entry.at()))
                    .param("note", entry.note())
                    .update();
        }
        List<Evidence> evidence = incident.evidence();
        for (int seq = count("inc_evidence", id); seq < evidence.size(); seq++) {
            Evidence file = evidence.get(seq);
            jdbc.sql("""
                                insert into inc_evidence (incident_id, seq, file_name, sha256, size_bytes, added_by, added_at)
                                values (:id, :seq, :name, :sha, :size, :by, :at)
                                """)
                    .param("id", id)
                    .param("seq", seq)
                    .param("name", file.fileName())
                    .param("sha", file.sha256())
                    .param("size", file.size())
                    .param("by", file.addedBy())
                    .param("at", time(file.addedAt()))
                    .update();
        }
        List<Escalation> escalations = incident.escalations();
        for (int seq = count("inc_escalation", id); seq < escalations.size(); seq++) {
            Escalation told = escalations.get(seq);
            jdbc.sql("""
                            insert into inc_escalation (incident_id, seq, stage, role, escalated_by, escalated_at)
                            values (:id, :seq, :stage, :role, :by, :at)
                            """)
                    .param("id", id)
                    .param("seq", seq)
                    .param("stage", told.stage())
                    .param("role", told.role().name())
                    .param("by", told.by())
                    .param("at", time(told.at()))
                    .update();
            for (Escalation.Recipient person : told.people()) {
                jdbc.sql("""
                                insert into inc_escalation_recipient (incident_id, seq, person_id, person_name)
                                values (:id, :seq, :person, :name)
                                """)
                        .param("id", id)
                        .param("seq", seq)
                        .param("person", person.personId())
                        .param("name", person.name())
                        .update();
            }
        }
        List<ChecklistTick> ticks = incident.checklist();
        for (int i = count("inc_checklist", id); i < ticks.size(); i++) {
            ChecklistTick tick = ticks.get(i);
            jdbc.sql("""
                            insert into inc_checklist (incident_id, step_key, title, done_by, done_at)
                            values (:id, :key, :title, :by, :at)
                            """)
                    .param("id", id)
                    .param("key", tick.key())
                    .param("title", tick.title())
                    .param("by", tick.by())
                    .param("at", time(tick.at()))
                    .update();
        }
    }

    private int count(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where incident_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private List<TimelineEntry> timeline(IncidentId id) {
        return jdbc.sql("select step, done_by, done_at, note from inc_timeline where incident_id = :id order by seq")
                .param("id", id.value())
                .query((rs, n) -> new TimelineEntry(
                        IncidentStep.valueOf(rs.getString("step")),
                        rs.getString("done_by"),
                        instant(rs, "done_at"),
                        rs.getString("note")))
                .list();
    }

    private List<Evidence> evidence(IncidentId id) {
        return jdbc.sql("""
                        select file_name, sha256, size_bytes, added_by, added_at from inc_evidence
                        where incident_id = :id order by seq
                        """)
                .param("id", id.value())
                .query((rs, n) -> new Evidence(
                        rs.getString("file_name"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        rs.getString("added_by"),
                        instant(rs, "added_at")))
                .list();
    }

    private List<Escalation> escalations(IncidentId id) {
        Map<Integer, List<Escalation.Recipient>> people = new LinkedHashMap<>();
        jdbc.sql("""
                        select seq, person_id, person_name from inc_escalation_recipient
                        where incident_id = :id order by seq, person_name, person_id
                        """).param("id", id.value()).query(rs -> {
            people.computeIfAbsent(rs.getInt("seq"), k -> new ArrayList<>())
                    .add(new Escalation.Recipient(rs.getLong("person_id"), rs.getString("person_name")));
        });
        return jdbc.sql("""
                        select seq, stage, role, escalated_by, escalated_at from inc_escalation
                        where incident_id = :id order by seq
                        """)
                .param("id", id.value())
                .query((rs, n) -> new Escalation(
                        rs.getInt("stage"),
                        Role.valueOf(rs.getString("role")),
                        people.getOrDefault(rs.getInt("seq"), List.of()),
                        rs.getString("escalated_by"),
                        instant(rs, "escalated_at")))
                .list();
    }

    private List<ChecklistTick> checklist(IncidentId id) {
        return jdbc.sql("""
                        select step_key, title, done_by, done_at from inc_checklist
                        where incident_id = :id order by done_at, step_key
                        """)
                .param("id", id.value())
                .query((rs, n) -> new ChecklistTick(
                        rs.getString("step_key"),
                        rs.getString("title"),
                        rs.getString("done_by"),
                        instant(rs, "done_at")))
                .list();
    }

    private static Map<String, Object> facts(String prefix, PersonalData facts) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(prefix + "Personal", facts.personalInformation());
        params.put(prefix + "Sensitive", facts.sensitive());
        params.put(prefix + "MyNumber", facts.myNumber());
        params.put(prefix + "People", facts.approximatePeople());
        params.put(prefix + "Improper", facts.improperPurposeSuspected());
        params.put(prefix + "Web", facts.exposedOnWeb());
        params.put(prefix + "Financial", facts.possibleFinancialHarm());
        params.put(prefix + "Encrypted", facts.stronglyEncrypted());
        params.put(prefix + "Systems", facts.myNumberSystemsInvolved());
        params.put(prefix + "Ordinance", facts.ordinanceSensitiveInvolved());
        return params;
    }

    private static PersonalData facts(ResultSet rs, String prefix) throws SQLException {
        return new PersonalData(
                rs.getBoolean(prefix + "_personal"),
                rs.getBoolean(prefix + "_sensitive"),
                rs.getBoolean(prefix + "_my_number"),
                rs.getInt(prefix + "_people"),
                rs.getBoolean(prefix + "_improper_purpose"),
                rs.getBoolean(prefix + "_on_web"),
                rs.getBoolean(prefix + "_financial_harm"),
                rs.getBoolean(prefix + "_encrypted"),
                rs.getBoolean(prefix + "_my_number_systems"),
                rs.getBoolean(prefix + "_ordinance_sensitive"));
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** The incident row, before the entries are joined. */
    private record Row(
            IncidentId id,
            String reference,
            String reporterName,
            IncidentDraft draft,
            String reportedBy,
            Instant reportedAt,
            PersonalData personalData,
            IncidentState state,
            @Nullable Triage triage,
            @Nullable Closure closure,
            @Nullable String notAnIncidentReason) {
        IncidentSummary summary() {
            return new IncidentSummary(
                    id,
                    reference,
                    reporterName,
                    draft.title(),
                    draft.threat(),
                    state,
                    triage == null ? null : triage.severity(),
                    triage == null ? null : triage.priority(),
                    reportedBy,
                    reportedAt,
                    draft.discoveredAt(),
                    draft.reporterUnitId(),
                    personalData);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String assets = rs.getString("affected_assets");
        int severity = rs.getInt("severity");
        Triage triage =
                rs.wasNull() ? null : new Triage(Severity.of(severity), Priority.valueOf(rs.getString("priority")));
        String cause = rs.getString("closure_cause");
        return new Row(
                new IncidentId(rs.getObject("id", UUID.class)),
                rs.getString("reference"),
                rs.getString("reporter_name"),
                new IncidentDraft(
                        rs.getString("title"),
                        rs.getString("description"),
                        instant(rs, "discovered_at"),
                        rs.getString("discovered_by"),
                        assets.isEmpty() ? List.of() : Arrays.asList(assets.split("\n")),
                        ThreatCategory.valueOf(rs.getString("threat")),
                        facts(rs, "rp"),
                        rs.getLong("reporter_unit_id")),
                rs.getString("reported_by"),
                instant(rs, "reported_at"),
                facts(rs, "pd"),
                IncidentState.valueOf(rs.getString("state")),
                triage,
                cause == null ? null : new Closure(cause, rs.getString("closure_prevention")),
                rs.getString("not_an_incident_reason"));
    }

    /** Today's date in Japan, for the 受付番号's year. */
    static int yearInJapan(Instant at) {
        return LocalDate.ofInstant(at, Incident.JAPAN).getYear();
    }
}
