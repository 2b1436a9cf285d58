package jp.mamori.asset;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the asset register ({@code mamori.assets.*}).
 *
 * @param classificationScheme the id of the active classification scheme in
 *     {@code asset/classification-schemes.yml}: {@code R5-03} (令和5年3月, 機密性3/2/1, the default)
 *     or {@code R6-10} (令和6年10月, 自治体機密性3A/3B/3C/2/1)
 * @param reviewWarningDays how many days before the next review date the list marks a review as due
 */
@ConfigurationProperties("mamori.assets")
record AssetSettings(
        @Nullable String classificationScheme, @Nullable Integer reviewWarningDays) {
    static final String DEFAULT_SCHEME = "R5-03";

    AssetSettings {
        if (classificationScheme == null || classificationScheme.isBlank()) {
            classificationScheme = DEFAULT_SCHEME;
        }
        if (reviewWarningDays == null) {
            reviewWarningDays = 30;
        }
    }

    String scheme() {
        return classificationScheme == null ? DEFAULT_SCHEME : classificationScheme;
    }
}
