package jp.mamori.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.DateText;
import jp.mamori.organization.RoleAssignmentDraft;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/** The form that gives a role: the holder's staff number, the role, the scope (no unit = whole body), the period. */
record AssignmentForm(
        @NotBlank(message = "{organization.role.person.required}") @Nullable
        String staffNumber,

        @NotNull(message = "{organization.role.role.required}") @Nullable
        Role role,

        @Nullable Long unitId,

        @NotBlank(message = "{organization.role.validFrom.required}") @Nullable
        String validFrom,

        @Nullable String validTo) {

    static AssignmentForm empty(LocalDate today) {
        return new AssignmentForm("", null, null, today.toString(), "");
    }

    /** The draft for the person found by staff number (null when unknown), or the date problems. */
    RoleAssignmentDraft draft(@Nullable Long personId) {
        List<Problem> problems = new ArrayList<>();
        if (personId == null) {
            problems.add(Problem.of("staffNumber", "organization.role.person.unknown"));
        }
        LocalDate from = date(validFrom, "validFrom", problems);
        LocalDate to = date(validTo, "validTo", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RoleAssignmentDraft(personId, role, unitId, from, to);
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateText.parse(text).orElseGet(() -> {
            problems.add(Problem.of(field, "organization.role." + field + ".format"));
            return null;
        });
    }
}
