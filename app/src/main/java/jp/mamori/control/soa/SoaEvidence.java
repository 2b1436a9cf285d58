package jp.mamori.control.soa;

import java.time.Instant;

/**
 * An evidence file for a measure's implementation in one scope (a unit's statement of
 * applicability): its name, the content type mamori recognised, its SHA-256 and size, who added it
 * and when. Once added it is neither changed nor removed.
 */
public record SoaEvidence(
        long id,
        String scopeKey,
        String measureId,
        String fileName,
        String contentType,
        String sha256,
        long size,
        String addedBy,
        Instant addedAt) {}
