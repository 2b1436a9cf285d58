package jp.mamori.control.exceptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of exceptions in {@code ctl_exception}: filtered, ordered and paged in SQL. */
@Repository
public class ExceptionRepository {
    private final JdbcClient jdbc;

    ExceptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval('ctl_exception_seq')").query(Long.class).single();
    }

    void insert(ControlException e) {
        jdbc.sql("""
                        insert into ctl_exception (id, reference, measure_id, measure_title, unit_id, target_kind, target,
                            from_zone, to_zone, from_addresses, to_addresses, services, justification, compensating, owner,
                            starts_on, ends_on, state, renews_id, requested_by, requested_by_name, requested_by_person,
                            requested_at, decision_comment, end_reason)
                        values (:id, :reference, :measure, :title, :unit, :kind, :target, :fromZone, :toZone, :from, :to,
                            :services, :justification, :compensating, :owner, :starts, :ends, :state, :renews, :by, :byName,
                            :byPerson, :at, '', '')
                        """)
                .param("id", e.id())
                .param("reference", e.reference())
                .param("measure", e.measureId())
                .param("title", e.measureTitle())
                .param("unit", e.unitId())
                .param("kind", e.targetKind().name())
                .param("target", e.target())
                .param(
                        "fromZone",
                        e.path().fromZone() == null ? null : e.path().fromZone().name())
                .param(
                        "toZone",
                        e.path().toZone() == null ? null : e.path().toZone().name())
                .param("from", String.join(" ", e.path().from()))
                .param("to", String.join(" ", e.path().to()))
                .param("services", String.join(" ", e.path().services()))
                .param("justification", e.justification())
                .param("compensating", e.compensating())
                .param("owner", e.owner())
                .param("starts", e.startsOn())
                .param("ends", e.endsOn())
                .param("state", e.state().name())
                .param("renews", e.renewsId())
                .param("by", e.requestedBy())
                .param("byName", e.requestedByName())
                .param("byPerson", e.requestedByPerson())
                .param("at", e.requestedAt())
                .update();
    }

    /** Records a decision; true when the row was still waiting for one (so a decision is made once). */
    boolean decide(
            long id, ExceptionState state, String login, String name, String role, OffsetDateTime at, String comment) {
        return jdbc.sql("""
                        update ctl_exception set state = :state, decided_by = :login, decided_by_name = :name,
                            decided_role = :role, decided_at = :at, decision_comment = :comment
                        where id = :id and state = 'REQUESTED'
                        """)
                        .param("state", state.name())
                        .param("login", login)
                        .param("name", name)
                        .param("role", role)
                        .param("at", at)
                        .param("comment", comment)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Ends a row in the given state (withdrawn, revoked, renewed); true when it was in {@code from}. */
    boolean end(long id, ExceptionState from, ExceptionState to, String login, OffsetDateTime at, String reason) {
        return jdbc.sql("""
                        update ctl_exception set state = :to, ended_by = :login, ended_at = :at, end_reason = :reason
                        where id = :id and state = :from
                        """)
                        .param("to", to.name())
                        .param("login", login)
                        .param("at", at)
                        .param("reason", reason)
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    void reminded(long id, LocalDate day) {
        jdbc.sql("update ctl_exception set reminded_on = :day where id = :id")
                .param("day", day)
                .param("id", id)
                .update();
    }

    void expiryNoted(long id, LocalDate day) {
        jdbc.sql("update ctl_exception set expiry_noted_on = :day where id = :id")
                .param("day", day)
                .param("id", id)
                .update();
    }

    Optional<ControlException> byReference(String reference) {
        return jdbc.sql("select * from ctl_exception where reference = :r")
                .param("r", reference.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The committee decision an approval rests on. */
    void decidedWith(long id, long decisionId) {
        jdbc.sql("update ctl_exception set decision_id = :d where id = :id")
                .param("d", decisionId)
                .param("id", id)
                .update();
    }

    /** Every request waiting for its decision, oldest first (no access check: for the committee's matters). */
    List<ControlException> requested() {
        return jdbc.sql("select * from ctl_exception where state = 'REQUESTED' order by id")
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<ControlException> byId(long id) {
        return jdbc.sql("select * from ctl_exception where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The renewals asked for or approved that name this exception. */
    List<ControlException> renewalsOf(long id) {
        return jdbc.sql("select * from ctl_exception where renews_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Approved exceptions of the unit that are not revoked or renewed (active, scheduled or expired). */
    public List<ControlException> approvedForUnit(long unitId) {
        return jdbc.sql("select * from ctl_exception where unit_id = :u and state = 'APPROVED' order by measure_id, id")
                .param("u", unitId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The approved exceptions naming that target (an asset's or a system's 管理番号), by measure. */
    public List<ControlException> approvedForTarget(ExceptionTarget kind, String target) {
        return jdbc.sql("select * from ctl_exception where target_kind = :k and target = :t and state = 'APPROVED'"
                        + " order by measure_id, id")
                .param("k", kind.name())
                .param("t", target)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every exception to the measure, newest first. */
    public List<ControlException> forMeasure(String measureId) {
        return jdbc.sql("select * from ctl_exception where measure_id = :m order by id desc")
                .param("m", measureId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Approved exceptions whose last day is at most {@code until}, soonest first (the reminder's candidates). */
    List<ControlException> approvedEndingBy(LocalDate until) {
        return jdbc.sql(
                        "select * from ctl_exception where state = 'APPROVED' and ends_on <= :until order by ends_on, id")
                .param("until", until)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Approved network exceptions holding on the day (first day ≤ day ≤ last day), by reference. */
    List<ControlException> networkHoldingOn(LocalDate day) {
        return jdbc.sql("""
                        select * from ctl_exception where state = 'APPROVED' and target_kind = 'NETWORK'
                            and starts_on <= :day and ends_on >= :day order by reference
                        """).param("day", day).query((rs, n) -> row(rs)).list();
    }

    /** One page of the register, filtered and ordered in SQL; {@code units} null for every unit. */
    Page<ControlException> page(
            ExceptionFilter filter, @Nullable List<Long> units, LocalDate today, int page, int size) {
        if (units != null && units.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new TreeMap<>();
        if (units != null) {
            where.append(" and unit_id in (:units)");
            params.put("units", units);
        }
        if (filter.unitId() != null) {
            where.append(" and unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.measureId() != null) {
            where.append(" and measure_id = :measure");
            params.put("measure", filter.measureId());
        }
        if (filter.target() != null) {
            where.append(" and target_kind = :target");
            params.put("target", filter.target().name());
        }
        String words = filter.words();
        if (words != null) {
            where.append(" and (lower(reference) like :q or lower(measure_id) like :q or lower(measure_title) like :q"
                    + " or lower(justification) like :q or lower(target) like :q or lower(owner) like :q)");
            params.put(
                    "q",
                    "%" + words.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.standing() != null) {
            switch (filter.standing()) {
                case SCHEDULED -> where.append(" and state = 'APPROVED' and starts_on > :today");
                case ACTIVE -> where.append(" and state = 'APPROVED' and starts_on <= :today and ends_on >= :today");
                case EXPIRED -> where.append(" and state = 'APPROVED' and ends_on < :today");
                default -> {
                    where.append(" and state = :state");
                    params.put("state", filter.standing().name());
                }
            }
            params.put("today", today);
        }
        String order = switch (filter.sort()) {
            case ENDS -> " order by ends_on, id";
            case MEASURE -> " order by measure_id, id desc";
            case NEWEST -> " order by id desc";
        };
        long total = jdbc.sql("select count(*) from ctl_exception" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ControlException> items = jdbc.sql(
                        "select * from ctl_exception" + where + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> row(rs))
                .list();
        return new Page<>(items, page, size, total);
    }

    private static ControlException row(ResultSet rs) throws SQLException {
        String fromZone = rs.getString("from_zone");
        String toZone = rs.getString("to_zone");
        NetworkPath path = new NetworkPath(
                fromZone == null ? null : ZoneKind.valueOf(fromZone),
                toZone == null ? null : ZoneKind.valueOf(toZone),
                NetworkPath.words(rs.getString("from_addresses")),
                NetworkPath.words(rs.getString("to_addresses")),
                NetworkPath.words(rs.getString("services")));
        long renews = rs.getLong("renews_id");
        Long renewsId = rs.wasNull() ? null : renews;
        long person = rs.getLong("requested_by_person");
        Long personId = rs.wasNull() ? null : person;
        return new ControlException(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("measure_id"),
                rs.getString("measure_title"),
                rs.getLong("unit_id"),
                ExceptionTarget.valueOf(rs.getString("target_kind")),
                rs.getString("target"),
                path,
                rs.getString("justification"),
                rs.getString("compensating"),
                rs.getString("owner"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                ExceptionState.valueOf(rs.getString("state")),
                renewsId,
                rs.getString("requested_by"),
                rs.getString("requested_by_name"),
                personId,
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("decided_by_name"),
                rs.getString("decided_role"),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decision_comment"),
                rs.getString("ended_by"),
                rs.getObject("ended_at", OffsetDateTime.class),
                rs.getString("end_reason"),
                rs.getObject("reminded_on", LocalDate.class),
                rs.getObject("expiry_noted_on", LocalDate.class),
                rs.getObject("decision_id", Long.class));
    }
}
