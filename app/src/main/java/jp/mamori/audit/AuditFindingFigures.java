package jp.mamori.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit findings (監査の指摘事項) part of the office's picture: per unit, the findings not withdrawn
 * whose corrective action is still open, and of those the ones past the action's due date. One
 * grouped query.
 */
@Component
class AuditFindingFigures implements FigureSource {
    private final JdbcClient jdbc;

    AuditFindingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        select a.unit_id, count(*), sum(case when a.due_date < :today then 1 else 0 end)
                        from aud_finding f join aud_action a on a.finding_id = f.id and a.unit_id = f.unit_id
                        where f.withdrawn_at is null and a.state = 'OPEN'
                        group by a.unit_id
                        """)
                .param("today", today)
                .query((rs, n) -> {
                    String unit = Long.toString(rs.getLong(1));
                    figures.add(new Figure("audit.finding.open", Axis.UNIT, unit, rs.getLong(2), null, "/findings"));
                    figures.add(new Figure(
                            "audit.finding.overdue",
                            Axis.UNIT,
                            unit,
                            rs.getLong(3),
                            null,
                            "/corrective-actions?overdue=true"));
                    return null;
                })
                .list();
        return figures;
    }
}
