package jp.mamori.premises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A request to carry an asset, or a copy of its information, out of the office (持ち出し).
 *
 * <p>Lifecycle: {@code REQUESTED} → (the unit's 情報セキュリティ管理者 approves) {@code APPROVED}, or
 * {@code AWAITING_CISO} when the settings reserve the asset's class to the CISO, who then approves →
 * {@code APPROVED}; at either step it may be {@code REFUSED}. An approved carry-out is {@code RETURNED}
 * when a manager confirms its return; it is overdue while approved after its due day. Nobody
 * approves their own request.
 */
public record CarryOut(
        long id,
        String kind,
        String assetNumber,
        long unitId,
        int confidentialityRank,
        String description,
        String purpose,
        String destination,
        String protection,
        LocalDate outOn,
        LocalDate dueBack,
        CarryOutRule approvalNeeded,
        State state,
        long requesterId,
        String requestedBy,
        OffsetDateTime requestedAt,
        @Nullable String managerBy,
        @Nullable String cisoBy,
        @Nullable String refusedBy,
        @Nullable String refusalReason,
        @Nullable LocalDate returnedOn,
        @Nullable String returnConfirmedBy) {
    /** Where a carry-out stands. */
    public enum State {
        REQUESTED,
        AWAITING_CISO,
        APPROVED,
        REFUSED,
        RETURNED;

        public String messageKey() {
            return "prm.carryOut.state." + name();
        }
    }

    /** Out and not back after its due day. */
    public boolean overdueOn(LocalDate day) {
        return state == State.APPROVED && day.isAfter(dueBack);
    }

    /** Returned after its due day. */
    public boolean returnedLate() {
        return returnedOn != null && returnedOn.isAfter(dueBack);
    }

    /** The state after the approval of this step. */
    State approved() {
        return switch (state) {
            case REQUESTED -> approvalNeeded == CarryOutRule.CISO ? State.AWAITING_CISO : State.APPROVED;
            case AWAITING_CISO -> State.APPROVED;
            default -> throw new IllegalStateException("not awaiting approval: " + state);
        };
    }

    boolean awaitingApproval() {
        return state == State.REQUESTED || state == State.AWAITING_CISO;
    }
}
