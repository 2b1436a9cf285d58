package jp.mamori.policy;

import jp.mamori.committee.CommitteeEvent.DecisionRecorded;
import jp.mamori.committee.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a revision on when the committee decides it: a carried decision passes the committee's step
 * of a revision waiting for it, a rejected one returns the revision to its author. Runs in the
 * transaction that records the decision, so both commit together. A decision taken before the
 * revision reached the committee's step is applied later from the revision page.
 */
@Component
class CommitteeDecisionListener {
    private final RevisionRepository revisions;
    private final Revisions service;

    CommitteeDecisionListener(RevisionRepository revisions, Revisions service) {
        this.revisions = revisions;
        this.service = service;
    }

    @EventListener
    void on(DecisionRecorded decision) {
        if (!decision.matterKind().equals(Revision.MATTER_KIND)) {
            return;
        }
        revisions.find(decision.matterId()).filter(Revision::awaitsCommittee).ifPresent(revision -> {
            if (decision.outcome() == Outcome.CARRIED) {
                service.approveByDecision(revision.documentId(), revision.id(), decision.decisionId());
            } else {
                service.returnByDecision(revision.documentId(), revision.id(), decision.decisionId());
            }
        });
    }
}
