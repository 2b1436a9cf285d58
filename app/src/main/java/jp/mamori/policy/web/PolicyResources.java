package jp.mamori.policy.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.policy.Approval;
import jp.mamori.policy.Audience;
import jp.mamori.policy.ContentHash;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyMarkdown;
import jp.mamori.policy.PolicyTier;
import jp.mamori.policy.Revision;
import jp.mamori.policy.RevisionDraft;
import jp.mamori.policy.RevisionState;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the policy REST API. Dates are ISO 8601. */
final class PolicyResources {
    private PolicyResources() {}

    /** A document as the API shows it, with the revision in force today (if any). */
    record DocumentResource(
            long id,
            PolicyTier tier,
            @Nullable Long parentId,
            String title,
            String subject,
            long ownerUnitId,
            Audience audience,
            List<Role> visibleRoles,
            List<Long> visibleUnitIds,
            @Nullable RevisionSummary inForce,
            @Nullable List<RevisionSummary> revisions) {
        static DocumentResource of(
                PolicyDocument d, @Nullable RevisionSummary inForce, @Nullable List<RevisionSummary> revisions) {
            return new DocumentResource(
                    d.id(),
                    d.tier(),
                    d.parentId(),
                    d.title(),
                    d.subject(),
                    d.ownerUnitId(),
                    d.visibility().audience(),
                    List.copyOf(d.visibility().sortedRoles()),
                    List.copyOf(d.visibility().sortedUnitIds()),
                    inForce,
                    revisions);
        }
    }

    /** A revision without its text. {@code state} is the state today (in force / superseded derived). */
    record RevisionSummary(
            long id,
            int number,
            String documentNumber,
            @Nullable LocalDate enactedOn,
            @Nullable LocalDate amendedOn,
            @Nullable LocalDate effectiveOn,
            RevisionState state,
            @Nullable String contentHash) {
        static RevisionSummary of(Revision r, RevisionState state) {
            return new RevisionSummary(
                    r.id(),
                    r.number(),
                    r.documentNumber(),
                    r.enactedOn(),
                    r.amendedOn(),
                    r.effectiveOn(),
                    state,
                    r.contentHash());
        }
    }

    /** A revision with its text (Markdown and the safe HTML), approvals and content hash. */
    record RevisionResource(
            long id,
            long documentId,
            int number,
            String documentNumber,
            @Nullable LocalDate enactedOn,
            @Nullable LocalDate amendedOn,
            @Nullable LocalDate effectiveOn,
            RevisionState state,
            String reason,
            String body,
            String bodyHtml,
            String supplementaryProvisions,
            String author,
            List<Role> approvalChain,
            List<ApprovalResource> approvals,
            String contentHash,
            @Nullable OffsetDateTime approvedAt) {
        static RevisionResource of(Revision r, RevisionState state) {
            return new RevisionResource(
                    r.id(),
                    r.documentId(),
                    r.number(),
                    r.documentNumber(),
                    r.enactedOn(),
                    r.amendedOn(),
                    r.effectiveOn(),
                    state,
                    r.reason(),
                    r.body(),
                    PolicyMarkdown.render(r.body()),
                    r.supplementaryProvisions(),
                    r.authorName(),
                    r.approvalChain(),
                    r.approvals().stream().map(ApprovalResource::of).toList(),
                    r.contentHash() != null ? r.contentHash() : ContentHash.of(r),
                    r.approvedAt());
        }
    }

    record ApprovalResource(int step, Role role, String approver, OffsetDateTime decidedAt) {
        static ApprovalResource of(Approval a) {
            return new ApprovalResource(a.step(), a.role(), a.personName(), a.decidedAt());
        }
    }

    /** A new draft or a change to one. */
    record RevisionRequest(
            @Nullable String documentNumber,
            @Nullable LocalDate enactedOn,
            @Nullable LocalDate amendedOn,
            @Nullable LocalDate effectiveOn,
            @Nullable String reason,
            @Nullable String supplementaryProvisions,
            @Nullable String body) {
        RevisionDraft draft() {
            return new RevisionDraft(
                    PolicyForms.text(documentNumber),
                    enactedOn,
                    amendedOn,
                    effectiveOn,
                    PolicyForms.text(reason),
                    PolicyForms.text(supplementaryProvisions),
                    PolicyForms.text(body));
        }
    }

    /** The reason for returning a revision to draft. */
    record ReturnRequest(@Nullable String comment) {}
}
