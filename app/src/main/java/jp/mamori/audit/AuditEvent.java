package jp.mamori.audit;

import jp.mamori.shared.AuditableEvent;

/**
 * What happened to self-inspections and corrective actions, for the audit trail. The details are
 * derived from each record's components (docs/architecture.md, "Writing an event").
 */
public sealed interface AuditEvent extends AuditableEvent {

    /** Events about a campaign. */
    sealed interface InspectionEvent extends AuditEvent {
        @Override
        default String subjectType() {
            return "self-inspection";
        }
    }

    /** Events about a corrective action. */
    sealed interface ActionEvent extends AuditEvent {
        @Override
        default String subjectType() {
            return "corrective-action";
        }
    }

    /** {@code self-inspection.created}. */
    record InspectionCreated(
            @AuditableEvent.Subject long inspectionId,
            String actor,
            String title,
            int fiscalYear,
            String dueDate,
            int units,
            int ownQuestions)
            implements InspectionEvent {
        @Override
        public String action() {
            return "self-inspection.created";
        }
    }

    /** {@code self-inspection.opened}: the questions were generated for each unit. */
    record InspectionOpened(@AuditableEvent.Subject long inspectionId, String actor, int units, int questions)
            implements InspectionEvent {
        @Override
        public String action() {
            return "self-inspection.opened";
        }
    }

    /** {@code self-inspection.closed}. */
    record InspectionClosed(@AuditableEvent.Subject long inspectionId, String actor, int unitsSubmitted, int units)
            implements InspectionEvent {
        @Override
        public String action() {
            return "self-inspection.closed";
        }
    }

    /** {@code self-inspection.answered}: a unit saved answers, on the page or from its Excel file. */
    record AnswersRecorded(
            @AuditableEvent.Subject long inspectionId, String actor, long unitId, int changed, String source)
            implements InspectionEvent {
        @Override
        public String action() {
            return "self-inspection.answered";
        }
    }

    /** {@code self-inspection.submitted}: a unit handed in its answers; 未実施 answers opened actions. */
    record UnitSubmitted(@AuditableEvent.Subject long inspectionId, String actor, long unitId, int actionsOpened)
            implements InspectionEvent {
        @Override
        public String action() {
            return "self-inspection.submitted";
        }
    }

    /** {@code corrective-action.opened}. */
    record ActionOpened(
            @AuditableEvent.Subject long actionId,
            String actor,
            long unitId,
            String source,
            String measureId,
            String dueDate)
            implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.opened";
        }
    }

    /** {@code corrective-action.planned}: plan or due date changed (old → new). */
    record ActionPlanned(@AuditableEvent.Subject long actionId, String actor, java.util.Map<String, String> changes)
            implements ActionEvent {
        public ActionPlanned {
            changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        }

        @Override
        public String action() {
            return "corrective-action.planned";
        }
    }

    /** {@code corrective-action.noted}: a progress note. */
    record ActionNoted(@AuditableEvent.Subject long actionId, String actor, long noteId) implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.noted";
        }
    }

    /** {@code corrective-action.done}: the unit reports the fix in place. */
    record ActionDone(@AuditableEvent.Subject long actionId, String actor) implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.done";
        }
    }

    /** {@code corrective-action.verified}: a verifier confirmed the fix and closed the action. */
    record ActionVerified(@AuditableEvent.Subject long actionId, String actor, String doneBy) implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.verified";
        }
    }

    /** {@code corrective-action.returned}: the verifier sent it back to the unit, with the reason. */
    record ActionReturned(@AuditableEvent.Subject long actionId, String actor, String reason) implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.returned";
        }
    }

    /** {@code corrective-action.reminded}: the owners of an overdue action were reminded. */
    record ActionReminded(@AuditableEvent.Subject long actionId, String actor, String trigger, int reminded)
            implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.reminded";
        }
    }
}
