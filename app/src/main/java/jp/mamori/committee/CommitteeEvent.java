package jp.mamori.committee;

import java.time.LocalDate;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened in the committee, for the audit trail (details derived from each record's
 * components). Public: other modules may listen to {@link DecisionRecorded} to move their approval
 * on once the committee has decided one of their matters.
 */
public sealed interface CommitteeEvent extends AuditableEvent {

    /** Events about a meeting. */
    @AuditableEvent.SubjectType("committee-meeting")
    sealed interface MeetingEvent extends CommitteeEvent {}

    /** {@code committee.chair.appointed}: the chair (委員長) from that day on. */
    @AuditableEvent.SubjectType("person")
    @AuditableEvent.Action("committee.chair.appointed")
    record ChairAppointed(@AuditableEvent.Subject long personId, String actor, String name, LocalDate from)
            implements CommitteeEvent {}

    @AuditableEvent.Action("committee.meeting.planned")
    record MeetingPlanned(
            @AuditableEvent.Subject long meetingId, String actor, String title, LocalDate heldOn, String place)
            implements MeetingEvent {}

    /** {@code committee.material.added}: a file of the materials, with its SHA-256. */
    @AuditableEvent.Action("committee.material.added")
    record MaterialAdded(
            @AuditableEvent.Subject long meetingId,
            String actor,
            long materialId,
            String fileName,
            String sha256,
            long sizeBytes)
            implements MeetingEvent {}

    /** {@code committee.attendance.recorded}: who was present (person ids), of how many members. */
    @AuditableEvent.Action("committee.attendance.recorded")
    record AttendanceRecorded(@AuditableEvent.Subject long meetingId, String actor, String present, int members)
            implements MeetingEvent {}

    /** {@code committee.minutes.written}: the minutes' text as SHA-256. */
    @AuditableEvent.Action("committee.minutes.written")
    record MinutesWritten(@AuditableEvent.Subject long meetingId, String actor, String sha256)
            implements MeetingEvent {}

    /** {@code committee.minutes.approved}: the chair approved the minutes as they are (SHA-256). */
    @AuditableEvent.Action("committee.minutes.approved")
    record MinutesApproved(@AuditableEvent.Subject long meetingId, String actor, String sha256)
            implements MeetingEvent {}

    /**
     * {@code committee.decision.recorded}: a decision and its outcome; {@code matterKind} and
     * {@code matterId} name what it decides (empty and 0 when it decides nothing of another module).
     */
    @AuditableEvent.SubjectType("committee-decision")
    @AuditableEvent.Action("committee.decision.recorded")
    record DecisionRecorded(
            @AuditableEvent.Subject long decisionId,
            String actor,
            String number,
            DecisionMethod method,
            long meetingId,
            Outcome outcome,
            String matterKind,
            long matterId,
            int votesFor,
            int votesAgainst,
            int abstentions)
            implements CommitteeEvent {
        /** True when the decision carried and decides that matter. */
        public boolean carries(String kind, long id) {
            return outcome == Outcome.CARRIED && matterKind.equals(kind) && matterId == id;
        }
    }

    /**
     * {@code committee.decision.applied}: another module's approval of the matter rests on the
     * carried decision (the committee's step of its approval chain).
     */
    @AuditableEvent.SubjectType("committee-decision")
    @AuditableEvent.Action("committee.decision.applied")
    record DecisionApplied(
            @AuditableEvent.Subject long decisionId,
            String actor,
            String number,
            String matterKind,
            long matterId,
            String matter)
            implements CommitteeEvent {}
}
