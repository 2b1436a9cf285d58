package jp.mamori.supplier;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.asset.AssetNotes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the asset page which cloud services store the asset (and what is wrong there) and which
 * contracts let a contractor handle it; shown to those who may read the supplier registers.
 */
@Component
class SupplierAssetNotes implements AssetNotes {
    private final CloudServices cloudServices;
    private final ContractorRepository contracts;
    private final SupplierAccess access;

    SupplierAssetNotes(CloudServices cloudServices, ContractorRepository contracts, SupplierAccess access) {
        this.cloudServices = cloudServices;
        this.contracts = contracts;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notesOn(String assetNumber) {
        if (!access.mayList()) {
            return List.of();
        }
        List<Note> notes = new ArrayList<>();
        for (CloudService s : cloudServices.holding(assetNumber)) {
            notes.add(new Note(
                    "sup.note.cloud", List.of(s.name(), s.maxConfidentiality()), "/cloud-services/" + s.id(), false));
        }
        for (SupplierFinding f : cloudServices.findingsOnAsset(assetNumber)) {
            // the service's name first, then the finding's own facts
            List<Object> args = new ArrayList<>();
            args.add(f.subject());
            args.addAll(f.args());
            notes.add(new Note("sup.note." + f.rule(), args, f.link(), true));
        }
        for (long id : contracts.contractsWithAsset(assetNumber)) {
            contracts
                    .contract(id)
                    .ifPresent(k -> notes.add(new Note(
                            "sup.note.contract",
                            List.of(k.title(), k.contractorName()),
                            "/contractors/" + k.contractorId() + "/contracts/" + k.id(),
                            false)));
        }
        return notes;
    }
}
