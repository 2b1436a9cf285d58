package jp.mamori.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The control module's part of the office's picture: per unit, the measures recorded as 実施済み out
 * of those recorded in its statement of applicability (対象外 left out), and the exceptions (例外措置)
 * holding today and those ended without renewal; per 対策基準 chapter, the same exceptions. One
 * grouped query per figure kind.
 */
@Component
class ControlFigures implements FigureSource {
    private final JdbcClient jdbc;

    ControlFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        select scope_key, sum(case when status = 'IMPLEMENTED' then 1 else 0 end),
                               sum(case when status <> 'NOT_APPLICABLE' then 1 else 0 end)
                        from ctl_soa_entry where scope_key like 'U:%' group by scope_key
                        """)
                .query((rs, n) -> {
                    String unit = rs.getString(1).substring(2);
                    return figures.add(new Figure(
                            "control.soa.implemented",
                            Axis.UNIT,
                            unit,
                            rs.getLong(2),
                            rs.getLong(3),
                            "/soa/units/" + unit));
                })
                .list();
        Map<String, long[]> byChapter = new TreeMap<>();
        jdbc.sql("""
                        select unit_id, measure_id,
                               sum(case when starts_on <= :today and ends_on >= :today then 1 else 0 end),
                               sum(case when ends_on < :today then 1 else 0 end)
                        from ctl_exception where state = 'APPROVED' group by unit_id, measure_id
                        """)
                .param("today", today)
                .query((rs, n) -> {
                    long[] c = byChapter.computeIfAbsent(chapterOf(rs.getString(2)), k -> new long[2]);
                    c[0] += rs.getLong(3);
                    c[1] += rs.getLong(4);
                    String unit = Long.toString(rs.getLong(1));
                    figures.add(new Figure(
                            "control.exception.active",
                            Axis.UNIT,
                            unit,
                            rs.getLong(3),
                            null,
                            "/exceptions?standing=ACTIVE&unit=" + unit));
                    figures.add(new Figure(
                            "control.exception.expired",
                            Axis.UNIT,
                            unit,
                            rs.getLong(4),
                            null,
                            "/exceptions?standing=EXPIRED&unit=" + unit));
                    return null;
                })
                .list();
        byChapter.forEach((chapter, c) -> {
            figures.add(new Figure(
                    "control.exception.active", Axis.CHAPTER, chapter, c[0], null, "/exceptions?standing=ACTIVE"));
            figures.add(new Figure(
                    "control.exception.expired", Axis.CHAPTER, chapter, c[1], null, "/exceptions?standing=EXPIRED"));
        });
        return figures;
    }

    /** The chapter of a measure id such as {@code 2.1.1}: the part before the first dot. */
    static String chapterOf(String measureId) {
        int dot = measureId.indexOf('.');
        return dot < 0 ? measureId : measureId.substring(0, dot);
    }
}
