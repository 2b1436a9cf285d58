package jp.mamori.policy;

import java.time.OffsetDateTime;

/**
 * One input of a review: its kind, the record it links to (reference, label and page as they were
 * when added; empty for changes outside mamori) and a note.
 */
public record ReviewInput(
        long id,
        long reviewId,
        ReviewInputKind kind,
        String reference,
        String label,
        String path,
        String note,
        String addedBy,
        OffsetDateTime addedAt) {}
