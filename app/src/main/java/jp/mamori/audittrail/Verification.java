package jp.mamori.audittrail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The outcome of recomputing the chain: intact, or broken at a named entry. */
public sealed interface Verification {
    /** Every entry's hash matches its content and links to the one before; the head agrees. */
    record Intact(long entries) implements Verification {}

    /**
     * The first entry that does not fit. {@code time} and {@code action} are null when the entry is
     * missing altogether. {@code reason} is a message key of the audittrail bundle.
     */
    record Broken(
            long seq, @Nullable Instant time, @Nullable String action, String reason) implements Verification {}
}
