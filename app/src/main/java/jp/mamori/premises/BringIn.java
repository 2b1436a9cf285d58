package jp.mamori.premises;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to bring a private ({@code PRIVATE}) or outside ({@code OUTSIDE}) device or medium in
 * (持ち込み). Lifecycle: {@code REQUESTED} → the device is checked (e.g. scanned for malware): passed
 * → {@code CHECKED}, failed → {@code REFUSED}; a checked request is {@code APPROVED} for its period or
 * {@code REFUSED} by a 情報セキュリティ管理者 of the requester's unit, never by the requester.
 */
public record BringIn(
        long id,
        String kind,
        String device,
        String owner,
        String purpose,
        long unitId,
        LocalDate fromDay,
        LocalDate toDay,
        State state,
        long requesterId,
        String requestedBy,
        @Nullable Boolean checkPassed,
        @Nullable String checkResult,
        @Nullable String checkedBy,
        @Nullable String decidedBy,
        @Nullable String reason) {
    /** Where a bring-in stands. */
    public enum State {
        REQUESTED,
        CHECKED,
        APPROVED,
        REFUSED;

        public String messageKey() {
            return "prm.bringIn.state." + name();
        }
    }

    /** Approved and within its period on that day. */
    public boolean allowedOn(LocalDate day) {
        return state == State.APPROVED && !day.isBefore(fromDay) && !day.isAfter(toDay);
    }
}
