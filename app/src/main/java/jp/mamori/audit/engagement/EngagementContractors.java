package jp.mamori.audit.engagement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.supplier.Contractors;
import jp.mamori.supplier.RegisterFilter;
import jp.mamori.supplier.SupplierAccess;
import jp.mamori.supplier.SupplierViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contractors (委託先) in an engagement's scope, picked from the supplier module's register
 * ({@code aud_engagement_contractor}: the contractor's id and its name when picked, so the audit reads
 * the same later even for a reader who may not open the register).
 */
@Component
class EngagementContractors {
    private static final int PAGE = 200;

    private final JdbcClient jdbc;
    private final Contractors register;
    private final SupplierAccess supplierAccess;

    EngagementContractors(JdbcClient jdbc, Contractors register, SupplierAccess supplierAccess) {
        this.jdbc = jdbc;
        this.register = register;
        this.supplierAccess = supplierAccess;
    }

    /** The register's contractors by name, for the form (whoever may list the register; else none). */
    List<ContractorRef> choices() {
        if (!supplierAccess.mayList()) {
            return List.of();
        }
        List<ContractorRef> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = register.page(new RegisterFilter(null, false), page, PAGE);
            for (SupplierViews.ContractorLine line : result.items()) {
                out.add(new ContractorRef(line.id(), line.name()));
            }
            if (!result.hasNext()) {
                return out;
            }
        }
    }

    /**
     * The ids without duplicates; an id the register does not know (or a register the user may not
     * read) is a problem on {@code contractorIds}.
     */
    List<Long> check(List<Long> ids, List<Problem> problems) {
        Set<Long> out = new LinkedHashSet<>();
        if (!ids.isEmpty() && !supplierAccess.mayList()) {
            problems.add(Problem.of("contractorIds", "aud.error.unknownContractor", ids.get(0)));
            return List.of();
        }
        for (long id : ids) {
            try {
                register.contractor(id);
                out.add(id);
            } catch (NotFoundException | NotAllowedException e) {
                problems.add(Problem.of("contractorIds", "aud.error.unknownContractor", id));
            }
        }
        return List.copyOf(out);
    }

    List<ContractorRef> list(long engagementId) {
        return jdbc.sql("select contractor_id, name from aud_engagement_contractor where engagement_id = :e"
                        + " order by name, contractor_id")
                .param("e", engagementId)
                .query((rs, n) -> new ContractorRef(rs.getLong("contractor_id"), rs.getString("name")))
                .list();
    }

    List<Long> of(long engagementId) {
        return list(engagementId).stream().map(ContractorRef::id).toList();
    }

    /** Replaces the engagement's contractors (checked ids), their names taken from the register now. */
    void replace(long engagementId, List<Long> ids) {
        jdbc.sql("delete from aud_engagement_contractor where engagement_id = :e")
                .param("e", engagementId)
                .update();
        for (long id : ids) {
            jdbc.sql("insert into aud_engagement_contractor (engagement_id, contractor_id, name) values (:e, :c, :n)")
                    .param("e", engagementId)
                    .param("c", id)
                    .param("n", register.contractor(id).name())
                    .update();
        }
    }

    /** The names of these contractors as the register has them (for the change history). */
    String names(List<Long> ids) {
        if (ids.isEmpty()) {
            return "なし";
        }
        return ids.stream()
                .map(id -> {
                    try {
                        return register.contractor(id).name();
                    } catch (NotFoundException | NotAllowedException e) {
                        return "#" + id;
                    }
                })
                .collect(Collectors.joining("・"));
    }
}
