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
 */
public record Approval(
        int step, Role role, String login, @Nullable Long personId, String personName, OffsetDateTime decidedAt) {}
