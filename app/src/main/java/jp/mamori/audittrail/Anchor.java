package jp.mamori.audittrail;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The chain head as it was published on one day: the last entry's number and hash when the anchor
 * was taken. Kept outside the database (an anchor file, and a notice mailed to the CISO), it fixes
 * every entry up to {@code seq}: the chain's hashes link each entry to the one before.
 *
 * @param day the day (Asia/Tokyo) the anchor is for
 * @param taken when it was taken
 * @param seq the number of the last entry it covers
 * @param hash that entry's hash
 */
record Anchor(LocalDate day, Instant taken, long seq, String hash) {
    Anchor {
        if (seq < 1) {
            throw new IllegalArgumentException("an anchor covers at least one entry");
        }
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an anchor's hash is 64 hex digits");
        }
    }
}
