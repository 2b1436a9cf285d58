package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/** A role to give: to whom, which role, for which unit (none = the whole body), and for which days. */
public record RoleAssignmentDraft(
        @Nullable Long personId,
        @Nullable Role role,
        @Nullable Long unitId,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (personId == null) {
            problems.add(Problem.of("personId", "organization.role.person.required"));
        }
        if (role == null) {
            problems.add(Problem.of("role", "organization.role.role.required"));
        } else {
            RoleScopeRule.problem(role, unitId).ifPresent(key -> problems.add(Problem.of("unitId", key)));
        }
        if (validFrom == null) {
            problems.add(Problem.of("validFrom", "organization.role.validFrom.required"));
        } else if (!ValidityPeriod.isOrdered(validFrom, validTo)) {
            problems.add(Problem.of("validTo", "organization.role.validTo.beforeFrom"));
        }
        return problems;
    }
}
