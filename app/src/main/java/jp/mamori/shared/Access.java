package jp.mamori.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in one place, for every module: used in Java and in
 * {@code @PreAuthorize("@access.…")} expressions. Reads the signed-in user from the security
 * context; unit-scoped roles cover the unit and every unit below it.
 */
@Component("access")
public class Access {
    private final UnitHierarchy units;

    public Access(UnitHierarchy units) {
        this.units = units;
    }

    /** The signed-in user, if any. */
    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    /** Login of the signed-in user for the audit trail: {@code system} outside a request. */
    public static String currentLogin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "system";
        }
        return current().map(CurrentUser::login).orElse(auth.getName());
    }

    /** The signed-in user, or {@link NotAllowedException} when nobody is signed in. */
    public CurrentUser user() {
        return current().orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
    }

    public boolean isAdmin() {
        return current().map(CurrentUser::administrator).orElse(false);
    }

    /** True when the user holds the role (named as in {@link Role}) anywhere. */
    public boolean hasRole(String role) {
        return current().map(u -> u.has(Role.valueOf(role))).orElse(false);
    }

    /** Administrator, CISO, 副CISO or 統括: may run the ISMS for the whole body. */
    public boolean isBodyWideManager() {
        return isAdmin()
                || current()
                        .map(u -> u.grants().stream().anyMatch(g -> g.role().isCisoLevel()))
                        .orElse(false);
    }

    /** Body-wide managers, auditors and the 監査統括責任者: may read everything (auditors read only). */
    public boolean canReadAll() {
        return isBodyWideManager() || hasRole(Role.AUDITOR.name()) || hasRole(Role.AUDIT_DIRECTOR.name());
    }

    /** May read the audit trail: administrators, CISO-level roles and auditors. */
    public boolean canReadAuditTrail() {
        return canReadAll();
    }

    /**
     * May change things that belong to the unit: body-wide managers, and 情報セキュリティ責任者 or
     * 情報セキュリティ管理者 whose scope covers the unit.
     */
    public boolean canManageUnit(long unitId) {
        if (isBodyWideManager()) {
            return true;
        }
        return current()
                .map(u -> u.grants().stream()
                        .filter(g -> g.role() == Role.SECURITY_OFFICER || g.role() == Role.SECURITY_MANAGER)
                        .anyMatch(g -> g.isBodyWide()
                                || units.selfAndDescendants(g.unitId()).contains(unitId)))
                .orElse(false);
    }

    /** True when the user holds the role for the unit (body-wide or through a unit above it). */
    public boolean hasRoleFor(Role role, long unitId) {
        return current()
                .map(u -> u.grants().stream()
                        .filter(g -> g.role() == role)
                        .anyMatch(g -> g.isBodyWide()
                                || units.selfAndDescendants(g.unitId()).contains(unitId)))
                .orElse(false);
    }
}
