package jp.mamori.organization;

import java.util.List;
import jp.mamori.shared.RoleGrant;

/**
 * A person in post on a day with the grants they hold on it (as {@link Directory#grantsOn} gives
 * them, STAFF for their unit last): what the check of a signed-in session needs on each request.
 */
public record PersonInPost(long personId, String name, List<RoleGrant> grants) {
    public PersonInPost {
        grants = List.copyOf(grants);
    }
}
