package jp.mamori.asset;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the asset list: what the list page and the API list show, without the long texts. */
public record AssetRow(
        long id,
        String number,
        String name,
        AssetKind kind,
        long ownerUnitId,
        String zoneCode,
        String scheme,
        String confidentiality,
        String integrity,
        String availability,
        boolean personalInfo,
        boolean sensitivePersonalInfo,
        boolean specificPersonalInfo,
        @Nullable LocalDate nextReview,
        AssetStatus status,
        boolean disposalPending) {}
