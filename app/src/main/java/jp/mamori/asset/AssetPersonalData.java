package jp.mamori.asset;

import org.jspecify.annotations.Nullable;

/**
 * What the register says about the personal data an asset holds, for other modules (the incident
 * module suggests the facts of a breach report from the affected assets).
 *
 * @param number 管理番号
 * @param name 資産名
 * @param personalInfo the asset holds 個人情報
 * @param sensitivePersonalInfo the asset holds 要配慮個人情報
 * @param specificPersonalInfo the asset holds 特定個人情報 (My Number)
 * @param recordCount how many records (people) the register gives, null when not recorded
 * @param myNumberZone the asset sits in the マイナンバー利用事務系 zone
 */
public record AssetPersonalData(
        String number,
        String name,
        boolean personalInfo,
        boolean sensitivePersonalInfo,
        boolean specificPersonalInfo,
        @Nullable Integer recordCount,
        boolean myNumberZone) {

    /** True when the register says the asset holds personal data of any kind. */
    public boolean anyPersonalData() {
        return personalInfo || sensitivePersonalInfo || specificPersonalInfo;
    }
}
