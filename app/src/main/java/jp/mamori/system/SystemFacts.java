package jp.mamori.system;

import java.util.List;
import jp.mamori.asset.AssetProfile;

/**
 * What the rules of the register look at for one system: the entry, the profiles of its own asset and
 * the assets it holds (in use only), and how many of its 情報システム管理者 are in post today.
 */
record SystemFacts(RegisteredSystem system, List<AssetProfile> assets, long administratorsInPost) {
    SystemFacts {
        assets = List.copyOf(assets);
    }

    boolean ownAssetInUse() {
        return assets.stream().anyMatch(a -> a.exampleNumber().equals(system.assetNumber()));
    }
}
