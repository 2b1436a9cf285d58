package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to policy documents, their revisions and acknowledgement campaigns, as audit events: one record per kind, the details derived from its components.
 */
sealed interface PolicyEvent extends AuditableEvent {

    /** Audit event {@code policy.acknowledgement.campaign-closed}. A manager closed an acknowledgement campaign. */
    @AuditableEvent.SubjectType("policy-acknowledgement-campaign")
    @AuditableEvent.Action("policy.acknowledgement.campaign-closed")
    record CampaignClosed(@AuditableEvent.Subject long campaignId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public CampaignClosed {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.acknowledgement.reminded}. Reminders went to the people of a campaign who had not confirmed: how many and why (button or schedule). */
    @AuditableEvent.SubjectType("policy-acknowledgement-campaign")
    @AuditableEvent.Action("policy.acknowledgement.reminded")
    record CampaignReminded(@AuditableEvent.Subject long campaignId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public CampaignReminded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.acknowledgement.campaign-started}. An acknowledgement campaign was started: document, revision, audience and due date. */
    @AuditableEvent.SubjectType("policy-acknowledgement-campaign")
    @AuditableEvent.Action("policy.acknowledgement.campaign-started")
    record CampaignStarted(@AuditableEvent.Subject long campaignId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public CampaignStarted {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code policy.acknowledgement.confirmed}: a person confirmed having read a revision
     * in force; the details name the person, the document, the revision and its content hash.
     */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.acknowledgement.confirmed")
    record ConfirmationRecorded(
            @AuditableEvent.Subject long revisionId,
            long documentId,
            long personId,
            String contentHash,
            String channel,
            String actor)
            implements PolicyEvent {}

    /**
     * Audit event {@code policy.document.access-refused}: someone asked for a document they may not
     * read (and was told it does not exist). {@code entryPoint} names where: page, api, search, print …
     */
    @AuditableEvent.SubjectType("policy-document")
    @AuditableEvent.Action("policy.document.access-refused")
    record PolicyDocumentAccessRefused(
            @AuditableEvent.Subject long documentId, String actor, String entryPoint) implements PolicyEvent {}

    /** Audit event {@code policy.document.changed}: a document's title, place, owner or visibility changed; the details hold each change as {@code old → new}. */
    @AuditableEvent.SubjectType("policy-document")
    @AuditableEvent.Action("policy.document.changed")
    record PolicyDocumentChanged(@AuditableEvent.Subject long documentId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public PolicyDocumentChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.document.created}: a document was created; the details hold its tier, title, owner unit and visibility. */
    @AuditableEvent.SubjectType("policy-document")
    @AuditableEvent.Action("policy.document.created")
    record PolicyDocumentCreated(@AuditableEvent.Subject long documentId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public PolicyDocumentCreated {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.exported}: someone downloaded the documents in force as a zip (how many, with PDF or not). */
    @AuditableEvent.SubjectType("policy")
    @AuditableEvent.Action("policy.exported")
    record PolicyExported(String actor, Map<String, String> details) implements PolicyEvent {
        public PolicyExported {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.revision.approved}: one step of the approval was given; the last step also records the content hash. */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.revision.approved")
    record RevisionApproved(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionApproved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code policy.revision.in-force}: the 施行日 of an approved revision has come, so it is
     * now the revision in force of its document (and the one before it is superseded). Published once
     * per revision, inside a transaction: at the final approval when the 施行日 is today or earlier, else
     * by {@link InForceClock} on the day. Acknowledgement campaigns may start from it.
     */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.revision.in-force")
    record RevisionCameIntoForce(
            long documentId,
            @AuditableEvent.Subject long revisionId,
            int number,
            LocalDate effectiveOn,
            String contentHash,
            String actor)
            implements PolicyEvent {}

    /** Audit event {@code policy.revision.drafted}: a new revision was started as a draft (by hand, from the previous revision or by import). */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.revision.drafted")
    record RevisionDrafted(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionDrafted {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.revision.edited}: the text or dates of a draft changed; the details name the changed fields. */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.revision.edited")
    record RevisionEdited(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionEdited {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.revision.returned}: an approver returned the revision to draft; the details hold the step and the comment. */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.revision.returned")
    record RevisionReturned(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionReturned {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.revision.submitted}: a draft went to approval; the details hold the approval chain. */
    @AuditableEvent.SubjectType("policy-revision")
    @AuditableEvent.Action("policy.revision.submitted")
    record RevisionSubmitted(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionSubmitted {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code policy.review.started}: a review (見直し) of a document was opened. */
    @AuditableEvent.SubjectType("policy-review")
    @AuditableEvent.Action("policy.review.started")
    record ReviewStarted(@AuditableEvent.Subject long reviewId, String actor, long documentId, LocalDate dueOn)
            implements PolicyEvent {}

    /** Audit event {@code policy.review.input-added}: an input of a review (kind, the record it names, note). */
    @AuditableEvent.SubjectType("policy-review")
    @AuditableEvent.Action("policy.review.input-added")
    record ReviewInputAdded(
            @AuditableEvent.Subject long reviewId, String actor, ReviewInputKind kind, String reference, String note)
            implements PolicyEvent {}

    /**
     * Audit event {@code policy.review.concluded}: the conclusion, its reasoning, the committee decision
     * (0 when the owner decided) and the revision opened (0 when none).
     */
    @AuditableEvent.SubjectType("policy-review")
    @AuditableEvent.Action("policy.review.concluded")
    record ReviewConcluded(
            @AuditableEvent.Subject long reviewId,
            String actor,
            ReviewConclusion conclusion,
            String reasoning,
            long decisionId,
            long revisionId)
            implements PolicyEvent {}

    /** Audit event {@code policy.review.cycle-set}: a document's review cycle in months. */
    @AuditableEvent.SubjectType("policy-document")
    @AuditableEvent.Action("policy.review.cycle-set")
    record ReviewCycleSet(@AuditableEvent.Subject long documentId, String actor, int months) implements PolicyEvent {}

    /** Audit event {@code policy.review.reminded}: the owners were reminded that a document's review is due. */
    @AuditableEvent.SubjectType("policy-document")
    @AuditableEvent.Action("policy.review.reminded")
    record ReviewReminded(
            @AuditableEvent.Subject long documentId, String actor, String trigger, LocalDate dueOn, int people)
            implements PolicyEvent {}
}
