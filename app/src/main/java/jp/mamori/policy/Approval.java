package jp.mamori.policy;

import java.time.OffsetDateTime;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * One approval (決裁) of a revision at one step of its chain.
 *
 * @param step the step, from 1
 * @param role the role the step asks for
 * @param login who approved
 * @param personId their person, if the account has one
 * @param personName their name at the time
 * @param decidedAt when
 * @param decisionId the committee decision (議決) that passed the step, for the committee's step
 */
public record Approval(
        int step,
        Role role,
        String login,
        @Nullable Long personId,
        String personName,
        OffsetDateTime decidedAt,
        @Nullable Long decisionId) {

    /** A person's approval (no committee decision). */
    public Approval(
            int step, Role role, String login, @Nullable Long personId, String personName, OffsetDateTime decidedAt) {
        this(step, role, login, personId, personName, decidedAt, null);
    }

    /** True when a decision of the committee passed this step. */
    public boolean byCommittee() {
        return decisionId != null;
    }
}
