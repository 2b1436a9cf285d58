package jp.mamori.premises;

import jp.mamori.shared.Access;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the premises registers, for the handlers' {@code @PreAuthorize("@premisesAccess.…")}
 * and the services. Areas and media belong to a unit: body-wide readers read them, the unit's
 * 情報セキュリティ責任者/管理者 (and body-wide managers) manage them. Anyone in post may ask to carry an
 * asset out or bring a device in. An unknown id passes the check, so the handler answers 404, not 403.
 * Approvals (of a carry-out, a bring-in, a disposal record) are sensitive changes: an approver with an
 * authenticator app enrolled confirms each with a fresh code ({@link #confirmApproval}).
 */
@Component("premisesAccess")
public class PremisesAccess {
    private final Access access;
    private final AreaRepository areas;
    private final MediaRepository media;
    private final FreshSecondFactor secondFactor;

    PremisesAccess(Access access, AreaRepository areas, MediaRepository media, FreshSecondFactor secondFactor) {
        this.access = access;
        this.areas = areas;
        this.media = media;
        this.secondFactor = secondFactor;
    }

    /** True when the signed-in login confirms approvals with a code from its authenticator app. */
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

    /** May open the registers of areas and media: readers of everything and unit managers. */
    public boolean mayList() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    /** May register areas or media at all (the unit is checked when saving). */
    public boolean mayCreate() {
        return access.isBodyWideManager()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    public boolean mayReadArea(long id) {
        return areas.find(id).map(a -> mayRead(a.unitId())).orElse(true);
    }

    public boolean mayManageArea(long id) {
        return areas.find(id).map(a -> mayManage(a.unitId())).orElse(true);
    }

    public boolean mayReadMedium(long id) {
        return media.medium(id).map(m -> mayRead(m.unitId())).orElse(true);
    }

    public boolean mayManageMedium(long id) {
        return media.medium(id).map(m -> mayManage(m.unitId())).orElse(true);
    }

    public boolean mayReadDisposal(long id) {
        return media.disposal(id).map(d -> mayRead(d.unitId())).orElse(true);
    }

    /** Anyone signed in with a person behind the account may ask for a carry-out or a bring-in. */
    public boolean mayRequest() {
        return Access.current().map(u -> u.personId() != null).orElse(false);
    }

    /** Anyone signed in may open the lists of carry-outs and bring-ins (each sees what they may). */
    public boolean signedIn() {
        return Access.current().isPresent();
    }

    boolean mayRead(long unitId) {
        return access.canReadAll() || access.canManageUnit(unitId);
    }

    boolean mayManage(long unitId) {
        return access.canManageUnit(unitId);
    }

    /** The CISO (or 副CISO) step of a carry-out the settings reserve to them. */
    boolean isCiso() {
        return Access.current()
                .map(u -> u.has(Role.CISO) || u.has(Role.DEPUTY_CISO))
                .orElse(false);
    }
}
