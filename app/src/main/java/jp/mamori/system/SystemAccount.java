package jp.mamori.system;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One account on a system (ID管理). Requested by a manager of the system, approved by its 管理者; a
 * privileged ID names a 代行者; the removal of an account that is no longer needed is confirmed, and
 * from then on it is only history.
 *
 * @param personId who holds it; null only for a shared account without an owner
 * @param personUnitId the holder's unit when the account was requested (a move shows as a change)
 * @param deputyPersonId the 代行者 of a privileged ID
 */
public record SystemAccount(
        long id,
        long systemId,
        String accountName,
        AccountKind kind,
        @Nullable Long personId,
        @Nullable Long personUnitId,
        @Nullable Long deputyPersonId,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String requestedBy,
        @Nullable String approvedBy,
        @Nullable String removedBy) {

    /** Where the account stands: waiting for the 管理者, in use, or removed (confirmed). */
    public enum State {
        REQUESTED,
        ACTIVE,
        REMOVED;

        public String messageKey() {
            return "system.account.state." + name();
        }
    }

    public State state() {
        return removedBy != null ? State.REMOVED : approvedBy == null ? State.REQUESTED : State.ACTIVE;
    }

    public boolean removed() {
        return removedBy != null;
    }
}
