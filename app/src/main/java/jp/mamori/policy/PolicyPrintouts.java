package jp.mamori.policy;

import java.util.Locale;
import jp.mamori.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds a revision for printing, under the same reading rule as its page: the document must be
 * readable (else 404, audited), and a revision not yet approved only for those who see drafts.
 */
@Component
public class PolicyPrintouts {
    private final PolicyAccess policyAccess;
    private final Revisions revisions;
    private final MessageSource messages;

    PolicyPrintouts(PolicyAccess policyAccess, Revisions revisions, MessageSource messages) {
        this.policyAccess = policyAccess;
        this.revisions = revisions;
        this.messages = messages;
    }

    /** The printout of the revision; {@code entryPoint} names the door for the audit trail. */
    public PolicyPrintout printout(long documentId, long revisionId, String entryPoint) {
        PolicyDocument document = policyAccess.readable(documentId, entryPoint);
        Revision revision = revisions.get(documentId, revisionId);
        if (revision.recordedState() != RevisionState.APPROVED && !policyAccess.seesUnapproved(document)) {
            throw new NotFoundException("policy revision", revisionId);
        }
        return of(document, revision);
    }

    PolicyPrintout of(PolicyDocument document, Revision revision) {
        return new PolicyPrintout(
                document.id(),
                document.tier(),
                messages.getMessage(
                        document.tier().messageKey(), null, document.tier().name(), Locale.JAPANESE),
                document.title(),
                revision.documentNumber(),
                revision.enactedOn(),
                revision.amendedOn(),
                revision.effectiveOn(),
                revision.body(),
                revision.supplementaryProvisions(),
                revision.contentHash() == null ? "" : revision.contentHash());
    }
}
