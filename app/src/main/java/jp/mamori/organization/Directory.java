package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;

/**
 * Read access to the units and people of the body and the roles they hold, for other modules.
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

    /**
     * {@link #grantsOn(long, LocalDate)} for many people at once, in a few set queries instead of
     * several per person: the same grants in the same order for each id; an id not in post on the
     * day (or unknown) maps to an empty list.
     */
    Map<Long, List<RoleGrant>> grantsOn(Collection<Long> personIds, LocalDate day);

    /**
     * The person's name and {@link #grantsOn(long, LocalDate)} on that day read in one statement;
     * empty when the person is unknown or not in post. For the check every signed-in request makes.
     */
    Optional<PersonInPost> inPost(long personId, LocalDate day);

    /** True when the person is in post on that day (from ≤ day ≤ to, and not deactivated). */
    boolean inPostOn(long personId, LocalDate day);

    /** Everyone in post on that day, by unit code then kana. */
    List<PersonSummary> peopleInPost(LocalDate day);

    /**
     * Who holds the role for the unit on that day, nearest scope first: holders scoped to the unit
     * itself, then to each unit above it in turn, then body-wide holders. Only people in post. For
     * {@link Role#STAFF} the answer is the people of the unit itself.
     */
    List<PersonSummary> holdersFor(Role role, long unitId, LocalDate day);

    /** Everyone holding the role on that day, whatever its scope. Only people in post. */
    List<PersonSummary> holders(Role role, LocalDate day);

    /** The unit with this id. */
    Optional<UnitSummary> unit(long unitId);

    /**
     * The unit named by this text: its code first, else its exact name (full-width and half-width
     * spaces around it ignored). Empty when nothing or more than one unit matches the name.
     */
    Optional<UnitSummary> unitByCodeOrName(String text);

    /** Every unit, parents before their children, siblings by code. */
    List<UnitSummary> units();

    /** Every employment category in the body's order. */
    List<CategorySummary> categories();
}
