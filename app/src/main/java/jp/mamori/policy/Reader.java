package jp.mamori.policy;

import java.util.Set;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Someone who wants to read policy documents, with just the facts {@link ReadingRule} needs.
 *
 * @param login the account's login (for the audit trail)
 * @param personId the person behind the account, if any
 * @param inPost true when the person is in post today (holds the STAFF grant)
 * @param ownUnits the person's unit and every unit above it
 * @param roles the roles held today, in any scope
 * @param managedUnits the units a 情報セキュリティ責任者・管理者 grant covers (with the units below)
 * @param readsAll administrators, CISO-level roles and auditors read every document
 */
record Reader(
        String login,
        @Nullable Long personId,
        boolean inPost,
        Set<Long> ownUnits,
        Set<Role> roles,
        Set<Long> managedUnits,
        boolean readsAll) {
    Reader {
        ownUnits = Set.copyOf(ownUnits);
        roles = Set.copyOf(roles);
        managedUnits = Set.copyOf(managedUnits);
    }

    /** Nobody: reads nothing but public documents. */
    static Reader anonymous() {
        return new Reader("anonymous", null, false, Set.of(), Set.of(), Set.of(), false);
    }
}
