package jp.mamori.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A review (見直し) of a policy document: opened when due (or earlier), fed by inputs, and concluded
 * once — no change, or revise with the link to the revision it opened. For a tier that needs the
 * committee (mamori.policy.approval.committee-decision) the conclusion names a carried decision
 * (議決) about the review; otherwise the document's editors conclude it.
 */
public record PolicyReview(
        long id,
        long documentId,
        String documentTitle,
        PolicyTier tier,
        boolean open,
        LocalDate dueOn,
        String startedBy,
        OffsetDateTime startedAt,
        @Nullable ReviewConclusion conclusion,
        String reasoning,
        @Nullable String decidedBy,
        @Nullable String decidedName,
        @Nullable OffsetDateTime decidedAt,
        @Nullable LocalDate concludedOn,
        @Nullable Long decisionId,
        @Nullable Long revisionId) {

    /** The matter kind of a review in the committee's decisions. */
    public static final String MATTER_KIND = "policy-review";
}
