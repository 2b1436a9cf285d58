package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Wareki;

/**
 * The policy's rules for contracts, each a small named type listed in {@link #ALL}. A rule looks at
 * one contract with its contractor, the body's clause checklist and today, and names what is wrong.
 */
public sealed interface ContractRule {
    /** Every rule, in the order findings are shown. */
    List<ContractRule> ALL = List.of(
            new MissingRequiredClause(),
            new UnapprovedSubcontractor(),
            new EndedWithoutCertificate(),
            new ExpiredCertification(),
            new CheckOverdue());

    /**
     * What a rule looks at.
     *
     * @param openChecks the contract's periodic checks not answered yet
     */
    record Facts(
            Contract contract,
            Contractor contractor,
            List<Clause> clauses,
            List<OpenCheck> openChecks,
            LocalDate today) {
        public Facts {
            openChecks = List.copyOf(openChecks);
        }

        String link() {
            return "/contractors/" + contractor.id() + "/contracts/" + contract.id();
        }

        SupplierFinding finding(String rule, String measure, Object... args) {
            return new SupplierFinding(rule, measure, contract.title(), link(), List.of(args));
        }
    }

    String name();

    List<SupplierFinding> check(Facts facts);

    /** A required clause of the checklist is not marked present (8.1.2 契約に入れる事項). */
    record MissingRequiredClause() implements ContractRule {
        @Override
        public String name() {
            return "MISSING_REQUIRED_CLAUSE";
        }

        @Override
        public List<SupplierFinding> check(Facts f) {
            return f.clauses().stream()
                    .filter(c -> c.active() && c.required())
                    .filter(c -> !f.contract().clauses().getOrDefault(c.code(), false))
                    .map(c -> f.finding(name(), "8.1.2", c.title()))
                    .toList();
        }
    }

    /** A 再委託先 has not been approved (8.1.3 再委託の承認). */
    record UnapprovedSubcontractor() implements ContractRule {
        @Override
        public String name() {
            return "UNAPPROVED_SUBCONTRACTOR";
        }

        @Override
        public List<SupplierFinding> check(Facts f) {
            return f.contract().subcontractors().stream()
                    .filter(s -> !s.approved())
                    .map(s -> f.finding(name(), "8.1.3", s.name()))
                    .toList();
        }
    }

    /** The contract ended and no return/destruction certificate was recorded (8.1.6). */
    record EndedWithoutCertificate() implements ContractRule {
        @Override
        public String name() {
            return "ENDED_WITHOUT_CERTIFICATE";
        }

        @Override
        public List<SupplierFinding> check(Facts f) {
            LocalDate end = f.contract().endDay(f.today());
            if (end == null || f.contract().hasCertificate()) {
                return List.of();
            }
            return List.of(f.finding(name(), "8.1.6", Wareki.japanese(end)));
        }
    }

    /** A running contract's contractor holds a certification past its expiry (8.1.1 委託先の選定). */
    record ExpiredCertification() implements ContractRule {
        @Override
        public String name() {
            return "EXPIRED_CERTIFICATION";
        }

        @Override
        public List<SupplierFinding> check(Facts f) {
            if (f.contract().endedOn(f.today())) {
                return List.of();
            }
            return f.contractor().certifications().stream()
                    .filter(c -> c.expiredOn(f.today()))
                    .map(c -> f.finding(name(), "8.1.1", c.displayName(), c.number(), Wareki.japanese(c.expiresOn())))
                    .toList();
        }
    }

    /**
     * A periodic check's answers did not come back by its due date (8.1.4 委託先の定期確認). The finding
     * links the check, where the answers are entered or imported.
     */
    record CheckOverdue() implements ContractRule {
        @Override
        public String name() {
            return "CHECK_OVERDUE";
        }

        @Override
        public List<SupplierFinding> check(Facts f) {
            return f.openChecks().stream()
                    .filter(c -> c.contractId() == f.contract().id() && c.overdueOn(f.today()))
                    .map(c -> new SupplierFinding(
                            name(),
                            "8.1.4",
                            f.contract().title(),
                            c.link(),
                            List.of(c.campaignTitle(), Wareki.japanese(c.dueOn()))))
                    .toList();
        }
    }

    /** Every finding of the contract. */
    static List<SupplierFinding> checkAll(Facts facts) {
        return ALL.stream().flatMap(r -> r.check(facts).stream()).toList();
    }
}
