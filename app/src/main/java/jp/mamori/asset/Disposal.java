package jp.mamori.asset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The disposal record of an asset (廃棄の記録): when, how and by whom it is disposed of, who asked
 * for it and — once approved by a second person — who approved it. Pending while not approved.
 *
 * @param date the day of disposal
 * @param method how (e.g. シュレッダー裁断, 消去ソフトで上書きのうえ物理破壊)
 * @param carriedOutBy who carries out the disposal
 * @param requestedBy login of who asked for the disposal
 * @param approvedBy login of who approved it (never the requester), or null while pending
 */
public record Disposal(
        LocalDate date,
        String method,
        String carriedOutBy,
        String requestedBy,
        OffsetDateTime requestedAt,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt) {
    boolean pending() {
        return approvedBy == null;
    }
}
