package jp.mamori.asset;

import org.jspecify.annotations.Nullable;

/**
 * One kind of asset a unit holds, as the statement of applicability needs it: the distinct
 * combination of kind, zone layer, classification ranks and personal data of the unit's assets in
 * use, with how many assets share it and the lowest 管理番号 among them.
 *
 * @param unitId the owner unit
 * @param kind NETWORK_SYSTEM_MEDIA, INFORMATION or SYSTEM_DOCUMENT
 * @param zoneKind MY_NUMBER, LGWAN or INTERNET, or null for none or another zone
 * @param confidentialityRank rank of the confidentiality level (3 = 機密性3, 自治体機密性3C and above)
 * @param integrityRank 2 or 1
 * @param availabilityRank 2 or 1
 * @param personalInfo holds personal information (要配慮 included)
 * @param specificPersonalInfo holds 特定個人情報
 * @param exampleNumber the lowest 管理番号 with these traits
 * @param count how many assets in use share them
 */
public record AssetProfile(
        long unitId,
        String kind,
        @Nullable String zoneKind,
        int confidentialityRank,
        int integrityRank,
        int availabilityRank,
        boolean personalInfo,
        boolean specificPersonalInfo,
        String exampleNumber,
        long count) {}
