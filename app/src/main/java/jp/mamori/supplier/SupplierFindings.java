package jp.mamori.supplier;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The findings of every supplier register in one list: contracts, cloud services, SNS accounts. */
@Service
public class SupplierFindings {
    private final Contractors contractors;
    private final CloudServices cloudServices;
    private final SnsAccounts snsAccounts;

    SupplierFindings(Contractors contractors, CloudServices cloudServices, SnsAccounts snsAccounts) {
        this.contractors = contractors;
        this.cloudServices = cloudServices;
        this.snsAccounts = snsAccounts;
    }

    @Transactional(readOnly = true)
    public List<SupplierFinding> all() {
        List<SupplierFinding> all = new ArrayList<>(contractors.findings());
        all.addAll(cloudServices.findings());
        all.addAll(snsAccounts.findings());
        return all;
    }
}
