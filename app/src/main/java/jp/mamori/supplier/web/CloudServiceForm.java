package jp.mamori.supplier.web;

import static jp.mamori.supplier.web.FormText.text;

import jp.mamori.supplier.CloudService;
import jp.mamori.supplier.CloudServiceDraft;
import org.jspecify.annotations.Nullable;

/** The cloud service form: dates typed or picked, assets by 管理番号. */
record CloudServiceForm(
        @Nullable String name,
        @Nullable String provider,
        @Nullable String ismapNumber,
        @Nullable String ismapExpiresOn,
        @Nullable String dataLocation,
        @Nullable String termsReviewedOn,
        @Nullable String termsReviewedBy,
        @Nullable Integer maxConfidentiality,
        @Nullable String exitPlan,
        @Nullable Long unitId,
        @Nullable String assets)
        implements RegisterPages.Form<CloudServiceDraft> {
    static CloudServiceForm empty() {
        return new CloudServiceForm("", "", "", "", "", "", "", null, "", null, "");
    }

    static CloudServiceForm of(CloudService s) {
        return new CloudServiceForm(
                s.name(),
                s.provider(),
                s.ismapNumber(),
                s.ismapExpiresOn() == null ? "" : s.ismapExpiresOn().toString(),
                s.dataLocation(),
                s.termsReviewedOn() == null ? "" : s.termsReviewedOn().toString(),
                s.termsReviewedBy(),
                s.maxConfidentiality(),
                s.exitPlan(),
                s.unitId(),
                String.join(", ", s.assets()));
    }

    @Override
    public CloudServiceDraft draft() {
        return new CloudServiceDraft(
                text(name),
                text(provider),
                text(ismapNumber),
                FormText.date(ismapExpiresOn, "ismapExpiresOn"),
                text(dataLocation),
                FormText.date(termsReviewedOn, "termsReviewedOn"),
                text(termsReviewedBy),
                maxConfidentiality,
                text(exitPlan),
                unitId,
                FormText.list(assets));
    }
}
