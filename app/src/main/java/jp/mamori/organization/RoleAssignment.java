package jp.mamori.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * A role given to a person, for the whole body ({@code unitId == null}) or for a unit and the units
 * below it, valid from one day to another (both included; no end = until ended). Assignments are
 * never deleted: {@link #end} closes the period and records who ended it, so the history of every
 * assignment ever made stays readable.
 */
public record RoleAssignment(
        long id,
        long personId,
        Role role,
        @Nullable Long unitId,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String assignedBy,
        OffsetDateTime assignedAt,
        @Nullable String endedBy,
        @Nullable OffsetDateTime endedAt) {

    ValidityPeriod period() {
        return new ValidityPeriod(validFrom, validTo);
    }

    public boolean validOn(LocalDate day) {
        return period().contains(day);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    /**
     * The assignment ended with {@code lastDay} as its last valid day. An ended assignment stays
     * ended; the period can be shortened, never lengthened.
     */
    RoleAssignment end(LocalDate lastDay, String by, OffsetDateTime at) {
        if (isEnded()) {
            throw InvalidInputException.of("lastDay", "organization.role.alreadyEnded");
        }
        if (lastDay.isBefore(validFrom)) {
            throw InvalidInputException.of("lastDay", "organization.role.endBeforeFrom");
        }
        if (validTo != null && lastDay.isAfter(validTo)) {
            throw InvalidInputException.of("lastDay", "organization.role.endAfterTo");
        }
        return new RoleAssignment(id, personId, role, unitId, validFrom, lastDay, assignedBy, assignedAt, by, at);
    }
}
