package jp.mamori.system;

import java.util.List;
import jp.mamori.asset.AssetProfile;

/**
 * What the rules of the register look at for one system: the entry, the profiles of its own asset and
 * the assets it holds (in use only), how many of its 情報システム管理者 are in post today, and since
 * when its yearly account review (棚卸し) is overdue (the last review, or the first day of its oldest
 * account when it was never reviewed; null when it is not overdue or it has no account).
 */
record SystemFacts(
        RegisteredSystem system,
        List<AssetProfile> assets,
        long administratorsInPost,
        java.time.@org.jspecify.annotations.Nullable LocalDate accountReviewOverdueSince) {
    SystemFacts {
        assets = List.copyOf(assets);
    }

    SystemFacts(RegisteredSystem system, List<AssetProfile> assets, long administratorsInPost) {
        this(system, assets, administratorsInPost, null);
    }

    boolean ownAssetInUse() {
        return assets.stream().anyMatch(a -> a.exampleNumber().equals(system.assetNumber()));
    }
}
