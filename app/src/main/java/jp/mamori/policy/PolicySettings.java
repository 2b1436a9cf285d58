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
     */
    public record ApprovalChains(
            @DefaultValue({"CHIEF_SECURITY_OFFICER", "CISO"})
            List<Role> basicPolicy,

            @DefaultValue({"CHIEF_SECURITY_OFFICER", "CISO"})
            List<Role> standard,

            @DefaultValue({"SECURITY_OFFICER", "CHIEF_SECURITY_OFFICER"})
            List<Role> procedure) {
        public ApprovalChains {
            basicPolicy = checked("basic-policy", basicPolicy);
            standard = checked("standard", standard);
            procedure = checked("procedure", procedure);
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
            return List.copyOf(chain);
        }

        /** The chain for a tier. */
        public List<Role> of(PolicyTier tier) {
            return switch (tier) {
                case BASIC_POLICY -> basicPolicy;
                case STANDARD -> standard;
                case PROCEDURE -> procedure;
            };
        }
    }

    static PolicySettings defaults() {
        return new PolicySettings(new ApprovalChains(
                List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO),
                List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO),
                List.of(Role.SECURITY_OFFICER, Role.CHIEF_SECURITY_OFFICER)));
    }
}
