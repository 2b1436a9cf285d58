package jp.mamori.premises;

import java.time.LocalDate;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Leave to enter an area, for one person or for everyone holding a role for the area's unit, from
 * {@code validFrom} to {@code validTo} (both included; open-ended when null).
 */
public record Permit(
        long id,
        @Nullable Long personId,
        @Nullable Role role,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String grantedBy) {
    public Permit {
        if ((personId == null) == (role == null)) {
            throw new IllegalArgumentException("a permit names either a person or a role");
        }
    }

    /** True when the permit holds on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
