package jp.mamori.asset;

import java.util.HashSet;
import java.util.Set;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read and change which assets:
 *
 * <ul>
 *   <li>body-wide managers (administrator, CISO, 副CISO, 統括) and auditors read every asset;
 *       so does anyone holding any role body-wide (e.g. a body-wide CSIRT member);
 *   <li>everyone else reads the assets of the units their grants cover — a 情報セキュリティ責任者 or
 *       管理者 the units of their scope and those below, plain staff their own unit (and the units
 *       below it);
 *   <li>changing an asset (create, edit, dispose, approve a disposal) needs
 *       {@link Access#canManageUnit} for its owner unit: body-wide managers, and 情報セキュリティ責任者
 *       or 管理者 whose scope covers the unit. Auditors never change anything.
 * </ul>
 *
 * Approving a disposal is a sensitive change: an approver with an authenticator app enrolled
 * confirms it with a fresh code ({@link #confirmApproval}), as the premises approvals do.
 */
@Component
public class AssetAccess {
    private final Access access;
    private final UnitHierarchy hierarchy;
    private final FreshSecondFactor secondFactor;
    private final AssetRepository repository;

    AssetAccess(Access access, UnitHierarchy hierarchy, FreshSecondFactor secondFactor, AssetRepository repository) {
        this.access = access;
        this.hierarchy = hierarchy;
        this.secondFactor = secondFactor;
        this.repository = repository;
    }

    /** The handlers' rule for the list, findings and export: anyone signed in sees the units they may read. */
    public static final String MAY_LIST = "isAuthenticated()";

    /** The handlers' rule for one asset and its history. */
    public static final String MAY_READ = "@assetAccess.mayRead(#number)";

    /** The handlers' rule for registering and importing. */
    public static final String MAY_CREATE = "@assetAccess.mayCreate()";

    /** The handlers' rule for editing and the disposal steps. */
    public static final String MAY_CHANGE = "@assetAccess.mayChange(#number)";

    /*
     * The handlers' rules ({@code @PreAuthorize("@assetAccess.…")}). A refusal throws NotAllowedException
     * naming the reason, so the 403 page says why as it always has; an unknown number passes, so that
     * the handler answers 404.
     */

    /** May read the asset: its owner unit is among {@link #visibleUnits()}. */
    public boolean mayRead(String number) {
        repository.findByNumber(number).ifPresent(asset -> requireRead(asset.ownerUnitId()));
        return true;
    }

    /** May change the asset: {@link Access#canManageUnit} for its owner unit. */
    public boolean mayChange(String number) {
        repository.findByNumber(number).ifPresent(asset -> requireManage(asset.ownerUnitId()));
        return true;
    }

    /** May register or import assets at all: manages some unit (which one is checked on the record). */
    public boolean mayCreate() {
        if (!managesSomeUnit()) {
            throw new NotAllowedException("asset.notAllowed.unit");
        }
        return true;
    }

    /** True when the signed-in login confirms a disposal's approval with a code from its authenticator app. */
    public boolean confirmsWithCode() {
        return Access.current().map(u -> secondFactor.enrolled(u.login())).orElse(false);
    }

    /**
     * Checks the approver's fresh second factor when the login has one enrolled (a wrong or missing
     * code throws on the field {@code confirmation}, and nothing is approved); answers whether a code
     * was confirmed, for the audit entry.
     */
    boolean confirmApproval(@Nullable String code, @Nullable String source) {
        return FreshSecondFactor.confirmWhenEnrolled(secondFactor, Access.currentLogin(), code, source);
    }

    /** The units whose assets the user may read, or null for every unit. */
    @Nullable
    public Set<Long> visibleUnits() {
        if (access.canReadAll()) {
            return null;
        }
        CurrentUser user = access.user();
        if (user.grants().stream().anyMatch(g -> g.isBodyWide() && g.role() != jp.mamori.shared.Role.STAFF)) {
            return null;
        }
        Set<Long> units = new HashSet<>();
        for (RoleGrant grant : user.grants()) {
            if (grant.unitId() != null) {
                units.addAll(hierarchy.selfAndDescendants(grant.unitId()));
            }
        }
        return units;
    }

    boolean canRead(long unitId) {
        Set<Long> visible = visibleUnits();
        return visible == null || visible.contains(unitId);
    }

    public void requireRead(long unitId) {
        if (!canRead(unitId)) {
            throw new NotAllowedException("asset.notAllowed.read");
        }
    }

    public boolean canManage(long unitId) {
        return access.canManageUnit(unitId);
    }

    public void requireManage(long unitId) {
        if (!canManage(unitId)) {
            throw new NotAllowedException("asset.notAllowed.unit");
        }
    }

    /** The units the user may register assets for, or null for every unit. */
    @Nullable
    public Set<Long> managedUnits() {
        if (access.isBodyWideManager()) {
            return null;
        }
        Set<Long> units = new HashSet<>();
        Access.current()
                .ifPresent(user -> user.grants().stream()
                        .filter(g -> g.role() == jp.mamori.shared.Role.SECURITY_OFFICER
                                || g.role() == jp.mamori.shared.Role.SECURITY_MANAGER)
                        .forEach(g -> {
                            if (g.unitId() == null) {
                                units.add(-1L);
                            } else {
                                units.addAll(hierarchy.selfAndDescendants(g.unitId()));
                            }
                        }));
        return units.contains(-1L) ? null : units;
    }

    public boolean managesSomeUnit() {
        Set<Long> managed = managedUnits();
        return managed == null || !managed.isEmpty();
    }
}
