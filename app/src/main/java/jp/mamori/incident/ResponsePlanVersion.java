package jp.mamori.incident;

import java.time.Instant;

/**
 * A saved emergency response plan: each save keeps the plan before it, so the history shows who
 * changed what and when.
 *
 * @param version 1 for the first saved plan, then one more each save
 * @param changedBy login of the body-wide manager who saved it
 * @param note why it was changed
 */
public record ResponsePlanVersion(int version, ResponsePlan plan, String changedBy, Instant changedAt, String note) {}
