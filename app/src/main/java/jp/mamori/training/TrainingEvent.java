package jp.mamori.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to training plans, courses, sessions and completions, for the audit trail. The
 * details are derived from each record's components (docs/architecture.md, "Writing an event").
 */
public sealed interface TrainingEvent extends AuditableEvent {

    /** Events about a year's plan. */
    sealed interface PlanEvent extends TrainingEvent {
        @Override
        default String subjectType() {
            return "training-plan";
        }
    }

    /** Events about a course, its material, test, sessions and results. */
    sealed interface CourseEvent extends TrainingEvent {
        @Override
        default String subjectType() {
            return "training-course";
        }
    }

    /** {@code training-plan.created}. */
    record PlanCreated(@AuditableEvent.Subject long planId, String actor, int fiscalYear, String title)
            implements PlanEvent {
        @Override
        public String action() {
            return "training-plan.created";
        }
    }

    /**
     * {@code training-plan.approved}: by the CISO, or by the committee's carried decision (its id and
     * number; 0 and empty for the CISO).
     */
    record PlanApproved(
            @AuditableEvent.Subject long planId, String actor, String approvalBy, long decisionId, String decision)
            implements PlanEvent {
        @Override
        public String action() {
            return "training-plan.approved";
        }
    }

    /** {@code training-course.created}. */
    record CourseCreated(
            @AuditableEvent.Subject long courseId,
            String actor,
            int fiscalYear,
            String kind,
            String title,
            String dueDate,
            String audience)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.created";
        }
    }

    /** {@code training-course.changed}: title, description, due date, audience … (old → new). */
    record CourseChanged(@AuditableEvent.Subject long courseId, String actor, Map<String, String> changes)
            implements CourseEvent {
        public CourseChanged {
            changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        }

        @Override
        public String action() {
            return "training-course.changed";
        }
    }

    /** {@code training-course.published}: it now reaches its audience. */
    record CoursePublished(@AuditableEvent.Subject long courseId, String actor, int people) implements CourseEvent {
        @Override
        public String action() {
            return "training-course.published";
        }
    }

    /** {@code training-course.material}: the Markdown text or the PDF changed. */
    record MaterialStored(
            @AuditableEvent.Subject long courseId, String actor, String kind, String fileName, String sha256)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.material";
        }
    }

    /** {@code training-course.test}: the test's questions or pass mark changed. */
    record TestSet(@AuditableEvent.Subject long courseId, String actor, int questions, int passMark)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.test";
        }
    }

    /** {@code training-course.attempted}: someone took the test. */
    record TestTaken(@AuditableEvent.Subject long courseId, String actor, long personId, int score, boolean passed)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.attempted";
        }
    }

    /** {@code training-course.completed}: a person's completion was recorded. */
    record CompletionRecorded(
            @AuditableEvent.Subject long courseId, String actor, long personId, String source, String completedOn)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.completed";
        }
    }

    /** {@code training-course.session}: a classroom session was scheduled. */
    record SessionScheduled(
            @AuditableEvent.Subject long courseId, String actor, long sessionId, String heldOn, String place)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.session";
        }
    }

    /** {@code training-course.roster}: people were put on a session's roster. */
    record RosterChanged(@AuditableEvent.Subject long courseId, String actor, long sessionId, int added, int removed)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.roster";
        }
    }

    /** {@code training-course.attendance}: attendance recorded, on the list or from a file. */
    record AttendanceRecorded(
            @AuditableEvent.Subject long courseId,
            String actor,
            long sessionId,
            int attended,
            int absent,
            String source)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.attendance";
        }
    }

    /** {@code training-course.drill-results}: 標的型メール訓練 results imported. */
    record DrillResultsImported(
            @AuditableEvent.Subject long courseId,
            String actor,
            int people,
            int opened,
            int clicked,
            int reported,
            String fileName)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.drill-results";
        }
    }

    /** {@code training-course.reminded}: a person was reminded of a course they still owe. */
    record Reminded(@AuditableEvent.Subject long courseId, String actor, long personId, String trigger)
            implements CourseEvent {
        @Override
        public String action() {
            return "training-course.reminded";
        }
    }
}
