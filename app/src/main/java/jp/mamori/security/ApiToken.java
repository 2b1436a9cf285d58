package jp.mamori.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as lists show it: never the token itself, only its first characters. */
record ApiToken(
        long id,
        long accountId,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {
    /** Public, because the account page's template calls it (SpEL only invokes public methods). */
    public boolean active() {
        return revokedAt == null;
    }
}
