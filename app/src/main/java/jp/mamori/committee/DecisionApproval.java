package jp.mamori.committee;

import java.time.OffsetDateTime;

/**
 * An approval of another module that rests on a carried decision: the matter approved (as the
 * decision names it), who recorded the approval and when. The decision's page lists them.
 */
public record DecisionApproval(
        long decisionId, Matter matter, String approvedBy, String approvedName, OffsetDateTime approvedAt) {}
