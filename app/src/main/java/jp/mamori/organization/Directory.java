package jp.mamori.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.RoleGrant;

/**
 * Read access to the people of the body and the roles they hold, for other modules.
 *
 * <p>In post means {@code 着任日 ≤ day ≤ 離任日}: the 離任日 (last day) is still a working day, and a
 * leaver is out of post — and holds no role — from the day after it.
 */
public interface Directory {
    /** The person with this id, in post or not. */
    Optional<PersonSummary> person(long personId);

    /** The person with this staff number (職員番号), in post or not. */
    Optional<PersonSummary> personByStaffNumber(String staffNumber);

    /**
     * Role grants valid on that day (validity periods applied), plus STAFF (scoped to the person's
     * unit) for anyone in post. Empty when not in post.
     */
    List<RoleGrant> grantsOn(long personId, LocalDate day);

    /** True when the person is in post on that day (from ≤ day ≤ to, and not deactivated). */
    boolean inPostOn(long personId, LocalDate day);
}
