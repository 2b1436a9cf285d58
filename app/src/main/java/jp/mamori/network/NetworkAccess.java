package jp.mamori.network;

import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.system.SystemRegister;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the zone model and the netcheck runs, for the handlers'
 * {@code @PreAuthorize("@networkAccess.…")} and the services.
 *
 * <ul>
 *   <li>Read the model and the runs list: body-wide readers, 情報セキュリティ責任者/管理者 and
 *       情報システム管理者/担当者.
 *   <li>Edit and submit the model: body-wide managers and 情報セキュリティ責任者.
 *   <li>Approve or return it: CISO-level roles (CISO, 副CISO, 統括情報セキュリティ責任者), never the
 *       person who wrote or submitted the version (checked in the service).
 *   <li>Upload a file for a check: body-wide managers, and those who may change the system the device
 *       belongs to (its unit's managers, its 管理者).
 *   <li>Read a run: body-wide readers, who uploaded it, and those who may read its system.
 * </ul>
 */
@Component("networkAccess")
public class NetworkAccess {
    private final Access access;
    private final SystemRegister systems;
    private final NetcheckRunRepository runs;

    NetworkAccess(Access access, SystemRegister systems, NetcheckRunRepository runs) {
        this.access = access;
        this.systems = systems;
        this.runs = runs;
    }

    public boolean mayRead() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name())
                || access.hasRole(Role.SYSTEM_ADMINISTRATOR.name())
                || access.hasRole(Role.SYSTEM_STAFF.name());
    }

    public boolean mayEdit() {
        return access.isBodyWideManager() || access.hasRole(Role.SECURITY_OFFICER.name());
    }

    public boolean mayApprove() {
        return Access.current()
                .map(u -> u.grants().stream().anyMatch(g -> g.role().isCisoLevel()))
                .orElse(false);
    }

    /** May upload at all (which system is checked with the upload). */
    public boolean mayUpload() {
        return access.isBodyWideManager()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name())
                || access.hasRole(Role.SYSTEM_ADMINISTRATOR.name());
    }

    /** May upload a file of a device of the system (null: no system named, body-wide managers only). */
    public boolean mayUploadFor(@org.jspecify.annotations.Nullable Long systemId) {
        if (access.isBodyWideManager()) {
            return true;
        }
        return systemId != null && systems.mayManage(systemId);
    }

    /** May read the run; an unknown id passes, so that the handler answers 404. */
    public boolean mayReadRun(long id) {
        return runs.find(id).map(this::mayReadRun).orElse(true);
    }

    boolean mayReadRun(NetcheckRun run) {
        if (access.canReadAll()) {
            return true;
        }
        String login = Access.current().map(CurrentUser::login).orElse("");
        if (run.createdBy().equals(login)) {
            return true;
        }
        return run.systemId() != null && systems.mayRead(run.systemId());
    }
}
