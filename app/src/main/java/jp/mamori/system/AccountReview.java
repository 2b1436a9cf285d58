package jp.mamori.system;

import java.time.OffsetDateTime;

/**
 * The yearly review (棚卸し) of a system's accounts for one fiscal year: who went through the list
 * and when, how many accounts were kept as still needed and how many were ended.
 */
public record AccountReview(
        int fiscalYear, String reviewedBy, OffsetDateTime reviewedAt, int kept, int ended, String note) {}
