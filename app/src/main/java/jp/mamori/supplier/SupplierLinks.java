package jp.mamori.supplier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.shared.LinkableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts, cloud services and SNS accounts as link targets of the statement of applicability (an
 * entry of measure 8.1.2 links the contract that shows the clauses in place, 8.3.4 the approved
 * service, 8.5.4 the account with its second factor). Titles only for readers of the registers.
 */
final class SupplierLinks {
    private SupplierLinks() {}

    static String fold(String reference) {
        return Normalizer.normalize(reference, Normalizer.Form.NFKC).strip();
    }

    /** Contracts, by their number as shown on the contract's page: K-12. */
    @Component
    static class ContractTargets implements LinkableRecords {
        private final ContractorRepository repository;
        private final SupplierAccess access;

        ContractTargets(ContractorRepository repository, SupplierAccess access) {
            this.repository = repository;
            this.access = access;
        }

        @Override
        public Kind kind() {
            return Kind.CONTRACT;
        }

        @Override
        @Transactional(readOnly = true)
        public Optional<Linked> find(String reference) {
            String folded = fold(reference).toUpperCase(Locale.ROOT);
            if (!folded.matches("K-\\d{1,12}")) {
                return Optional.empty();
            }
            return repository
                    .contract(Long.parseLong(folded.substring(2)))
                    .map(k -> new Linked(
                            Kind.CONTRACT,
                            Contract.number(k.id()),
                            access.mayList() ? k.title() + "(" + k.contractorName() + ")" : null,
                            "/contractors/" + k.contractorId() + "/contracts/" + k.id()));
        }
    }

    /** Cloud services, by name. */
    @Component
    static class CloudServiceTargets implements LinkableRecords {
        private final CloudServiceRepository repository;
        private final SupplierAccess access;

        CloudServiceTargets(CloudServiceRepository repository, SupplierAccess access) {
            this.repository = repository;
            this.access = access;
        }

        @Override
        public Kind kind() {
            return Kind.CLOUD_SERVICE;
        }

        @Override
        @Transactional(readOnly = true)
        public Optional<Linked> find(String reference) {
            return repository
                    .named(fold(reference))
                    .flatMap(repository::find)
                    .map(s -> new Linked(
                            Kind.CLOUD_SERVICE,
                            s.name(),
                            access.mayList() ? s.provider() : null,
                            "/cloud-services/" + s.id()));
        }
    }

    /** SNS accounts, by "platform account" (the platform, a space, the account). */
    @Component
    static class SnsAccountTargets implements LinkableRecords {
        private final SnsAccountRepository repository;
        private final SupplierAccess access;

        SnsAccountTargets(SnsAccountRepository repository, SupplierAccess access) {
            this.repository = repository;
            this.access = access;
        }

        @Override
        public Kind kind() {
            return Kind.SNS_ACCOUNT;
        }

        @Override
        @Transactional(readOnly = true)
        public Optional<Linked> find(String reference) {
            String[] parts = fold(reference).split("\\s+", 2);
            if (parts.length < 2) {
                return Optional.empty();
            }
            return repository
                    .named(parts[0], parts[1].strip())
                    .flatMap(repository::find)
                    .map(a -> new Linked(
                            Kind.SNS_ACCOUNT,
                            a.label(),
                            access.mayList() ? a.purpose() : null,
                            "/sns-accounts/" + a.id()));
        }
    }
}
