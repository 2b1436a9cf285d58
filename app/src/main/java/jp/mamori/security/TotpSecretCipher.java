package jp.mamori.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.mamori.shared.KeyFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets kept in {@code sec_account} (AES-256-GCM with a key derived from the
 * {@link KeyFile}, outside the database). Stored text: {@code v1:} + Base64 of a 12-byte random
 * nonce followed by the cipher text and its tag; the account id is bound in as associated data,
 * so a secret copied onto another account's row does not decrypt. Text without the prefix is a
 * secret from before V11_3 and is read as it is (and encrypted at the next start, {@link
 * TotpSecretEncryption}).
 */
@Component
class TotpSecretCipher {
    static final String PREFIX = "v1:";
    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TotpSecretCipher(KeyFile keys) {
        this.key = new SecretKeySpec(keys.derive("totp-secret-v1"), "AES");
    }

    @Nullable
    String seal(long accountId, @Nullable String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(accountId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    @Nullable
    String open(long accountId, @Nullable String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE));
            cipher.updateAAD(aad(accountId));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the TOTP secret of account " + accountId
                            + " cannot be decrypted: this node's key file (mamori.key-file) is not the one it was encrypted with");
        }
    }

    static boolean sealed(@Nullable String stored) {
        return stored == null || stored.startsWith(PREFIX);
    }

    private static byte[] aad(long accountId) {
        return ("sec_account.totp:" + accountId).getBytes(StandardCharsets.US_ASCII);
    }
}
