package jp.mamori.incident;

import jp.mamori.asset.AssetSummary;
import org.jspecify.annotations.Nullable;

/**
 * One affected asset as reported (free text), with the register entry it names when the text holds
 * a 管理番号 the asset register knows.
 */
record AffectedAsset(String text, @Nullable AssetSummary asset) {}
