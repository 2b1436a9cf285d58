package jp.mamori.asset;

import org.jspecify.annotations.Nullable;

/**
 * The personal data an asset holds: 個人情報, 要配慮個人情報 and 特定個人情報 (each a flag; a flag the
 * API body leaves out or sends as null is off) and about how many records ({@code recordCount}, none
 * when not known).
 */
public record PersonalData(
        boolean personalInfo,
        boolean sensitivePersonalInfo,
        boolean specificPersonalInfo,
        @Nullable Integer recordCount) {

    /** True when the asset holds personal data of any kind. */
    public boolean any() {
        return personalInfo || sensitivePersonalInfo || specificPersonalInfo;
    }
}
