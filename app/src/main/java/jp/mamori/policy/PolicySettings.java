package jp.mamori.policy;

import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the policy module ({@code mamori.policy.*}), shown on /policies/settings.
 *
 * @param approval the ordered approval chain (決裁ルート) of each tier: role names of the catalogue;
 *     each step is decided by a holder of the role for the document's owner unit (body-wide holders
 *     count), and no person decides two steps of one revision
 */
@ConfigurationProperties("mamori.policy")
public record PolicySettings(@DefaultValue ApprovalChains approval) {

    /**
     * @param basicPolicy chain for the 基本方針 (default: 統括情報セキュリティ責任者, then CISO)
     * @param standard chain for 対策基準 (default: 統括情報セキュリティ責任者, then CISO)
     * @param procedure chain for 実施手順 (default: 情報セキュリティ責任者 of the owner unit, then 統括)
     * @param committeeDecision the tiers whose chain ends with a decision (議決) of the 情報セキュリティ委員会
     *     (default: the 基本方針): that last step is written {@link Role#COMMITTEE_MEMBER} in the chain and
     *     is passed only with the id of a carried decision about the revision, never by a person's approval
     */
    public record ApprovalChains(
            @DefaultValue({"CHIEF_SECURITY_OFFICER", "CISO"})
            List<Role> basicPolicy,

            @DefaultValue({"CHIEF_SECURITY_OFFICER", "CISO"})
            List<Role> standard,

            @DefaultValue({"SECURITY_OFFICER", "CHIEF_SECURITY_OFFICER"})
            List<Role> procedure,

            @DefaultValue("BASIC_POLICY") Set<PolicyTier> committeeDecision) {
        public ApprovalChains {
            basicPolicy = checked("basic-policy", basicPolicy);
            standard = checked("standard", standard);
            procedure = checked("procedure", procedure);
            committeeDecision = Set.copyOf(committeeDecision);
        }

        private static List<Role> checked(String name, List<Role> chain) {
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("mamori.policy.approval." + name + " needs at least one role");
            }
            if (Set.copyOf(chain).size() != chain.size()) {
                throw new IllegalArgumentException("mamori.policy.approval." + name + " names a role twice: " + chain);
            }
            if (chain.contains(Role.STAFF)) {
                throw new IllegalArgumentException("mamori.policy.approval." + name + " cannot use STAFF");
            }
            if (chain.contains(Role.COMMITTEE_MEMBER)) {
                throw new IllegalArgumentException("mamori.policy.approval." + name
                        + " cannot name COMMITTEE_MEMBER: list the tier in mamori.policy.approval.committee-decision");
            }
            return List.copyOf(chain);
        }

        /** The chain for a tier: its roles, then the committee's decision when the tier needs one. */
        public List<Role> of(PolicyTier tier) {
            List<Role> roles = switch (tier) {
                case BASIC_POLICY -> basicPolicy;
                case STANDARD -> standard;
                case PROCEDURE -> procedure;
            };
            if (!committeeDecision.contains(tier)) {
                return roles;
            }
            List<Role> chain = new java.util.ArrayList<>(roles);
            chain.add(Revision.COMMITTEE_STEP);
            return List.copyOf(chain);
        }

        /** True when the tier's chain ends with a committee decision. */
        public boolean needsCommittee(PolicyTier tier) {
            return committeeDecision.contains(tier);
        }
    }

    static PolicySettings defaults() {
        return new PolicySettings(new ApprovalChains(
                List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO),
                List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO),
                List.of(Role.SECURITY_OFFICER, Role.CHIEF_SECURITY_OFFICER),
                Set.of(PolicyTier.BASIC_POLICY)));
    }
}
