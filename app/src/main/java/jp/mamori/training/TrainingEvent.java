package jp.mamori.training;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to training plans, courses, sessions and completions, for the audit trail. The
 * details are derived from each record's components (docs/architecture.md, "Writing an event").
 */
public sealed interface TrainingEvent extends AuditableEvent {

    /** Events about a year's plan. */
    @AuditableEvent.SubjectType("training-plan")
    sealed interface PlanEvent extends TrainingEvent {}

    /** Events about a course, its material, test, sessions and results. */
    @AuditableEvent.SubjectType("training-course")
    sealed interface CourseEvent extends TrainingEvent {}

    @AuditableEvent.Action("training-plan.created")
    record PlanCreated(@AuditableEvent.Subject long planId, String actor, int fiscalYear, String title)
            implements PlanEvent {}

    /**
     * {@code training-plan.approved}: by the CISO, or by the committee's carried decision (its id and
     * number; 0 and empty for the CISO).
     */
    @AuditableEvent.Action("training-plan.approved")
    record PlanApproved(
            @AuditableEvent.Subject long planId, String actor, String approvalBy, long decisionId, String decision)
            implements PlanEvent {}

    @AuditableEvent.Action("training-course.created")
    record CourseCreated(
            @AuditableEvent.Subject long courseId,
            String actor,
            int fiscalYear,
            String kind,
            String title,
            String dueDate,
            String audience)
            implements CourseEvent {}

    /** {@code training-course.changed}: title, description, due date, audience … (old → new). */
    @AuditableEvent.Action("training-course.changed")
    record CourseChanged(@AuditableEvent.Subject long courseId, String actor, Map<String, String> changes)
            implements CourseEvent {
        public CourseChanged {
            changes = AuditableEvent.inOrder(changes);
        }
    }

    /** {@code training-course.published}: it now reaches its audience. */
    @AuditableEvent.Action("training-course.published")
    record CoursePublished(@AuditableEvent.Subject long courseId, String actor, int people) implements CourseEvent {}

    /** {@code training-course.material}: the Markdown text or the PDF changed. */
    @AuditableEvent.Action("training-course.material")
    record MaterialStored(
            @AuditableEvent.Subject long courseId, String actor, String kind, String fileName, String sha256)
            implements CourseEvent {}

    /** {@code training-course.test}: the test's questions or pass mark changed. */
    @AuditableEvent.Action("training-course.test")
    record TestSet(@AuditableEvent.Subject long courseId, String actor, int questions, int passMark)
            implements CourseEvent {}

    /** {@code training-course.attempted}: someone took the test. */
    @AuditableEvent.Action("training-course.attempted")
    record TestTaken(@AuditableEvent.Subject long courseId, String actor, long personId, int score, boolean passed)
            implements CourseEvent {}

    /** {@code training-course.completed}: a person's completion was recorded. */
    @AuditableEvent.Action("training-course.completed")
    record CompletionRecorded(
            @AuditableEvent.Subject long courseId, String actor, long personId, String source, String completedOn)
            implements CourseEvent {}

    /** {@code training-course.session}: a classroom session was scheduled. */
    @AuditableEvent.Action("training-course.session")
    record SessionScheduled(
            @AuditableEvent.Subject long courseId, String actor, long sessionId, String heldOn, String place)
            implements CourseEvent {}

    /** {@code training-course.roster}: people were put on a session's roster. */
    @AuditableEvent.Action("training-course.roster")
    record RosterChanged(@AuditableEvent.Subject long courseId, String actor, long sessionId, int added, int removed)
            implements CourseEvent {}

    /** {@code training-course.attendance}: attendance recorded, on the list or from a file. */
    @AuditableEvent.Action("training-course.attendance")
    record AttendanceRecorded(
            @AuditableEvent.Subject long courseId,
            String actor,
            long sessionId,
            int attended,
            int absent,
            String source)
            implements CourseEvent {}

    /** {@code training-course.drill-results}: 標的型メール訓練 results imported. */
    @AuditableEvent.Action("training-course.drill-results")
    record DrillResultsImported(
            @AuditableEvent.Subject long courseId,
            String actor,
            int people,
            int opened,
            int clicked,
            int reported,
            String fileName)
            implements CourseEvent {}

    /** {@code training-course.reminded}: a person was reminded of a course they still owe. */
    @AuditableEvent.Action("training-course.reminded")
    record Reminded(@AuditableEvent.Subject long courseId, String actor, long personId, String trigger)
            implements CourseEvent {}
}
