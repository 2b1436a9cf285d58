package jp.mamori.supplier;

import jp.mamori.shared.Access;
import jp.mamori.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with contractors, cloud services and SNS accounts, for the handlers'
 * {@code @PreAuthorize("@supplierAccess.…")} and the services. Reading: body-wide readers and every
 * 情報セキュリティ責任者 or 管理者. Registering and changing: body-wide managers, and 情報セキュリティ責任者
 * or 管理者 for contracts and accounts of units in their scope. Approving (再委託, cloud services),
 * configuring the clause checklist and starting check campaigns: body-wide managers (CISO level).
 */
@Component("supplierAccess")
public class SupplierAccess {
    private final Access access;
    private final ContractorRepository contracts;
    private final CheckRepository checks;
    private final CloudServiceRepository cloudServices;
    private final SnsAccountRepository snsAccounts;

    SupplierAccess(
            Access access,
            ContractorRepository contracts,
            CheckRepository checks,
            CloudServiceRepository cloudServices,
            SnsAccountRepository snsAccounts) {
        this.access = access;
        this.contracts = contracts;
        this.checks = checks;
        this.cloudServices = cloudServices;
        this.snsAccounts = snsAccounts;
    }

    /** May change the cloud service: managers of its unit; an unknown id passes (404 follows). */
    public boolean mayChangeCloudService(long id) {
        return cloudServices.unitOf(id).map(access::canManageUnit).orElse(true);
    }

    /** May change the SNS account: managers of its unit; an unknown id passes (404 follows). */
    public boolean mayChangeSnsAccount(long id) {
        return snsAccounts.unitOf(id).map(access::canManageUnit).orElse(true);
    }

    /** May answer and assess the periodic check: managers of its contract's unit. */
    public boolean mayChangeCheck(long checkId) {
        return checks.contractOfCheck(checkId)
                .flatMap(contracts::unitOfContract)
                .map(access::canManageUnit)
                .orElse(true);
    }

    /** May open the registers. */
    public boolean mayList() {
        return access.canReadAll() || isOfficer();
    }

    /** May register contractors, contracts, services and accounts at all (the unit is checked on save). */
    public boolean mayRegister() {
        return access.isBodyWideManager() || isOfficer();
    }

    /** May change the contract: managers of its unit; an unknown id passes (the handler answers 404). */
    public boolean mayChangeContract(long contractId) {
        return contracts.unitOfContract(contractId).map(access::canManageUnit).orElse(true);
    }

    /** May change things that belong to the unit. */
    public boolean mayManageUnit(long unitId) {
        return access.canManageUnit(unitId);
    }

    /** May approve 再委託 and cloud services, configure the clauses and start check campaigns. */
    public boolean mayApprove() {
        return access.isBodyWideManager();
    }

    private boolean isOfficer() {
        return access.hasRole(Role.SECURITY_OFFICER.name()) || access.hasRole(Role.SECURITY_MANAGER.name());
    }
}
