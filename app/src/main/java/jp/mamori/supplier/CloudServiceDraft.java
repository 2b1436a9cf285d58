package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a person gives for a cloud service; assets by 管理番号. */
public record CloudServiceDraft(
        String name,
        String provider,
        String ismapNumber,
        @Nullable LocalDate ismapExpiresOn,
        String dataLocation,
        @Nullable LocalDate termsReviewedOn,
        String termsReviewedBy,
        @Nullable Integer maxConfidentiality,
        String exitPlan,
        @Nullable Long unitId,
        List<String> assets) {
    public CloudServiceDraft {
        assets = List.copyOf(assets);
    }
}
