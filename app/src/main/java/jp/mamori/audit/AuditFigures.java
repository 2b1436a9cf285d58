package jp.mamori.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit module's part of the office's picture: open and overdue corrective actions per unit and
 * open ones per 対策基準 chapter (from the measure they answer), and the answers of the latest
 * self-inspection opened by the day: 実施 out of the answers that apply, per unit and per chapter.
 * One grouped query per figure kind.
 */
@Component
class AuditFigures implements FigureSource {
    private final JdbcClient jdbc;

    AuditFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        select unit_id, count(*), sum(case when due_date < :today then 1 else 0 end)
                        from aud_action where state = 'OPEN' group by unit_id
                        """)
                .param("today", today)
                .query((rs, n) -> {
                    String unit = Long.toString(rs.getLong(1));
                    figures.add(new Figure(
                            "audit.action.open",
                            Axis.UNIT,
                            unit,
                            rs.getLong(2),
                            null,
                            "/corrective-actions?state=OPEN"));
                    figures.add(new Figure(
                            "audit.action.overdue",
                            Axis.UNIT,
                            unit,
                            rs.getLong(3),
                            null,
                            "/corrective-actions?overdue=true"));
                    return null;
                })
                .list();
        Map<String, Long> byChapter = new TreeMap<>();
        jdbc.sql("""
                        select measure_id, count(*) from aud_action
                        where state = 'OPEN' and measure_id is not null group by measure_id
                        """)
                .query((rs, n) -> byChapter.merge(chapterOf(rs.getString(1)), rs.getLong(2), Long::sum))
                .list();
        byChapter.forEach((chapter, count) -> figures.add(
                new Figure("audit.action.open", Axis.CHAPTER, chapter, count, null, "/corrective-actions?state=OPEN")));
        latestInspection(today).ifPresent(id -> inspection(id, figures));
        return figures;
    }

    /** The chapter of a measure id such as {@code 2.1.1}: the part before the first dot. */
    static String chapterOf(String measureId) {
        int dot = measureId.indexOf('.');
        return dot < 0 ? measureId : measureId.substring(0, dot);
    }

    /**
     * The latest self-inspection opened on or before the day (so a yearly report as of 31 March
     * does not count a campaign opened in the next 年度).
     */
    private Optional<Long> latestInspection(LocalDate day) {
        return jdbc.sql("""
                        select id from aud_inspection where state <> 'DRAFT' and opened_at < :end
                        order by opened_at desc, id desc fetch first 1 rows only
                        """)
                .param("end", day.plusDays(1).atStartOfDay(BodyClock.ZONE).toOffsetDateTime())
                .query(Long.class)
                .optional();
    }

    private void inspection(long id, List<Figure> figures) {
        String implemented = "sum(case when result = 'IMPLEMENTED' then 1 else 0 end)";
        String applying = "sum(case when result is not null and result <> 'NOT_APPLICABLE' then 1 else 0 end)";
        jdbc.sql("select unit_id, " + implemented + ", " + applying
                        + " from aud_question where inspection_id = :id group by unit_id")
                .param("id", id)
                .query((rs, n) -> figures.add(new Figure(
                        "audit.inspection.implemented",
                        Axis.UNIT,
                        Long.toString(rs.getLong(1)),
                        rs.getLong(2),
                        rs.getLong(3),
                        "/self-inspections/" + id + "/units/" + rs.getLong(1))))
                .list();
        jdbc.sql("select chapter, " + implemented + ", " + applying
                        + " from aud_question where inspection_id = :id and chapter <> :own group by chapter")
                .param("id", id)
                .param("own", Question.OWN)
                .query((rs, n) -> figures.add(new Figure(
                        "audit.inspection.implemented",
                        Axis.CHAPTER,
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        "/self-inspections/" + id)))
                .list();
    }
}
