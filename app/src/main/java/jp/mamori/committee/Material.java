package jp.mamori.committee;

import java.time.Instant;

/** A file of a meeting's materials (資料), stored in mamori, with the SHA-256 taken at upload. */
public record Material(
        long id,
        long meetingId,
        String fileName,
        String contentType,
        String sha256,
        long sizeBytes,
        String addedBy,
        Instant addedAt) {}
