package jp.mamori.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An evidence file on a self-inspection answer or a corrective action, as listed: the content is kept
 * apart and handed out only as an attachment after its SHA-256 is checked again.
 *
 * @param ownerId the question's or the action's id
 * @param stage for an action, {@code PROGRESS} (the unit's evidence of the fix) or {@code VERIFICATION}
 *     (the verifier's); null for an answer
 */
public record EvidenceFile(
        long id,
        long ownerId,
        @Nullable String stage,
        String fileName,
        String contentType,
        String sha256,
        long size,
        String addedBy,
        OffsetDateTime addedAt) {}
