package jp.mamori.risk.web;

import java.time.LocalDate;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.risk.RiskInput;
import jp.mamori.risk.RiskView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a risk's details, as typed (the owner by 職員番号, the asset by 管理番号). */
record RiskForm(
        @Nullable String title,
        @Nullable String description,
        @Nullable Long unitId,
        @Nullable String assetNumber,
        @Nullable ThreatCategory threatCategory,
        @Nullable String threat,
        @Nullable String ownerStaffNumber,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate reviewDate) {

    static RiskForm empty(@Nullable Long unitId) {
        return new RiskForm("", "", unitId, "", null, "", "", null);
    }

    static RiskForm of(RiskView view) {
        var d = view.risk().details();
        return new RiskForm(
                d.title(),
                d.description(),
                d.unitId(),
                d.assetNumber(),
                d.threatCategory(),
                d.threat(),
                view.ownerStaffNumber(),
                d.reviewDate());
    }

    RiskInput input() {
        return new RiskInput(
                title == null ? "" : title,
                description == null ? "" : description,
                unitId,
                assetNumber,
                threatCategory,
                threat == null ? "" : threat,
                ownerStaffNumber,
                reviewDate);
    }
}
