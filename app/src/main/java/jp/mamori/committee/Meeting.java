package jp.mamori.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of the committee, and the aggregate that guards its course.
 *
 * <p>Lifecycle: the secretariat (事務局) plans a meeting ({@link MeetingState#PLANNED}) with its date,
 * place and agenda and may add materials. On or after the day it records who attended, which makes
 * the meeting {@link MeetingState#HELD}; decisions are then taken and the minutes written. The chair
 * approves the minutes — never the person who wrote them last — and from then on
 * ({@link MeetingState#MINUTES_APPROVED}) nothing in the meeting changes: the minutes' SHA-256 is
 * fixed.
 */
public record Meeting(
        long id,
        String title,
        LocalDate heldOn,
        String place,
        String agenda,
        MeetingState state,
        String minutes,
        @Nullable String minutesWrittenBy,
        @Nullable String minutesApprovedBy,
        @Nullable String minutesApproverName,
        @Nullable OffsetDateTime minutesApprovedAt,
        @Nullable String minutesHash,
        String createdBy,
        OffsetDateTime createdAt) {

    /** True while the plan (date, place, agenda, materials) may change. */
    public boolean isPlanned() {
        return state == MeetingState.PLANNED;
    }

    /** True while decisions may be taken and the minutes written. */
    public boolean isHeld() {
        return state == MeetingState.HELD;
    }

    /** Attendance may be recorded from the meeting's day on, until the minutes are approved. */
    void requireAttendanceAllowed(LocalDate today) {
        if (state == MeetingState.MINUTES_APPROVED) {
            throw new NotAllowedException("cmt.error.closed");
        }
        if (today.isBefore(heldOn)) {
            throw InvalidInputException.of("attendance", "cmt.error.notYetHeld");
        }
    }

    void requireHeld() {
        if (state != MeetingState.HELD) {
            throw new NotAllowedException(state == MeetingState.PLANNED ? "cmt.error.notHeld" : "cmt.error.closed");
        }
    }

    void requirePlanned() {
        if (state != MeetingState.PLANNED) {
            throw new NotAllowedException("cmt.error.notPlanned");
        }
    }

    /**
     * Why this login may not approve the minutes now, as a message key; empty when it may. The
     * chair check is the caller's (it needs the day's chair).
     */
    java.util.Optional<String> minutesApprovalRefusal(String login) {
        if (state != MeetingState.HELD) {
            return java.util.Optional.of(state == MeetingState.PLANNED ? "cmt.error.notHeld" : "cmt.error.closed");
        }
        if (minutes.isBlank()) {
            return java.util.Optional.of("cmt.error.noMinutes");
        }
        if (login.equals(minutesWrittenBy)) {
            return java.util.Optional.of("cmt.error.writerMayNotApprove");
        }
        return java.util.Optional.empty();
    }
}
