package jp.mamori.control.soa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.mamori.control.ImplementationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded for one applicable measure in one scope: status, responsible person, the last and
 * next check, a note, and a request to declare it not applicable (対象外) with its reason, which
 * counts only once a body-wide manager other than the requester has approved it.
 */
public record SoaEntry(
        String scopeKey,
        String measureId,
        ImplementationStatus status,
        String responsible,
        @Nullable LocalDate lastChecked,
        @Nullable LocalDate nextCheck,
        String note,
        NotApplicable notApplicable,
        String naReason,
        @Nullable String naRequestedBy,
        @Nullable String naDecidedBy,
        String updatedBy,
        @Nullable OffsetDateTime updatedAt) {

    /** Where a declaration of not applicable stands. */
    enum NotApplicable {
        NONE,
        REQUESTED,
        APPROVED
    }

    static SoaEntry empty(String scopeKey, String measureId) {
        return new SoaEntry(
                scopeKey,
                measureId,
                ImplementationStatus.NOT_IMPLEMENTED,
                "",
                null,
                null,
                "",
                NotApplicable.NONE,
                "",
                null,
                null,
                "",
                null);
    }

    /** The status as it counts: 対象外 only once approved. */
    public ImplementationStatus effectiveStatus() {
        return notApplicable == NotApplicable.APPROVED ? ImplementationStatus.NOT_APPLICABLE : status;
    }

    public boolean naPending() {
        return notApplicable == NotApplicable.REQUESTED;
    }
}
