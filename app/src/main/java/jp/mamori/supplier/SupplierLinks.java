package jp.mamori.supplier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import jp.mamori.shared.LinkableRecords;
import jp.mamori.shared.LinkableRecords.Kind;
import jp.mamori.shared.LinkableRecords.Linked;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts, cloud services and SNS accounts as link targets of the statement of applicability (an
 * entry of measure 8.1.2 links the contract that shows the clauses in place, 8.3.4 the approved
 * service, 8.5.4 the account with its second factor). One way for the three kinds ({@link Targets}):
 * the reference is folded (NFKC, trimmed), looked up, and shown with its title only for readers of
 * the registers; each kind says only how it is looked up and what is shown.
 */
@Configuration(proxyBeanMethods = false)
class SupplierLinks {
    static String fold(String reference) {
        return Normalizer.normalize(reference, Normalizer.Form.NFKC).strip();
    }

    /**
     * One kind of record as link targets.
     *
     * @param lookup the record for a folded reference, if any
     * @param shown the record as linked, its title given whether or not the reader may see it (it is
     *     dropped for those who may not)
     */
    static class Targets<T> implements LinkableRecords {
        private final Kind kind;
        private final Function<String, Optional<T>> lookup;
        private final Function<T, Linked> shown;
        private final SupplierAccess access;

        Targets(Kind kind, Function<String, Optional<T>> lookup, Function<T, Linked> shown, SupplierAccess access) {
            this.kind = kind;
            this.lookup = lookup;
            this.shown = shown;
            this.access = access;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        @Transactional(readOnly = true)
        public Optional<Linked> find(String reference) {
            return lookup.apply(fold(reference))
                    .map(shown)
                    .map(l -> access.mayList() ? l : new Linked(l.kind(), l.reference(), null, l.path()));
        }
    }

    /** Contracts, by their number as shown on the contract's page: K-12. */
    @Bean
    Targets<Contract> contractTargets(ContractorRepository repository, SupplierAccess access) {
        return new Targets<>(
                Kind.CONTRACT,
                reference -> {
                    String number = reference.toUpperCase(Locale.ROOT);
                    return number.matches("K-\\d{1,12}")
                            ? repository.contract(Long.parseLong(number.substring(2)))
                            : Optional.empty();
                },
                k -> new Linked(
                        Kind.CONTRACT,
                        Contract.number(k.id()),
                        k.title() + "(" + k.contractorName() + ")",
                        "/contractors/" + k.contractorId() + "/contracts/" + k.id()),
                access);
    }

    /** Cloud services, by name. */
    @Bean
    Targets<CloudService> cloudServiceTargets(CloudServiceRepository repository, SupplierAccess access) {
        return new Targets<>(
                Kind.CLOUD_SERVICE,
                name -> repository.named(name).flatMap(repository::find),
                s -> new Linked(Kind.CLOUD_SERVICE, s.name(), s.provider(), "/cloud-services/" + s.id()),
                access);
    }

    /** SNS accounts, by "platform account" (the platform, a space, the account). */
    @Bean
    Targets<SnsAccount> snsAccountTargets(SnsAccountRepository repository, SupplierAccess access) {
        return new Targets<>(
                Kind.SNS_ACCOUNT,
                reference -> {
                    String[] parts = reference.split("\\s+", 2);
                    return parts.length < 2
                            ? Optional.empty()
                            : repository.named(parts[0], parts[1].strip()).flatMap(repository::find);
                },
                a -> new Linked(Kind.SNS_ACCOUNT, a.label(), a.purpose(), "/sns-accounts/" + a.id()),
                access);
    }
}
