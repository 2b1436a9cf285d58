package jp.mamori.system;

import java.util.Optional;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the 情報システム台帳, for the handlers' {@code @PreAuthorize("@systemAccess.…")}
 * and the services. Reading: body-wide readers, managers of the unit that owns the system's asset,
 * and the system's own 管理者 and 担当者. Changing: managers of that unit and the system's
 * 管理者. An unknown id passes the check, so that the handler answers 404, not 403.
 */
@Component("systemAccess")
public class SystemAccess {
    private final Access access;
    private final SystemRepository repository;
    private final AssetRegister assets;

    SystemAccess(Access access, SystemRepository repository, AssetRegister assets) {
        this.access = access;
        this.repository = repository;
        this.assets = assets;
    }

    /** May open the list: body-wide readers, 情報セキュリティ責任者/管理者 and 情報システム管理者/担当者. */
    public boolean mayList() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name())
                || access.hasRole(Role.SYSTEM_ADMINISTRATOR.name())
                || access.hasRole(Role.SYSTEM_STAFF.name());
    }

    /** May register systems at all (which unit's asset is checked when saving). */
    public boolean mayCreate() {
        return access.isBodyWideManager()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    public boolean mayRead(long id) {
        return repository.find(id).map(this::mayRead).orElse(true);
    }

    public boolean mayChange(long id) {
        return repository.find(id).map(this::mayChange).orElse(true);
    }

    /** May approve accounts on the system: its 管理者 and body-wide managers. */
    public boolean mayApproveAccounts(long id) {
        return repository.find(id).map(this::mayApproveAccounts).orElse(true);
    }

    boolean mayApproveAccounts(RegisteredSystem s) {
        return access.isBodyWideManager() || named(s, false);
    }

    boolean mayRead(RegisteredSystem s) {
        return access.canReadAll() || managesUnitOf(s.assetNumber()) || named(s, true);
    }

    boolean mayChange(RegisteredSystem s) {
        return managesUnitOf(s.assetNumber()) || named(s, false);
    }

    /** May manage the unit that owns the asset (body-wide managers may manage every unit). */
    boolean managesUnitOf(String assetNumber) {
        Optional<AssetSummary> asset = assets.byNumber(assetNumber);
        return asset.isPresent() ? access.canManageUnit(asset.get().unitId()) : access.isBodyWideManager();
    }

    private boolean named(RegisteredSystem s, boolean staffToo) {
        Long person = Access.current().map(CurrentUser::personId).orElse(null);
        return person != null
                && (s.administrators().contains(person)
                        || (staffToo && s.staff().contains(person)));
    }
}
