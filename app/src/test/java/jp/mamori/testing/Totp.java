package jp.mamori.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * Codes of an authenticator app for the tests, at the fixed test clock. A code is accepted once per
 * 30-second step: a sign-in spends the current step, so a decision confirmed afterwards uses the next.
 */
public final class Totp {
    /** A secret the tests enrol (base32). */
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private Totp() {}

    /** The code of the step {@code offset} steps after the test clock's current one. */
    public static String code(String secret, long offset) {
        long step = TestClock.INSTANCE.instant().getEpochSecond() / 30 + offset;
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
