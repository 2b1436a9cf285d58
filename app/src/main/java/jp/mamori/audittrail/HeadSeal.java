package jp.mamori.audittrail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.mamori.shared.KeyFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The seal of the chain head: an HMAC-SHA256, with a key derived from the key file outside the
 * database, over each entry's number and hash and the seal before it. The seal therefore depends on
 * every entry from the first, and nobody with write access to the database alone can give a
 * rewritten chain (an entry changed and the hashes recomputed, or the tail deleted and the head
 * moved back) a seal that fits: {@link ChainVerifier} recomputes it and compares it with the head.
 * An append never repairs a seal: it extends whatever seal the head holds, so a forged head stays
 * visible after later entries.
 */
@Component
class HeadSeal {
    /** The seal before the first entry. */
    static final String GENESIS = "";

    private final SecretKeySpec key;

    HeadSeal(KeyFile keys) {
        this.key = new SecretKeySpec(keys.derive("audit-chain-head-v1"), "HmacSHA256");
    }

    /** The seal after appending entry {@code seq} with {@code hash} to a head sealed with {@code previous}. */
    String next(@Nullable String previous, long seq, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String text = seq + "\n" + hash + "\n" + (previous == null ? GENESIS : previous);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
