package jp.mamori.audit;

import jp.mamori.shared.AuditableEvent;

/**
 * What happened to self-inspections, corrective actions, audit plans, engagements and findings, for
 * the audit trail. The details are
 * derived from each record's components (docs/architecture.md, "Writing an event").
 */
public sealed interface AuditEvent extends AuditableEvent {

    /** Events about a campaign. */
    @AuditableEvent.SubjectType("self-inspection")
    sealed interface InspectionEvent extends AuditEvent {}

    /** Events about a corrective action. */
    @AuditableEvent.SubjectType("corrective-action")
    sealed interface ActionEvent extends AuditEvent {}

    @AuditableEvent.Action("self-inspection.created")
    record InspectionCreated(
            @AuditableEvent.Subject long inspectionId,
            String actor,
            String title,
            int fiscalYear,
            String dueDate,
            int units,
            int ownQuestions)
            implements InspectionEvent {}

    /** {@code self-inspection.opened}: the questions were generated for each unit. */
    @AuditableEvent.Action("self-inspection.opened")
    record InspectionOpened(@AuditableEvent.Subject long inspectionId, String actor, int units, int questions)
            implements InspectionEvent {}

    @AuditableEvent.Action("self-inspection.closed")
    record InspectionClosed(@AuditableEvent.Subject long inspectionId, String actor, int unitsSubmitted, int units)
            implements InspectionEvent {}

    /** {@code self-inspection.answered}: a unit saved answers, on the page or from its Excel file. */
    @AuditableEvent.Action("self-inspection.answered")
    record AnswersRecorded(
            @AuditableEvent.Subject long inspectionId, String actor, long unitId, int changed, String source)
            implements InspectionEvent {}

    /** {@code self-inspection.submitted}: a unit handed in its answers; 未実施 answers opened actions. */
    @AuditableEvent.Action("self-inspection.submitted")
    record UnitSubmitted(@AuditableEvent.Subject long inspectionId, String actor, long unitId, int actionsOpened)
            implements InspectionEvent {}

    /** {@code self-inspection.evidence-added}: an evidence file attached to a unit's answer. */
    @AuditableEvent.Action("self-inspection.evidence-added")
    record AnswerEvidenceAdded(
            @AuditableEvent.Subject long inspectionId,
            String actor,
            long unitId,
            long questionId,
            String fileName,
            String sha256,
            long size,
            String type)
            implements InspectionEvent {}

    /**
     * {@code corrective-action.evidence-added}: an evidence file of the fix ({@code PROGRESS}, by the
     * unit) or of its verification ({@code VERIFICATION}, by the verifier).
     */
    @AuditableEvent.Action("corrective-action.evidence-added")
    record ActionEvidenceAdded(
            @AuditableEvent.Subject long actionId,
            String actor,
            String stage,
            String fileName,
            String sha256,
            long size,
            String type)
            implements ActionEvent {}

    @AuditableEvent.Action("corrective-action.opened")
    record ActionOpened(
            @AuditableEvent.Subject long actionId,
            String actor,
            long unitId,
            String source,
            String measureId,
            String dueDate)
            implements ActionEvent {}

    /** {@code corrective-action.planned}: plan or due date changed (old → new). */
    @AuditableEvent.Action("corrective-action.planned")
    record ActionPlanned(@AuditableEvent.Subject long actionId, String actor, java.util.Map<String, String> changes)
            implements ActionEvent {
        public ActionPlanned {
            changes = AuditableEvent.inOrder(changes);
        }
    }

    /** {@code corrective-action.noted}: a progress note. */
    @AuditableEvent.Action("corrective-action.noted")
    record ActionNoted(@AuditableEvent.Subject long actionId, String actor, long noteId) implements ActionEvent {}

    /** {@code corrective-action.done}: the unit reports the fix in place. */
    @AuditableEvent.Action("corrective-action.done")
    record ActionDone(@AuditableEvent.Subject long actionId, String actor) implements ActionEvent {}

    /** {@code corrective-action.verified}: a verifier confirmed the fix and closed the action. */
    @AuditableEvent.Action("corrective-action.verified")
    record ActionVerified(@AuditableEvent.Subject long actionId, String actor, String doneBy) implements ActionEvent {}

    /** {@code corrective-action.returned}: the verifier sent it back to the unit, with the reason. */
    @AuditableEvent.Action("corrective-action.returned")
    record ActionReturned(@AuditableEvent.Subject long actionId, String actor, String reason) implements ActionEvent {}

    /** {@code corrective-action.withdrawn}: its finding was withdrawn; the action ended without a fix. */
    @AuditableEvent.Action("corrective-action.withdrawn")
    record ActionWithdrawn(@AuditableEvent.Subject long actionId, String actor, long findingId, String reason)
            implements ActionEvent {}

    /** {@code corrective-action.reminded}: the owners of an overdue action were reminded. */
    @AuditableEvent.Action("corrective-action.reminded")
    record ActionReminded(@AuditableEvent.Subject long actionId, String actor, String trigger, int reminded)
            implements ActionEvent {}

    // 情報セキュリティ監査: plans, engagements, findings

    /** Events about an audit plan (中期監査計画・年度監査計画). */
    @AuditableEvent.SubjectType("audit-plan")
    sealed interface PlanEvent extends AuditEvent {}

    /** Events about an engagement (個別監査 or 特命監査). */
    @AuditableEvent.SubjectType("audit")
    sealed interface EngagementEvent extends AuditEvent {}

    /** Events about a finding (指摘事項). */
    @AuditableEvent.SubjectType("audit-finding")
    sealed interface FindingEvent extends AuditEvent {}

    @AuditableEvent.Action("audit-plan.created")
    record PlanCreated(
            @AuditableEvent.Subject long planId, String actor, String kind, String title, int yearFrom, int yearTo)
            implements PlanEvent {}

    /** {@code audit-plan.submitted}: handed to the approver (the CISO or the committee, per the settings). */
    @AuditableEvent.Action("audit-plan.submitted")
    record PlanSubmitted(@AuditableEvent.Subject long planId, String actor, String approver) implements PlanEvent {}

    /**
     * {@code audit-plan.approved}, confirmed with a fresh second factor; for the committee with the
     * decision (its id and 議決番号).
     */
    @AuditableEvent.Action("audit-plan.approved")
    record PlanApproved(
            @AuditableEvent.Subject long planId, String actor, String approver, String decisionId, String decision)
            implements PlanEvent {}

    /** {@code audit.created}: an engagement's 実施計画 with scope, criteria, schedule and team. */
    @AuditableEvent.Action("audit.created")
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
    }

    /**
     * {@code audit.changed}: the scope (units, systems, contractors) or the team changed after the
     * engagement was written, with the reason; the team's independence was checked again.
     */
    @AuditableEvent.Action("audit.changed")
    record EngagementChanged(
            @AuditableEvent.Subject long engagementId,
            String actor,
            String reason,
            java.util.Map<String, String> changes)
            implements EngagementEvent {
        public EngagementChanged {
            changes = AuditableEvent.inOrder(changes);
        }
    }

    /** {@code audit.started}: fieldwork began (the team's independence was checked again). */
    @AuditableEvent.Action("audit.started")
    record FieldworkStarted(@AuditableEvent.Subject long engagementId, String actor) implements EngagementEvent {}

    /** {@code audit.checked}: checklist results recorded. */
    @AuditableEvent.Action("audit.checked")
    record ChecklistRecorded(@AuditableEvent.Subject long engagementId, String actor, int changed)
            implements EngagementEvent {}

    /** {@code audit.paper-added}: a working paper (監査調書) or interview note. */
    @AuditableEvent.Action("audit.paper-added")
    record PaperAdded(@AuditableEvent.Subject long engagementId, String actor, long paperId, String kind, String title)
            implements EngagementEvent {}

    /** {@code audit.evidence-added}: an evidence file attached to a working paper. */
    @AuditableEvent.Action("audit.evidence-added")
    record EvidenceAdded(
            @AuditableEvent.Subject long engagementId,
            String actor,
            long paperId,
            String fileName,
            String sha256,
            long size,
            String type)
            implements EngagementEvent {}

    /** {@code audit.draft-issued}: the draft report went to the audited units for their response. */
    @AuditableEvent.Action("audit.draft-issued")
    record DraftIssued(@AuditableEvent.Subject long engagementId, String actor, int findings)
            implements EngagementEvent {}

    /** {@code audit.responded}: an audited unit answered the draft report. */
    @AuditableEvent.Action("audit.responded")
    record UnitResponded(@AuditableEvent.Subject long engagementId, String actor, long unitId)
            implements EngagementEvent {}

    /** {@code audit.finalised}: the final report was issued; each finding opened its corrective action. */
    @AuditableEvent.Action("audit.finalised")
    record ReportFinalised(@AuditableEvent.Subject long engagementId, String actor, int actionsOpened)
            implements EngagementEvent {}

    @AuditableEvent.Action("audit-finding.recorded")
    record FindingRecorded(
            @AuditableEvent.Subject long findingId,
            String actor,
            long engagementId,
            long unitId,
            String measureId,
            String severity)
            implements FindingEvent {}

    /** {@code audit-finding.edited}: changed before the final report (field: old → new, or 変更 for long texts). */
    @AuditableEvent.Action("audit-finding.edited")
    record FindingEdited(
            @AuditableEvent.Subject long findingId,
            String actor,
            long engagementId,
            java.util.Map<String, String> changes)
            implements FindingEvent {
        public FindingEdited {
            changes = AuditableEvent.inOrder(changes);
        }
    }

    /** {@code audit-finding.withdrawn}: withdrawn with the reason; its open actions ended as withdrawn. */
    @AuditableEvent.Action("audit-finding.withdrawn")
    record FindingWithdrawn(
            @AuditableEvent.Subject long findingId,
            String actor,
            long engagementId,
            String reason,
            int actionsWithdrawn)
            implements FindingEvent {}

    /** {@code audit-finding.rolled-out}: 横展開 ordered to other units, one action each. */
    @AuditableEvent.Action("audit-finding.rolled-out")
    record FindingRolledOut(@AuditableEvent.Subject long findingId, String actor, java.util.List<Long> units)
            implements FindingEvent {
        public FindingRolledOut {
            units = java.util.List.copyOf(units);
        }
    }
}
