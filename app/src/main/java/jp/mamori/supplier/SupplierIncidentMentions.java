package jp.mamori.supplier;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.IncidentMentions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the incident page which contracts and official SNS accounts name the incident (the link is
 * kept on this module's side: {@code sup_contract_incident}, {@code sup_sns_incident}); shown to those
 * who may read the supplier registers.
 */
@Component
class SupplierIncidentMentions implements IncidentMentions {
    private final ContractorRepository contracts;
    private final SnsAccountRepository accounts;
    private final SupplierAccess access;

    SupplierIncidentMentions(ContractorRepository contracts, SnsAccountRepository accounts, SupplierAccess access) {
        this.contracts = contracts;
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentioning(String incidentId) {
        if (!access.mayList()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        for (long id : contracts.contractsNaming(incidentId)) {
            contracts
                    .contract(id)
                    .ifPresent(k -> mentions.add(new Mention(
                            "sup.mention.contract",
                            List.of(k.number(), k.title(), k.contractorName()),
                            "/contractors/" + k.contractorId() + "/contracts/" + k.id())));
        }
        for (long id : accounts.accountsNaming(incidentId)) {
            accounts.find(id).ifPresent(a -> {
                String kind = a.incidents().stream()
                        .filter(i -> i.incidentId().equals(incidentId))
                        .map(LinkedIncident::kind)
                        .findFirst()
                        .orElse("OTHER");
                mentions.add(new Mention(
                        "sup.mention.sns." + kind, List.of(a.platform(), a.account()), "/sns-accounts/" + a.id()));
            });
        }
        return mentions;
    }
}
