package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.Wareki;

/**
 * The policy's rules for cloud services, each a small named type listed in {@link #ALL}: an asset
 * whose class exceeds what the service allows, a service without approval holding 機密性2 or higher,
 * an ISMAP registration past its expiry.
 */
public sealed interface CloudRule {
    List<CloudRule> ALL = List.of(new AssetAboveAllowed(), new UnapprovedHoldsConfidential(), new IsmapExpired());

    /** An asset stored in the service, as the rules see it. */
    record StoredAsset(String number, String name, int confidentialityRank, String confidentiality) {}

    /** What a rule looks at. */
    record Facts(CloudService service, List<StoredAsset> assets, LocalDate today) {
        SupplierFinding finding(String rule, String measure, Object... args) {
            return new SupplierFinding(rule, measure, service.name(), "/cloud-services/" + service.id(), List.of(args));
        }
    }

    List<SupplierFinding> check(Facts facts);

    /** An asset of a higher 機密性 than the service allows (8.3.5 クラウド利用中の管理). */
    record AssetAboveAllowed() implements CloudRule {
        @Override
        public List<SupplierFinding> check(Facts f) {
            List<SupplierFinding> out = new ArrayList<>();
            for (StoredAsset a : f.assets()) {
                if (a.confidentialityRank() > f.service().maxConfidentiality()) {
                    out.add(f.finding(
                            "CLOUD_ASSET_ABOVE_ALLOWED",
                            "8.3.5",
                            a.number(),
                            a.name(),
                            a.confidentiality(),
                            f.service().maxConfidentiality()));
                }
            }
            return out;
        }
    }

    /** A service not approved (for its level) that holds 機密性2 or higher (8.3.4 クラウド利用の承認). */
    record UnapprovedHoldsConfidential() implements CloudRule {
        @Override
        public List<SupplierFinding> check(Facts f) {
            if (f.service().approved()) {
                return List.of();
            }
            int highest = f.assets().stream()
                    .mapToInt(StoredAsset::confidentialityRank)
                    .max()
                    .orElse(0);
            return highest >= 2 ? List.of(f.finding("CLOUD_UNAPPROVED_CONFIDENTIAL", "8.3.4", highest)) : List.of();
        }
    }

    /** The ISMAP registration has expired (8.3.2 クラウドサービスの選定). */
    record IsmapExpired() implements CloudRule {
        @Override
        public List<SupplierFinding> check(Facts f) {
            LocalDate expires = f.service().ismapExpiresOn();
            if (expires == null || !expires.isBefore(f.today())) {
                return List.of();
            }
            return List.of(
                    f.finding("CLOUD_ISMAP_EXPIRED", "8.3.2", f.service().ismapNumber(), Wareki.japanese(expires)));
        }
    }

    static List<SupplierFinding> checkAll(Facts facts) {
        return ALL.stream().flatMap(r -> r.check(facts).stream()).toList();
    }
}
