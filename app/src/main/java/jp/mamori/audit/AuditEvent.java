package jp.mamori.audit;

import jp.mamori.shared.AuditableEvent;

/**
 * What happened to self-inspections, corrective actions, audit plans, engagements and findings, for
 * the audit trail. The details are
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

    /** {@code self-inspection.evidence-added}: an evidence file attached to a unit's answer. */
    record AnswerEvidenceAdded(
            @AuditableEvent.Subject long inspectionId,
            String actor,
            long unitId,
            long questionId,
            String fileName,
            String sha256,
            long size,
            String type)
            implements InspectionEvent {
        @Override
        public String action() {
            return "self-inspection.evidence-added";
        }
    }

    /**
     * {@code corrective-action.evidence-added}: an evidence file of the fix ({@code PROGRESS}, by the
     * unit) or of its verification ({@code VERIFICATION}, by the verifier).
     */
    record ActionEvidenceAdded(
            @AuditableEvent.Subject long actionId,
            String actor,
            String stage,
            String fileName,
            String sha256,
            long size,
            String type)
            implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.evidence-added";
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

    /** {@code corrective-action.withdrawn}: its finding was withdrawn; the action ended without a fix. */
    record ActionWithdrawn(@AuditableEvent.Subject long actionId, String actor, long findingId, String reason)
            implements ActionEvent {
        @Override
        public String action() {
            return "corrective-action.withdrawn";
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

    // 情報セキュリティ監査: plans, engagements, findings

    /** Events about an audit plan (中期監査計画・年度監査計画). */
    sealed interface PlanEvent extends AuditEvent {
        @Override
        default String subjectType() {
            return "audit-plan";
        }
    }

    /** Events about an engagement (個別監査 or 特命監査). */
    sealed interface EngagementEvent extends AuditEvent {
        @Override
        default String subjectType() {
            return "audit";
        }
    }

    /** Events about a finding (指摘事項). */
    sealed interface FindingEvent extends AuditEvent {
        @Override
        default String subjectType() {
            return "audit-finding";
        }
    }

    /** {@code audit-plan.created}. */
    record PlanCreated(
            @AuditableEvent.Subject long planId, String actor, String kind, String title, int yearFrom, int yearTo)
            implements PlanEvent {
        @Override
        public String action() {
            return "audit-plan.created";
        }
    }

    /** {@code audit-plan.submitted}: handed to the approver (the CISO or the committee, per the settings). */
    record PlanSubmitted(@AuditableEvent.Subject long planId, String actor, String approver) implements PlanEvent {
        @Override
        public String action() {
            return "audit-plan.submitted";
        }
    }

    /**
     * {@code audit-plan.approved}, confirmed with a fresh second factor; for the committee with the
     * decision (its id and 議決番号).
     */
    record PlanApproved(
            @AuditableEvent.Subject long planId, String actor, String approver, String decisionId, String decision)
            implements PlanEvent {
        @Override
        public String action() {
            return "audit-plan.approved";
        }
    }

    /** {@code audit.created}: an engagement's 実施計画 with scope, criteria, schedule and team. */
    record EngagementCreated(
            @AuditableEvent.Subject long engagementId,
            String actor,
            String title,
            String plan,
            boolean special,
            java.util.List<Long> units,
            java.util.List<Long> systems,
            java.util.List<Long> contractors,
            java.util.List<Long> team,
            int checklistItems,
            String startDate,
            String endDate)
            implements EngagementEvent {
        public EngagementCreated {
            units = java.util.List.copyOf(units);
            systems = java.util.List.copyOf(systems);
            contractors = java.util.List.copyOf(contractors);
            team = java.util.List.copyOf(team);
        }

        @Override
        public String action() {
            return "audit.created";
        }
    }

    /**
     * {@code audit.changed}: the scope (units, systems, contractors) or the team changed after the
     * engagement was written, with the reason; the team's independence was checked again.
     */
    record EngagementChanged(
            @AuditableEvent.Subject long engagementId,
            String actor,
            String reason,
            java.util.Map<String, String> changes)
            implements EngagementEvent {
        public EngagementChanged {
            changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        }

        @Override
        public String action() {
            return "audit.changed";
        }
    }

    /** {@code audit.started}: fieldwork began (the team's independence was checked again). */
    record FieldworkStarted(@AuditableEvent.Subject long engagementId, String actor) implements EngagementEvent {
        @Override
        public String action() {
            return "audit.started";
        }
    }

    /** {@code audit.checked}: checklist results recorded. */
    record ChecklistRecorded(@AuditableEvent.Subject long engagementId, String actor, int changed)
            implements EngagementEvent {
        @Override
        public String action() {
            return "audit.checked";
        }
    }

    /** {@code audit.paper-added}: a working paper (監査調書) or interview note. */
    record PaperAdded(@AuditableEvent.Subject long engagementId, String actor, long paperId, String kind, String title)
            implements EngagementEvent {
        @Override
        public String action() {
            return "audit.paper-added";
        }
    }

    /** {@code audit.evidence-added}: an evidence file attached to a working paper. */
    record EvidenceAdded(
            @AuditableEvent.Subject long engagementId,
            String actor,
            long paperId,
            String fileName,
            String sha256,
            long size,
            String type)
            implements EngagementEvent {
        @Override
        public String action() {
            return "audit.evidence-added";
        }
    }

    /** {@code audit.draft-issued}: the draft report went to the audited units for their response. */
    record DraftIssued(@AuditableEvent.Subject long engagementId, String actor, int findings)
            implements EngagementEvent {
        @Override
        public String action() {
            return "audit.draft-issued";
        }
    }

    /** {@code audit.responded}: an audited unit answered the draft report. */
    record UnitResponded(@AuditableEvent.Subject long engagementId, String actor, long unitId)
            implements EngagementEvent {
        @Override
        public String action() {
            return "audit.responded";
        }
    }

    /** {@code audit.finalised}: the final report was issued; each finding opened its corrective action. */
    record ReportFinalised(@AuditableEvent.Subject long engagementId, String actor, int actionsOpened)
            implements EngagementEvent {
        @Override
        public String action() {
            return "audit.finalised";
        }
    }

    /** {@code audit-finding.recorded}. */
    record FindingRecorded(
            @AuditableEvent.Subject long findingId,
            String actor,
            long engagementId,
            long unitId,
            String measureId,
            String severity)
            implements FindingEvent {
        @Override
        public String action() {
            return "audit-finding.recorded";
        }
    }

    /** {@code audit-finding.edited}: changed before the final report (field: old → new, or 変更 for long texts). */
    record FindingEdited(
            @AuditableEvent.Subject long findingId,
            String actor,
            long engagementId,
            java.util.Map<String, String> changes)
            implements FindingEvent {
        public FindingEdited {
            changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        }

        @Override
        public String action() {
            return "audit-finding.edited";
        }
    }

    /** {@code audit-finding.withdrawn}: withdrawn with the reason; its open actions ended as withdrawn. */
    record FindingWithdrawn(
            @AuditableEvent.Subject long findingId,
            String actor,
            long engagementId,
            String reason,
            int actionsWithdrawn)
            implements FindingEvent {
        @Override
        public String action() {
            return "audit-finding.withdrawn";
        }
    }

    /** {@code audit-finding.rolled-out}: 横展開 ordered to other units, one action each. */
    record FindingRolledOut(@AuditableEvent.Subject long findingId, String actor, java.util.List<Long> units)
            implements FindingEvent {
        public FindingRolledOut {
            units = java.util.List.copyOf(units);
        }

        @Override
        public String action() {
            return "audit-finding.rolled-out";
        }
    }
}
