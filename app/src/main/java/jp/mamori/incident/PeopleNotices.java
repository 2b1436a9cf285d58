package jp.mamori.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 本人への通知 recorded as the regime requires ({@link NoticeDuty}): those who respond to the incident
 * record each wave (told, replaced by another measure, or — 行政機関等 only — withheld for 不開示情報),
 * only while a report is due; records are appended to {@code inc_people_notice} and each is the audit
 * event {@code incident.people-notice-recorded}.
 */
@Service
public class PeopleNotices {
    private final IncidentService incidents;
    private final IncidentAccess access;
    private final BodyRegime regime;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleNotices(
            IncidentService incidents,
            IncidentAccess access,
            BodyRegime regime,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.access = access;
        this.regime = regime;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a recording asks for; nullable fields may be left out for a way that does not need them. */
    public record Request(
            PeopleNotice.@Nullable Way way,
            @Nullable LocalDate doneOn,
            PeopleNotice.@Nullable Method method,
            int people,
            Set<PeopleNotice.Item> items,
            String whyNot,
            PeopleNotice.@Nullable Measure measure,
            String measureText) {}

    /** The duty as the regime in force states it. */
    public NoticeDuty duty() {
        return NoticeDuty.of(regime.regime());
    }

    /** The records of an incident the user may read, oldest first. */
    @Transactional(readOnly = true)
    public List<PeopleNotice> of(IncidentId id) {
        incidents.get(id);
        return stored(id);
    }

    List<PeopleNotice> stored(IncidentId id) {
        return jdbc.sql("""
                        select regime, way, done_on, method, people, items, why_not, measure, measure_text,
                               recorded_by, recorded_at
                        from inc_people_notice where incident_id = :id order by seq""")
                .param("id", id.value())
                .query((rs, n) -> new PeopleNotice(
                        Regime.valueOf(rs.getString("regime")),
                        PeopleNotice.Way.valueOf(rs.getString("way")),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("method") == null ? null : PeopleNotice.Method.valueOf(rs.getString("method")),
                        rs.getInt("people"),
                        items(rs.getString("items")),
                        rs.getString("why_not"),
                        rs.getString("measure") == null ? null : PeopleNotice.Measure.valueOf(rs.getString("measure")),
                        rs.getString("measure_text"),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Records one wave of 本人への通知. Refused (403) for those who do not respond to the incident, and
     * (400, naming the field) when no report is due, the incident is closed, or the record does not
     * meet the regime's rules.
     */
    @Transactional
    public PeopleNotice record(IncidentId id, Request request) {
        StoredIncident stored = incidents.get(id);
        Incident incident = stored.incident();
        if (!access.canRespond(incident)) {
            throw new NotAllowedException("incident.error.notResponder");
        }
        if (incident.state().isClosed()) {
            throw InvalidInputException.of("way", "incident.notice.error.closed");
        }
        ReportingDecision decision = incidents.decision(incident);
        if (!decision.notifyPeople()) {
            throw InvalidInputException.of("way", "incident.notice.error.notDue");
        }
        NoticeDuty duty = duty();
        LocalDate today = LocalDate.now(clock);
        String whyNot = request.whyNot().strip();
        String measureText = request.measureText().strip();
        duty.check(
                request.way(),
                request.doneOn(),
                request.method(),
                request.people(),
                request.items(),
                whyNot,
                request.measure(),
                measureText,
                incident.discoveredOn(),
                today,
                decision.dueUnderMyNumberAct());
        PeopleNotice.Way way = java.util.Objects.requireNonNull(request.way());
        boolean told = way == PeopleNotice.Way.NOTIFIED;
        var notice = new PeopleNotice(
                duty.regime(),
                way,
                java.util.Objects.requireNonNull(request.doneOn()),
                told ? request.method() : null,
                request.people(),
                told ? request.items() : Set.of(),
                whyNot,
                way == PeopleNotice.Way.ALTERNATIVE ? request.measure() : null,
                way == PeopleNotice.Way.ALTERNATIVE ? measureText : "",
                Access.currentLogin(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from inc_people_notice where incident_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into inc_people_notice (incident_id, seq, regime, way, done_on, method, people, items,
                            why_not, measure, measure_text, recorded_by, recorded_at)
                        values (:id, :seq, :regime, :way, :doneOn, :method, :people, :items, :whyNot, :measure,
                            :measureText, :by, :at)""")
                .param("id", id.value())
                .param("seq", seq)
                .param("regime", notice.regime().name())
                .param("way", notice.way().name())
                .param("doneOn", notice.doneOn())
                .param(
                        "method",
                        notice.method() == null ? null : notice.method().name())
                .param("people", notice.people())
                .param("items", items(notice.items()))
                .param("whyNot", notice.whyNot())
                .param(
                        "measure",
                        notice.measure() == null ? null : notice.measure().name())
                .param("measureText", notice.measureText())
                .param("by", notice.recordedBy())
                .param("at", notice.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new IncidentEvent.IncidentPeopleNoticeRecorded(
                id,
                notice.recordedBy(),
                notice.regime(),
                notice.way(),
                notice.doneOn(),
                notice.method() == null ? "" : notice.method().name(),
                notice.people(),
                items(notice.items()),
                notice.whyNot(),
                notice.measure() == null ? "" : notice.measure().name(),
                notice.measureText(),
                duty.provision(notice.way())));
        return notice;
    }

    private static String items(Set<PeopleNotice.Item> items) {
        return Arrays.stream(PeopleNotice.Item.values())
                .filter(items::contains)
                .map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static Set<PeopleNotice.Item> items(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(PeopleNotice.Item::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PeopleNotice.Item.class)));
    }

    /** How many people the records that told people directly reached. */
    public static int notified(List<PeopleNotice> notices) {
        return notices.stream()
                .filter(n -> n.way() == PeopleNotice.Way.NOTIFIED)
                .mapToInt(PeopleNotice::people)
                .sum();
    }
}
