package jp.mamori.audittrail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over a canonical encoding of (seq, time, actor, action, subject type,
 * subject id, details, previous hash). Each field is written as its UTF-8 byte length (4 bytes, big
 * endian) followed by the bytes, so no choice of field values can make two different entries
 * encode alike. The time is written as {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ} in UTC.
 */
final class ChainHash {
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ChainHash() {}

    static String of(
            long seq,
            Instant time,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String previousHash) {
        MessageDigest sha256 = sha256();
        for (String field : new String[] {
            Long.toString(seq), TIME.format(time), actor, action, subjectType, subjectId, details, previousHash
        }) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Times are kept to the microsecond, the precision both databases store. */
    static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
