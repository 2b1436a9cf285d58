package jp.mamori.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.BodyClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents of one 年度 (discovered from 1 April to 31 March, Japan time) for the committee's
 * yearly report: each one reported by the as-of day, with where its handling stands now. The face
 * for other modules: no access check (the caller narrows to the units its reader may see), nothing
 * is changed. One query.
 */
@Service
public class IncidentYear {
    private static final ZoneId ZONE = BodyClock.ZONE;

    private final JdbcClient jdbc;

    IncidentYear(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One incident of the year as the report lists it. */
    public record Line(
            String reference,
            String title,
            LocalDate discoveredOn,
            ThreatCategory threat,
            long reporterUnitId,
            IncidentState state,
            @Nullable Integer severity) {}

    /**
     * The incidents discovered in the fiscal year (2026 for 令和8年度) and reported by the end of
     * {@code asOf}, in order of discovery; those of the given units only unless {@code units} is null.
     */
    @Transactional(readOnly = true)
    public List<Line> of(int fiscalYear, LocalDate asOf, @Nullable Set<Long> units) {
        OffsetDateTime from = LocalDate.of(fiscalYear, 4, 1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime to =
                LocalDate.of(fiscalYear + 1, 4, 1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime reportedBy = asOf.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        return jdbc
                .sql("""
                        select reference, title, discovered_at, threat, reporter_unit_id, state, severity
                        from inc_incident
                        where discovered_at >= :from and discovered_at < :to and reported_at < :reported
                        order by discovered_at, reference
                        """)
                .param("from", from)
                .param("to", to)
                .param("reported", reportedBy)
                .query((rs, n) -> new Line(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)
                                .atZoneSameInstant(ZONE)
                                .toLocalDate(),
                        ThreatCategory.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        IncidentState.valueOf(rs.getString(6)),
                        rs.getObject(7, Integer.class)))
                .list()
                .stream()
                .filter(l -> units == null || units.contains(l.reporterUnitId()))
                .toList();
    }
}
