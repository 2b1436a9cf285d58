package jp.mamori.supplier;

import java.time.OffsetDateTime;

/** A stored contract file (its content apart), with the SHA-256 computed when it was added. */
public record ContractFile(
        long id,
        String fileName,
        String contentType,
        String sha256,
        long sizeBytes,
        String addedBy,
        OffsetDateTime addedAt) {}
