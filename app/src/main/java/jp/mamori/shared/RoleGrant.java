package jp.mamori.shared;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A role held today, scoped to the whole body ({@code unitId == null}) or to one unit and the
 * units below it.
 */
public record RoleGrant(Role role, @Nullable Long unitId) implements Serializable {
    public boolean isBodyWide() {
        return unitId == null;
    }
}
