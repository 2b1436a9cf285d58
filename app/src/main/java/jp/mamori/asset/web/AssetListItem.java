package jp.mamori.asset.web;

import java.time.LocalDate;
import jp.mamori.asset.AssetKind;
import jp.mamori.asset.AssetRow;
import jp.mamori.asset.AssetStatus;
import org.jspecify.annotations.Nullable;

/** One asset in the REST API's list. */
record AssetListItem(
        String number,
        String name,
        AssetKind kind,
        long ownerUnitId,
        String zoneCode,
        String confidentiality,
        String integrity,
        String availability,
        boolean personalInfo,
        boolean sensitivePersonalInfo,
        boolean specificPersonalInfo,
        @Nullable LocalDate nextReview,
        AssetStatus status,
        boolean disposalPending) {
    static AssetListItem of(AssetRow r) {
        return new AssetListItem(
                r.number(),
                r.name(),
                r.kind(),
                r.ownerUnitId(),
                r.zoneCode(),
                r.confidentiality(),
                r.integrity(),
                r.availability(),
                r.personalInfo(),
                r.sensitivePersonalInfo(),
                r.specificPersonalInfo(),
                r.nextReview(),
                r.status(),
                r.disposalPending());
    }
}
