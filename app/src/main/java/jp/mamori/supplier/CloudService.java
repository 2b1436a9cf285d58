package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An external (cloud) service the body uses. It is registered with its provider, ISMAP registration,
 * where the data is kept, the review of its terms and the highest confidentiality (1–3) the body
 * allows in it; the CISO approves it with a second factor for that level. Raising the level after the
 * approval leaves the service unapproved until it is approved again.
 *
 * @param maxConfidentiality the highest 機密性 allowed in the service (1, 2 or 3)
 * @param approvedLevel the level the approval covered
 * @param assets 管理番号 of the assets stored in it
 */
public record CloudService(
        long id,
        String name,
        String provider,
        String ismapNumber,
        @Nullable LocalDate ismapExpiresOn,
        String dataLocation,
        @Nullable LocalDate termsReviewedOn,
        String termsReviewedBy,
        int maxConfidentiality,
        String exitPlan,
        long unitId,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt,
        @Nullable Integer approvedLevel,
        List<String> assets,
        List<ContractFile> termsFiles,
        OffsetDateTime updatedAt,
        String updatedBy)
        implements SupplierRegister.Entry {
    public CloudService {
        assets = List.copyOf(assets);
        termsFiles = List.copyOf(termsFiles);
    }

    /** Approved for the level it now allows. */
    public boolean approved() {
        return approvedBy != null && approvedLevel != null && approvedLevel >= maxConfidentiality;
    }

    /** The record as people name it: its name. */
    @Override
    public String label() {
        return name;
    }
}
