package jp.mamori.policy;

import java.util.Objects;
import java.util.Set;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Someone acting on a revision in approval: who they are, and the roles they hold for the
 * document's owner unit (body-wide or through a unit above it) today.
 */
record Approver(String login, @Nullable Long personId, String name, Set<Role> roles) {
    Approver {
        roles = Set.copyOf(roles);
    }

    /** True when this is the same person as the one who logged in as {@code login} / {@code personId}. */
    boolean isSamePersonAs(String otherLogin, @Nullable Long otherPersonId) {
        return login.equals(otherLogin) || (personId != null && Objects.equals(personId, otherPersonId));
    }
}
