package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to policy documents, their revisions and acknowledgement campaigns, as audit events: one record per kind, the details derived from its components.
 */
sealed interface PolicyEvent extends AuditableEvent {
    /** A copy of the changes an event carries, in their order and unmodifiable. */
    private static Map<String, String> frozen(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Audit event {@code policy.acknowledgement.campaign-closed}. A manager closed an acknowledgement campaign. */
    record CampaignClosed(@AuditableEvent.Subject long campaignId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public CampaignClosed {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.acknowledgement.campaign-closed";
        }

        @Override
        public String subjectType() {
            return "policy-acknowledgement-campaign";
        }
    }

    /** Audit event {@code policy.acknowledgement.reminded}. Reminders went to the people of a campaign who had not confirmed: how many and why (button or schedule). */
    record CampaignReminded(@AuditableEvent.Subject long campaignId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public CampaignReminded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.acknowledgement.reminded";
        }

        @Override
        public String subjectType() {
            return "policy-acknowledgement-campaign";
        }
    }

    /** Audit event {@code policy.acknowledgement.campaign-started}. An acknowledgement campaign was started: document, revision, audience and due date. */
    record CampaignStarted(@AuditableEvent.Subject long campaignId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public CampaignStarted {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.acknowledgement.campaign-started";
        }

        @Override
        public String subjectType() {
            return "policy-acknowledgement-campaign";
        }
    }

    /**
     * Audit event {@code policy.acknowledgement.confirmed}: a person confirmed having read a revision
     * in force; the details name the person, the document, the revision and its content hash.
     */
    record ConfirmationRecorded(
            @AuditableEvent.Subject long revisionId,
            long documentId,
            long personId,
            String contentHash,
            String channel,
            String actor)
            implements PolicyEvent {
        @Override
        public String action() {
            return "policy.acknowledgement.confirmed";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /**
     * Audit event {@code policy.document.access-refused}: someone asked for a document they may not
     * read (and was told it does not exist). {@code entryPoint} names where: page, api, search, print …
     */
    record PolicyDocumentAccessRefused(
            @AuditableEvent.Subject long documentId, String actor, String entryPoint) implements PolicyEvent {
        @Override
        public String action() {
            return "policy.document.access-refused";
        }

        @Override
        public String subjectType() {
            return "policy-document";
        }
    }

    /** Audit event {@code policy.document.changed}: a document's title, place, owner or visibility changed; the details hold each change as {@code old → new}. */
    record PolicyDocumentChanged(@AuditableEvent.Subject long documentId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public PolicyDocumentChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.document.changed";
        }

        @Override
        public String subjectType() {
            return "policy-document";
        }
    }

    /** Audit event {@code policy.document.created}: a document was created; the details hold its tier, title, owner unit and visibility. */
    record PolicyDocumentCreated(@AuditableEvent.Subject long documentId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public PolicyDocumentCreated {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.document.created";
        }

        @Override
        public String subjectType() {
            return "policy-document";
        }
    }

    /** Audit event {@code policy.exported}: someone downloaded the documents in force as a zip (how many, with PDF or not). */
    record PolicyExported(String actor, Map<String, String> details) implements PolicyEvent {
        public PolicyExported {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.exported";
        }

        @Override
        public String subjectType() {
            return "policy";
        }
    }

    /** Audit event {@code policy.revision.approved}: one step of the approval was given; the last step also records the content hash. */
    record RevisionApproved(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionApproved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.revision.approved";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /**
     * Audit event {@code policy.revision.in-force}: the 施行日 of an approved revision has come, so it is
     * now the revision in force of its document (and the one before it is superseded). Published once
     * per revision, inside a transaction: at the final approval when the 施行日 is today or earlier, else
     * by {@link InForceClock} on the day. Acknowledgement campaigns may start from it.
     */
    record RevisionCameIntoForce(
            long documentId,
            @AuditableEvent.Subject long revisionId,
            int number,
            LocalDate effectiveOn,
            String contentHash,
            String actor)
            implements PolicyEvent {
        @Override
        public String action() {
            return "policy.revision.in-force";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /** Audit event {@code policy.revision.drafted}: a new revision was started as a draft (by hand, from the previous revision or by import). */
    record RevisionDrafted(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionDrafted {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.revision.drafted";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /** Audit event {@code policy.revision.edited}: the text or dates of a draft changed; the details name the changed fields. */
    record RevisionEdited(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionEdited {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.revision.edited";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /** Audit event {@code policy.revision.returned}: an approver returned the revision to draft; the details hold the step and the comment. */
    record RevisionReturned(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionReturned {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.revision.returned";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /** Audit event {@code policy.revision.submitted}: a draft went to approval; the details hold the approval chain. */
    record RevisionSubmitted(@AuditableEvent.Subject long revisionId, String actor, Map<String, String> details)
            implements PolicyEvent {
        public RevisionSubmitted {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "policy.revision.submitted";
        }

        @Override
        public String subjectType() {
            return "policy-revision";
        }
    }

    /** Audit event {@code policy.review.started}: a review (見直し) of a document was opened. */
    record ReviewStarted(@AuditableEvent.Subject long reviewId, String actor, long documentId, LocalDate dueOn)
            implements PolicyEvent {
        @Override
        public String action() {
            return "policy.review.started";
        }

        @Override
        public String subjectType() {
            return "policy-review";
        }
    }

    /** Audit event {@code policy.review.input-added}: an input of a review (kind, the record it names, note). */
    record ReviewInputAdded(
            @AuditableEvent.Subject long reviewId, String actor, ReviewInputKind kind, String reference, String note)
            implements PolicyEvent {
        @Override
        public String action() {
            return "policy.review.input-added";
        }

        @Override
        public String subjectType() {
            return "policy-review";
        }
    }

    /**
     * Audit event {@code policy.review.concluded}: the conclusion, its reasoning, the committee decision
     * (0 when the owner decided) and the revision opened (0 when none).
     */
    record ReviewConcluded(
            @AuditableEvent.Subject long reviewId,
            String actor,
            ReviewConclusion conclusion,
            String reasoning,
            long decisionId,
            long revisionId)
            implements PolicyEvent {
        @Override
        public String action() {
            return "policy.review.concluded";
        }

        @Override
        public String subjectType() {
            return "policy-review";
        }
    }

    /** Audit event {@code policy.review.cycle-set}: a document's review cycle in months. */
    record ReviewCycleSet(@AuditableEvent.Subject long documentId, String actor, int months) implements PolicyEvent {
        @Override
        public String action() {
            return "policy.review.cycle-set";
        }

        @Override
        public String subjectType() {
            return "policy-document";
        }
    }

    /** Audit event {@code policy.review.reminded}: the owners were reminded that a document's review is due. */
    record ReviewReminded(
            @AuditableEvent.Subject long documentId, String actor, String trigger, LocalDate dueOn, int people)
            implements PolicyEvent {
        @Override
        public String action() {
            return "policy.review.reminded";
        }

        @Override
        public String subjectType() {
            return "policy-document";
        }
    }
}
