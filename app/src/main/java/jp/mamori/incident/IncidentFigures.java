package jp.mamori.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import jp.mamori.shared.Wareki;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The incident module's part of the office's picture for the current 年度: incidents (not those found
 * not to be one) per month of discovery (Japan time) and threat category, and per reporting unit.
 * The month needs the Japan-time day of each incident, so the first query reads one short row per
 * incident of the year (threat and time) and counts them here; the unit count is grouped in the
 * database.
 */
@Component
class IncidentFigures implements FigureSource {
    private static final ZoneId ZONE = BodyClock.ZONE;

    private final JdbcClient jdbc;

    IncidentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        int year = Wareki.fiscalYearOf(today);
        OffsetDateTime from = LocalDate.of(year, 4, 1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 4, 1).atStartOfDay(ZONE).toOffsetDateTime();
        List<Figure> figures = new ArrayList<>();
        Map<String, Long> byThreatAndMonth = new TreeMap<>();
        jdbc.sql("""
                        select threat, discovered_at from inc_incident
                        where state <> 'NOT_AN_INCIDENT' and discovered_at >= :from and discovered_at < :to
                        """)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    YearMonth month =
                            YearMonth.from(rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(ZONE));
                    return byThreatAndMonth.merge(rs.getString(1) + "|" + month, 1L, Long::sum);
                })
                .list();
        byThreatAndMonth.forEach((k, count) -> {
            String[] parts = k.split("\\|");
            figures.add(new Figure(
                    "incident.threat." + parts[0], Axis.MONTH, parts[1], count, null, "/incidents?closed=true"));
        });
        jdbc.sql("""
                        select reporter_unit_id, count(*) from inc_incident
                        where state <> 'NOT_AN_INCIDENT' and discovered_at >= :from and discovered_at < :to
                        group by reporter_unit_id
                        """)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> figures.add(new Figure(
                        "incident.reported",
                        Axis.UNIT,
                        Long.toString(rs.getLong(1)),
                        rs.getLong(2),
                        null,
                        "/incidents?closed=true")))
                .list();
        return figures;
    }
}
