package jp.mamori.asset.web;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.asset.AssetDraft;
import jp.mamori.asset.AssetForm;
import jp.mamori.asset.AssetKind;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create or update: levels, zone and restrictions by code (e.g. {@code "3"} or
 * {@code "3A"}, {@code "LGWAN"}, {@code ["NO_COPY"]}); dates in ISO 8601; parentNumber "" or absent
 * for none. Absent text fields are empty; absent flags false.
 */
record AssetRequest(
        @Nullable String name,
        @Nullable AssetKind kind,
        @Nullable String description,
        @Nullable Long ownerUnitId,
        @Nullable String custodian,
        @Nullable String users,
        @Nullable String location,
        @Nullable AssetForm form,
        @Nullable String zoneCode,
        @Nullable String confidentiality,
        @Nullable String integrity,
        @Nullable String availability,
        @Nullable List<String> restrictionCodes,
        @Nullable Boolean personalInfo,
        @Nullable Boolean sensitivePersonalInfo,
        @Nullable Boolean specificPersonalInfo,
        @Nullable Integer recordCount,
        @Nullable String retention,
        @Nullable LocalDate nextReview,
        @Nullable String parentNumber,
        @Nullable String note) {
    AssetDraft draft() {
        return new AssetDraft(
                name,
                kind,
                description,
                ownerUnitId,
                custodian,
                users,
                location,
                form,
                zoneCode,
                confidentiality,
                integrity,
                availability,
                restrictionCodes,
                Boolean.TRUE.equals(personalInfo),
                Boolean.TRUE.equals(sensitivePersonalInfo),
                Boolean.TRUE.equals(specificPersonalInfo),
                recordCount,
                retention,
                nextReview,
                parentNumber,
                note);
    }
}
