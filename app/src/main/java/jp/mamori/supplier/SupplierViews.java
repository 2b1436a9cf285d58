package jp.mamori.supplier;

import java.util.List;
import jp.mamori.asset.AssetSummary;
import org.jspecify.annotations.Nullable;

/** What the pages and the API show of contractors and contracts. */
public final class SupplierViews {
    private SupplierViews() {}

    /** A contractor in the list: its contracts counted and the findings of all of them. */
    public record ContractorLine(
            long id,
            String name,
            int contracts,
            int running,
            List<Certification> certifications,
            List<SupplierFinding> findings) {}

    /** A contract with what is wrong with it. */
    public record ContractLine(Contract contract, boolean ended, List<SupplierFinding> findings) {}

    /** A contractor with its contracts. */
    public record ContractorDetails(Contractor contractor, List<ContractLine> contracts) {}

    /** A person named on a contract or an account. */
    public record NamedPerson(long id, String staffNumber, String name, boolean inPost) {}

    /** A clause of the checklist and whether the contract contains it. */
    public record ClauseMark(Clause clause, boolean present) {}

    /** A contract with everything its page shows. */
    public record ContractDetails(
            Contract contract,
            Contractor contractor,
            String unitName,
            @Nullable NamedPerson responsible,
            List<AssetSummary> assets,
            List<ClauseMark> clauses,
            boolean ended,
            List<SupplierFinding> findings) {}
}
