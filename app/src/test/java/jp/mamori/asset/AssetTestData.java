package jp.mamori.asset;

import jp.mamori.testing.TestContexts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Assets for the tests of other modules, registered through this module's own service (with its
 * checks, history and audit entries), never written into its tables by hand. The drafts are {@link
 * AssetFixtures}'s, so a new asset field is written in one test place.
 */
public final class AssetTestData {
    private final Assets assets;

    public AssetTestData(ApplicationContext context) {
        this.assets = context.getBean(Assets.class);
    }

    /** For the application behind that client (see {@link TestContexts}). */
    public static AssetTestData of(JdbcClient jdbc) {
        return new AssetTestData(TestContexts.of(jdbc));
    }

    /**
     * An in-use information asset of the unit holding personal information, on the LGWAN接続系, at
     * that 機密性 (1, 2 or 3; 完全性2, 可用性1); returns its 管理番号.
     */
    public String informationAsset(String name, long unitId, String confidentiality) {
        return assets.create(AssetFixtures.classified(AssetFixtures.draft(name, unitId), confidentiality, "LGWAN"))
                .number();
    }

    /** An in-use information system (kind ①) of the unit on the LGWAN接続系, 機密性2; returns its 管理番号. */
    public String informationSystem(String name, long unitId) {
        return assets.create(
                        AssetFixtures.with(AssetFixtures.draft(name, unitId), "kind", AssetKind.NETWORK_SYSTEM_MEDIA))
                .number();
    }

    /**
     * An in-use network, system or medium asset (①) of the unit holding personal information, on the
     * LGWAN接続系, at 機密性3, 完全性2, 可用性2; returns its 管理番号.
     */
    public String systemAsset(String name, long unitId) {
        return assets.create(AssetFixtures.with(
                        AssetFixtures.classified(AssetFixtures.draft(name, unitId), "3", "LGWAN"),
                        "kind",
                        AssetKind.NETWORK_SYSTEM_MEDIA,
                        "availability",
                        "2"))
                .number();
    }

    /**
     * An in-use electronic asset of the unit of that kind ({@code INFORMATION}, {@code
     * NETWORK_SYSTEM_MEDIA} …) on that zone at that 機密性 (完全性2, 可用性2), holding personal
     * information with My Number (特定個人情報) when {@code specific}, none otherwise; returns its 管理番号.
     */
    public String asset(String name, long unitId, String kind, String zone, int confidentiality, boolean specific) {
        return assets.create(AssetFixtures.with(
                        AssetFixtures.classified(
                                AssetFixtures.draft(name, unitId), Integer.toString(confidentiality), zone),
                        "kind",
                        AssetKind.valueOf(kind),
                        "availability",
                        "2",
                        "personalInfo",
                        specific,
                        "specificPersonalInfo",
                        specific,
                        "recordCount",
                        specific ? 120 : null))
                .number();
    }

    /**
     * An in-use information asset of the unit on that zone (LGWAN, MYNUMBER …) whose register entry
     * says which personal data it holds and how many records (null: not recorded); returns its 管理番号.
     */
    public String personalDataAsset(
            String name,
            long unitId,
            boolean sensitive,
            boolean specific,
            @org.jspecify.annotations.Nullable Integer records,
            String zone) {
        return assets.create(AssetFixtures.with(
                        AssetFixtures.classified(AssetFixtures.draft(name, unitId), "2", zone),
                        "personalInfo",
                        true,
                        "sensitivePersonalInfo",
                        sensitive,
                        "specificPersonalInfo",
                        specific,
                        "recordCount",
                        records))
                .number();
    }
}
