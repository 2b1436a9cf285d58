package jp.mamori.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network module's part of the office's picture: for the whole body (devices belong to no unit),
 * the devices whose last finished netcheck (per device and kind of input, up to the end of the day)
 * found nothing, found a breach of the zone policy, or failed. One grouped query.
 */
@Component
class NetcheckFigures implements FigureSource {
    private final JdbcClient jdbc;

    NetcheckFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        select case when r.state = 'FAILED' then 'failed'
                                    when coalesce(r.findings, 0) > 0 then 'findings'
                                    else 'clean' end status, count(*)
                        from net_check_run r
                        where r.id = (select max(x.id) from net_check_run x
                                      where x.device = r.device and x.kind = r.kind
                                        and x.state in ('DONE', 'FAILED') and x.created_at < :until)
                        group by case when r.state = 'FAILED' then 'failed'
                                      when coalesce(r.findings, 0) > 0 then 'findings'
                                      else 'clean' end
                        """)
                .param("until", today.plusDays(1).atStartOfDay(BodyClock.ZONE).toOffsetDateTime())
                .query((rs, n) -> figures.add(new Figure(
                        "network.netcheck." + rs.getString(1),
                        Axis.BODY,
                        "body",
                        rs.getLong(2),
                        null,
                        "/netcheck/runs")))
                .list();
        return figures;
    }
}
