package jp.mamori.asset.web;

import java.util.List;
import jp.mamori.asset.Asset;
import jp.mamori.asset.ClassLevel;
import jp.mamori.asset.ClassificationScheme;
import jp.mamori.asset.Finding;
import jp.mamori.asset.HistoryEntry;
import jp.mamori.organization.PersonSummary;
import org.jspecify.annotations.Nullable;

/** Everything the asset page shows about one asset, worked out by {@link AssetPages}. */
record AssetView(
        Asset asset,
        ClassificationScheme scheme,
        ClassLevel confidentiality,
        ClassLevel integrity,
        ClassLevel availability,
        List<String> handling,
        List<String> restrictions,
        String zoneName,
        String unitName,
        @Nullable PersonSummary securityManager,
        List<ClassLevel> effective,
        List<Finding> findings,
        List<AssetLine> children,
        List<HistoryEntry> history) {}
