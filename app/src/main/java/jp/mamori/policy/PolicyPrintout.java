package jp.mamori.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a printed revision shows, the same on the print page, in the PDF and in the export: title,
 * 文書番号, 制定日 / 改正日 / 施行日, the body and the 附則 (both Markdown).
 *
 * @param documentId the document, for stable file names
 * @param tier the document's tier
 * @param tierLabel the tier in words (基本方針, 対策基準, 実施手順)
 * @param title the document's title
 * @param documentNumber 文書番号 as written (free text), or empty
 * @param enactedOn 制定日
 * @param amendedOn 改正日, null for the first version
 * @param effectiveOn 施行日
 * @param body the revision's Markdown body
 * @param supplementaryProvisions 附則 (Markdown), or empty
 * @param contentHash the revision's content hash (shown small, so a printout names the exact text)
 */
public record PolicyPrintout(
        long documentId,
        PolicyTier tier,
        String tierLabel,
        String title,
        String documentNumber,
        @Nullable LocalDate enactedOn,
        @Nullable LocalDate amendedOn,
        @Nullable LocalDate effectiveOn,
        String body,
        String supplementaryProvisions,
        String contentHash) {}
