package jp.mamori.shared;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as every module sees it: login, the person record (if the account belongs
 * to one), whether the account administers mamori, and the roles held today.
 */
public record CurrentUser(
        String login, @Nullable Long personId, String displayName, boolean administrator, List<RoleGrant> grants)
        implements Serializable {
    public CurrentUser {
        grants = List.copyOf(grants);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** True when the role is held for the whole body, not only for a unit. */
    public boolean hasBodyWide(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role && g.isBodyWide());
    }
}
