package jp.mamori.asset;

import java.util.List;
import java.util.Optional;

/**
 * A rule checked on every asset in use in the register. Each rule is a small named type with its own
 * test; {@link #ALL} lists them in the order the findings page shows them.
 */
public sealed interface RegisterRule
        permits RegisterRule.ContainerClass,
                RegisterRule.MyNumberZone,
                RegisterRule.TopConfidentialityOffInternet,
                RegisterRule.ReviewOverdue,
                RegisterRule.SecurityManagerAppointed {
    List<RegisterRule> ALL = List.of(
            new ContainerClass(),
            new MyNumberZone(),
            new TopConfidentialityOffInternet(),
            new ReviewOverdue(),
            new SecurityManagerAppointed());

    /** The rule's code: {@code asset.rule.<code>} names it in the message bundle. */
    String code();

    /** What the rule finds on the asset, if anything. */
    Optional<Finding> check(RegisterEntry asset, RegisterSnapshot register);

    private static Finding finding(String rule, RegisterEntry e, Object... args) {
        return new Finding(rule, e.number(), e.name(), e.unitId(), List.of(args));
    }

    /**
     * A container's class is at least the highest class of what it holds (a medium with mixed
     * classes takes the highest): found when anything it holds, at any depth, is classified above it
     * on any axis.
     */
    record ContainerClass() implements RegisterRule {
        @Override
        public String code() {
            return "CONTAINER_CLASS";
        }

        @Override
        public Optional<Finding> check(RegisterEntry asset, RegisterSnapshot register) {
            for (Axis axis : Axis.values()) {
                ClassLevel own = register.own(asset, axis);
                ClassLevel effective = register.effective(asset, axis);
                if (effective.above(own)) {
                    return Optional.of(finding(code(), asset, effective.label(), own.label()));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * 特定個人情報 (data with My Number) must sit in the マイナンバー利用事務系. Applies to assets that
     * exist as data (electronic, or electronic and paper); paper alone has no network zone.
     */
    record MyNumberZone() implements RegisterRule {
        @Override
        public String code() {
            return "MY_NUMBER_ZONE";
        }

        @Override
        public Optional<Finding> check(RegisterEntry asset, RegisterSnapshot register) {
            if (!asset.specificPersonalInfo() || !asset.form().electronic()) {
                return Optional.empty();
            }
            NetworkZone zone = register.zone(asset.zoneCode());
            if (zone != null && zone.kind() == NetworkZone.Kind.MY_NUMBER) {
                return Optional.empty();
            }
            return Optional.of(finding(code(), asset, zone == null ? asset.zoneCode() : zone.name()));
        }
    }

    /**
     * The most confidential levels (機密性3; 自治体機密性3A and 3B — the levels marked
     * {@code keepOffInternet} in the scheme) must not sit in the インターネット接続系.
     */
    record TopConfidentialityOffInternet() implements RegisterRule {
        @Override
        public String code() {
            return "INTERNET_ZONE";
        }

        @Override
        public Optional<Finding> check(RegisterEntry asset, RegisterSnapshot register) {
            NetworkZone zone = register.zone(asset.zoneCode());
            ClassLevel level = register.own(asset, Axis.CONFIDENTIALITY);
            if (zone != null && zone.kind() == NetworkZone.Kind.INTERNET && level.keepOffInternet()) {
                return Optional.of(finding(code(), asset, level.label()));
            }
            return Optional.empty();
        }
    }

    /** The next review date has passed (the day itself is still in time). */
    record ReviewOverdue() implements RegisterRule {
        @Override
        public String code() {
            return "REVIEW_OVERDUE";
        }

        @Override
        public Optional<Finding> check(RegisterEntry asset, RegisterSnapshot register) {
            if (asset.nextReview() != null && asset.nextReview().isBefore(register.today())) {
                return Optional.of(finding(code(), asset, asset.nextReview().toString()));
            }
            return Optional.empty();
        }
    }

    /**
     * The owner unit has a 情報セキュリティ管理者 on the day (held for the unit, a unit above it, or the
     * whole body): someone must be answerable for the asset.
     */
    record SecurityManagerAppointed() implements RegisterRule {
        @Override
        public String code() {
            return "NO_SECURITY_MANAGER";
        }

        @Override
        public Optional<Finding> check(RegisterEntry asset, RegisterSnapshot register) {
            if (register.unitHasManager(asset.unitId())) {
                return Optional.empty();
            }
            return Optional.of(finding(code(), asset));
        }
    }
}
