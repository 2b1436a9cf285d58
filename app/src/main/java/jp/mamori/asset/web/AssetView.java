package jp.mamori.asset.web;

import java.time.LocalDate;
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
        List<HistoryEntry> history,
        List<Fact> more) {

    /**
     * A field the asset holds in {@link Asset#more()}, for the page's list of facts: its name (the
     * label is {@code asset.<name>}) and its value as text, a date or a flag.
     */
    record Fact(
            String name,
            @Nullable String text,
            @Nullable LocalDate date,
            @Nullable Boolean flag) {
        static Fact of(String name, @Nullable Object value) {
            if (value instanceof Boolean b) {
                return new Fact(name, null, null, b);
            }
            if (value instanceof LocalDate d) {
                return new Fact(name, null, d, null);
            }
            return new Fact(name, value == null ? "" : value.toString(), null, null);
        }
    }

    static List<Fact> facts(Asset asset) {
        return asset.more().entrySet().stream()
                .map(e -> Fact.of(e.getKey(), e.getValue()))
                .toList();
    }
}
