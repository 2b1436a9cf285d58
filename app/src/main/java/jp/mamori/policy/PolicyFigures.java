package jp.mamori.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The policy module's part of the office's picture: per unit, the confirmations (遵守の確認) given out
 * of those asked by the open campaigns whose revision is in force, counted over the people in post.
 * A few queries whatever the number of people: the open campaigns, the people and units, and the
 * confirmations of those revisions.
 */
@Component
class PolicyFigures implements FigureSource {
    private final JdbcClient jdbc;
    private final CampaignRepository campaigns;
    private final Directory directory;

    PolicyFigures(JdbcClient jdbc, CampaignRepository campaigns, Directory directory) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.directory = directory;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        List<AcknowledgementCampaign> open = campaigns.notClosed();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<Long> inForce = new HashSet<>(jdbc.sql("""
                        select r.id from pol_revision r
                        where r.id in (:revisions) and r.state = 'APPROVED' and r.effective_on <= :day
                          and not exists (select 1 from pol_revision n
                                          where n.document_id = r.document_id and n.state = 'APPROVED'
                                            and n.effective_on <= :day
                                            and (n.effective_on > r.effective_on
                                                 or (n.effective_on = r.effective_on and n.revision_no > r.revision_no)))
                        """)
                .param(
                        "revisions",
                        open.stream().map(AcknowledgementCampaign::revisionId).toList())
                .param("day", today)
                .query(Long.class)
                .list());
        if (inForce.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> confirmed = new HashMap<>();
        jdbc.sql("select revision_id, person_id from pol_ack_confirmation where revision_id in (:revisions)")
                .param("revisions", inForce)
                .query((rs, n) -> confirmed
                        .computeIfAbsent(rs.getLong(1), r -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        List<PersonSummary> people = directory.peopleInPost(today);
        List<UnitSummary> units = directory.units();
        Map<Long, long[]> byUnit = new TreeMap<>();
        Set<Long> counted = new HashSet<>();
        for (AcknowledgementCampaign c : open) {
            // one campaign per revision counts (two campaigns of one revision ask the same people once)
            if (!inForce.contains(c.revisionId()) || !counted.add(c.revisionId())) {
                continue;
            }
            Set<Long> done = confirmed.getOrDefault(c.revisionId(), Set.of());
            for (PersonSummary p : c.audience().select(people, units)) {
                long[] n = byUnit.computeIfAbsent(p.unitId(), u -> new long[2]);
                n[1]++;
                if (done.contains(p.id())) {
                    n[0]++;
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        byUnit.forEach((unit, n) -> figures.add(new Figure(
                "policy.acknowledgement.confirmed",
                Axis.UNIT,
                Long.toString(unit),
                n[0],
                n[1],
                "/policies/acknowledgements")));
        return figures;
    }
}
