package jp.mamori.asset;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields a person gives an asset, written once, in the order the history and the audit trail
 * list them. The history of changes and the audit details of {@code asset.created} and
 * {@code asset.changed} are derived by walking this table ({@link Assets#createdValues},
 * {@link Assets#differences}); the key is the field's name there and in the history rows.
 *
 * <p>{@link #SCHEME} is not typed by anyone: an asset records the scheme its levels were given
 * under, and a draft is always classified under the scheme active at the time.
 */
enum AssetField {
    NAME("name", Asset::name, AssetDraft::name),
    KIND("kind", Asset::kind, AssetDraft::kind),
    DESCRIPTION("description", Asset::description, AssetDraft::description),
    OWNER_UNIT("ownerUnitId", Asset::ownerUnitId, AssetDraft::ownerUnitId),
    CUSTODIAN("custodian", Asset::custodian, AssetDraft::custodian),
    USERS("users", Asset::users, AssetDraft::users),
    LOCATION("location", Asset::location, AssetDraft::location),
    FORM("form", Asset::form, AssetDraft::form),
    ZONE("zoneCode", Asset::zoneCode, AssetDraft::zoneCode),
    SCHEME("scheme", Asset::scheme, d -> null),
    CONFIDENTIALITY("confidentiality", Asset::confidentiality, AssetDraft::confidentiality),
    INTEGRITY("integrity", Asset::integrity, AssetDraft::integrity),
    AVAILABILITY("availability", Asset::availability, AssetDraft::availability),
    RESTRICTIONS("restrictions", Asset::restrictionCodes, AssetDraft::restrictionCodes),
    PERSONAL_INFO("personalInfo", Asset::personalInfo, AssetDraft::personalInfo),
    SENSITIVE_PERSONAL_INFO("sensitivePersonalInfo", Asset::sensitivePersonalInfo, AssetDraft::sensitivePersonalInfo),
    SPECIFIC_PERSONAL_INFO("specificPersonalInfo", Asset::specificPersonalInfo, AssetDraft::specificPersonalInfo),
    RECORD_COUNT("recordCount", Asset::recordCount, AssetDraft::recordCount),
    RETENTION("retention", Asset::retention, AssetDraft::retention),
    NEXT_REVIEW("nextReview", Asset::nextReview, AssetDraft::nextReview),
    PARENT("parentNumber", Asset::parentNumber, AssetDraft::parentNumber),
    NOTE("note", Asset::note, AssetDraft::note);

    private final String key;
    private final Function<Asset, @Nullable Object> ofAsset;
    private final Function<AssetDraft, @Nullable Object> ofDraft;

    AssetField(String key, Function<Asset, @Nullable Object> ofAsset, Function<AssetDraft, @Nullable Object> ofDraft) {
        this.key = key;
        this.ofAsset = ofAsset;
        this.ofDraft = ofDraft;
    }

    /** The field's name in the history rows and the audit details. */
    String key() {
        return key;
    }

    /** The field's value on a stored asset. */
    @Nullable
    Object of(Asset asset) {
        return ofAsset.apply(asset);
    }

    /** The field's value in a draft classified under {@code scheme}. */
    @Nullable
    Object of(AssetDraft draft, String scheme) {
        return this == SCHEME ? scheme : ofDraft.apply(draft);
    }
}
