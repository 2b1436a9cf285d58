package jp.mamori.premises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * How media or equipment holding information were disposed of: the asset (管理番号) and/or the
 * medium, the method, who did it (staff, or a contractor with the certificate attached), who
 * witnessed it, and the day. The asset's own disposal (廃棄の記録 and its approval) stays in the asset
 * register; this record says how its media were made unreadable. A 情報セキュリティ管理者 of the unit
 * other than the recorder approves the record.
 */
public record MediaDisposal(
        long id,
        @Nullable String assetNumber,
        @Nullable Long mediumId,
        long unitId,
        String description,
        Method method,
        String carriedOutBy,
        String contractor,
        @Nullable String certificateName,
        String witness,
        LocalDate disposedOn,
        String recordedBy,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt) {
    public boolean approved() {
        return approvedBy != null;
    }

    public boolean byContractor() {
        return !contractor.isBlank();
    }

    /** How the information was made unreadable. */
    public enum Method {
        PHYSICAL_DESTRUCTION,
        DEGAUSSING,
        CERTIFIED_ERASURE;

        public String messageKey() {
            return "prm.disposal.method." + name();
        }
    }
}
