package jp.mamori.policy;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A policy document: its place in the hierarchy, its owner unit and who may read it. The text lives
 * in its {@link Revision}s.
 *
 * @param id the document's id
 * @param tier basic policy, standard or procedure
 * @param parentId the document above it (null only for the basic policy)
 * @param title the document's title, e.g. 情報セキュリティ対策基準
 * @param subject the system or unit a procedure is about (free text, "" for none)
 * @param ownerUnitId the unit that owns and maintains it (所管部署)
 * @param visibility who may read it
 * @param createdAt when it was created
 */
public record PolicyDocument(
        long id,
        PolicyTier tier,
        @Nullable Long parentId,
        String title,
        String subject,
        long ownerUnitId,
        Visibility visibility,
        OffsetDateTime createdAt) {}
