package jp.mamori.audittrail;

import java.time.Instant;

/**
 * One link of the chain as stored.
 *
 * @param seq position in the chain, 1, 2, 3 … without gaps
 * @param time when it was appended (UTC, microsecond precision)
 * @param actor login of who did it
 * @param action dotted action name such as {@code person.created}
 * @param subjectType kind of thing it happened to
 * @param subjectId identifier of that thing, or empty
 * @param details canonical JSON text of the event's details
 * @param previousHash hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 over the canonical encoding of all the above
 */
public record Entry(
        long seq,
        Instant time,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String details,
        String previousHash,
        String hash) {

    /** The hash this entry should carry, recomputed from its content. */
    String expectedHash() {
        return ChainHash.of(seq, time, actor, action, subjectType, subjectId, details, previousHash);
    }
}
