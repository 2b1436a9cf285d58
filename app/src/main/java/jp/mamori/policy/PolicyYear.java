package jp.mamori.policy;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to the policy in one 年度, for the committee's yearly report: the approved revisions
 * that came (or come) into force between 1 April and 31 March, approved by the as-of day. The face
 * for other modules: no access check, nothing changed; restricted documents (実施手順 by default) are
 * marked so the caller can leave them out for readers who may not see them. One query.
 */
@Service
public class PolicyYear {
    private final JdbcClient jdbc;

    PolicyYear(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One revision in force in the year. */
    public record Change(
            PolicyTier tier,
            String title,
            int revisionNo,
            String documentNumber,
            LocalDate effectiveOn,
            String reason,
            boolean restricted) {}

    /** The revisions of the fiscal year (2026 for 令和8年度) in order of coming into force. */
    @Transactional(readOnly = true)
    public List<Change> revisionsInForce(int fiscalYear, LocalDate asOf) {
        return jdbc.sql("""
                        select d.tier, d.title, r.revision_no, r.document_number, r.effective_on, r.reason,
                               d.audience
                        from pol_revision r join pol_document d on d.id = r.document_id
                        where r.state = 'APPROVED' and r.effective_on >= :from and r.effective_on < :to
                          and r.effective_on <= :asOf and r.approved_at < :approvedBy
                        order by r.effective_on, d.tier, d.title, r.revision_no
                        """)
                .param("from", LocalDate.of(fiscalYear, 4, 1))
                .param("to", LocalDate.of(fiscalYear + 1, 4, 1))
                .param("asOf", asOf)
                .param(
                        "approvedBy",
                        asOf.plusDays(1)
                                .atStartOfDay(jp.mamori.shared.BodyClock.ZONE)
                                .toOffsetDateTime())
                .query((rs, n) -> new Change(
                        PolicyTier.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        "RESTRICTED".equals(rs.getString(7))))
                .list();
    }
}
