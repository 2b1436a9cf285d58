package jp.mamori.organization;

import java.util.Optional;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Which scope a role may be given: CISO, 副CISO and 統括 for the whole body only; 情報セキュリティ責任者
 * and 情報セキュリティ管理者 for a unit only (they answer for that unit and the units below it); the
 * other roles either way. 職員等 is never assigned: everyone in post holds it.
 */
final class RoleScopeRule {
    private RoleScopeRule() {}

    /** The message key of the broken rule, or empty when the scope fits the role. */
    static Optional<String> problem(Role role, @Nullable Long unitId) {
        if (role == Role.STAFF) {
            return Optional.of("organization.role.staffIsImplicit");
        }
        if (role.isCisoLevel() && unitId != null) {
            return Optional.of("organization.role.bodyWideOnly");
        }
        if ((role == Role.SECURITY_OFFICER || role == Role.SECURITY_MANAGER) && unitId == null) {
            return Optional.of("organization.role.unitRequired");
        }
        return Optional.empty();
    }
}
