package jp.mamori.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Clock;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), as every common
 * authenticator app makes them. A code is accepted for the current step and one step either side
 * (clock drift), and only for a step later than the last one accepted, so a code cannot be used
 * twice.
 */
@Component
class TotpCodes {
    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private final Clock clock;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret: 32 Base32 characters (160 bits). */
    String newSecret() {
        return secrets.generate();
    }

    /** The time step now. */
    long currentStep() {
        return clock.instant().getEpochSecond() / PERIOD_SECONDS;
    }

    /**
     * The step the code belongs to, when it is right for now (±1 step) and newer than the last
     * accepted step; empty otherwise.
     */
    OptionalLong verify(String secret, String code, @Nullable Long lastAcceptedStep) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (lastAcceptedStep != null && step <= lastAcceptedStep) {
                continue;
            }
            if (Sha256.same(codeFor(secret, step), digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a step (tests and the verifier). */
    String codeFor(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a TOTP code", e);
        }
    }

    /** A PNG QR code of the otpauth:// URI authenticator apps scan. */
    byte[] qrPng(String issuer, String login, String secret) {
        QrData data = new QrData.Builder()
                .label(login)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        png.setImageSize(240);
        try {
            return png.generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }
}
