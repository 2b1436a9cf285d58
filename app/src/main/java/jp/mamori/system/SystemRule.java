package jp.mamori.system;

import java.util.List;
import java.util.Optional;
import jp.mamori.asset.AssetProfile;

/**
 * One rule of the 情報システム台帳: a small named check of one system's facts against the policy. Every
 * rule is listed in {@link #ALL}; each is tested on its own.
 */
sealed interface SystemRule {
    List<SystemRule> ALL = List.of(
            new ConfidentialInInternetZone(),
            new MyNumberTerminalsWithoutMultiFactor(),
            new MyNumberTerminalsWithRemovableMedia(),
            new NoAdministrator(),
            new AssetNotInUse(),
            new AccountReviewOverdue());

    /** The rule's stable name (finding code). */
    String code();

    Optional<SystemFinding> check(SystemFacts facts);

    private static SystemFinding finding(String code, SystemFacts f, String... args) {
        return new SystemFinding(code, f.system().id(), f.system().assetNumber(), List.of(args));
    }

    /** A 機密性3 (or higher) asset must not be held by a system of the Internet zone. */
    record ConfidentialInInternetZone() implements SystemRule {
        public String code() {
            return "CONFIDENTIAL_IN_INTERNET_ZONE";
        }

        public Optional<SystemFinding> check(SystemFacts f) {
            if (f.system().zone() != SystemZone.INTERNET) {
                return Optional.empty();
            }
            return f.assets().stream()
                    .filter(a -> a.confidentialityRank() >= 3)
                    .map(AssetProfile::exampleNumber)
                    .sorted()
                    .findFirst()
                    .map(number -> finding(code(), f, number));
        }
    }

    /** Terminals of a My Number system sign people in with more than one factor. */
    record MyNumberTerminalsWithoutMultiFactor() implements SystemRule {
        public String code() {
            return "MY_NUMBER_TERMINAL_WITHOUT_MFA";
        }

        public Optional<SystemFinding> check(SystemFacts f) {
            if (f.system().zone() != SystemZone.MY_NUMBER) {
                return Optional.empty();
            }
            return f.system().devices().stream()
                    .filter(d -> d.terminal() && !d.multiFactorSignIn())
                    .map(Device::name)
                    .findFirst()
                    .map(name -> finding(code(), f, name));
        }
    }

    /** Terminals of a My Number system cannot use removable media. */
    record MyNumberTerminalsWithRemovableMedia() implements SystemRule {
        public String code() {
            return "MY_NUMBER_TERMINAL_REMOVABLE_MEDIA";
        }

        public Optional<SystemFinding> check(SystemFacts f) {
            if (f.system().zone() != SystemZone.MY_NUMBER) {
                return Optional.empty();
            }
            return f.system().devices().stream()
                    .filter(d -> d.terminal() && !d.removableMediaBlocked())
                    .map(Device::name)
                    .findFirst()
                    .map(name -> finding(code(), f, name));
        }
    }

    /** Every system has a 情報システム管理者 in post. */
    record NoAdministrator() implements SystemRule {
        public String code() {
            return "NO_ADMINISTRATOR";
        }

        public Optional<SystemFinding> check(SystemFacts f) {
            return f.administratorsInPost() == 0 ? Optional.of(finding(code(), f)) : Optional.empty();
        }
    }

    /** The system's asset of kind ① is in use in the asset register (not disposed, not removed). */
    record AssetNotInUse() implements SystemRule {
        public String code() {
            return "ASSET_NOT_IN_USE";
        }

        public Optional<SystemFinding> check(SystemFacts f) {
            return f.ownAssetInUse()
                    ? Optional.empty()
                    : Optional.of(finding(code(), f, f.system().assetNumber()));
        }
    }

    /** A system with accounts has them reviewed (棚卸し) at least once a year. */
    record AccountReviewOverdue() implements SystemRule {
        public String code() {
            return "ACCOUNT_REVIEW_OVERDUE";
        }

        public Optional<SystemFinding> check(SystemFacts f) {
            return f.accountReviewOverdueSince() == null
                    ? Optional.empty()
                    : Optional.of(finding(code(), f, jp.mamori.shared.Wareki.japanese(f.accountReviewOverdueSince())));
        }
    }
}
