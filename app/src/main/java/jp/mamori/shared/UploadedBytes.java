package jp.mamori.shared;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The bytes of an uploaded file, read as hostile: a declared size over the limit is refused before
 * reading, at most one byte more than the limit is read (that byte tells the file is too large), the
 * SHA-256 is taken while reading, and an empty file is refused. What the file is (its type from the
 * first bytes) and what it may be called stay with the module that takes it.
 *
 * @param sha256 the content's SHA-256 in lower-case hex
 */
public record UploadedBytes(byte[] content, String sha256) {

    /**
     * Reads {@code in}, at most {@code max} bytes; {@code tooLarge} and {@code empty} give the
     * module's own error for the two refusals.
     */
    public static UploadedBytes read(
            InputStream in,
            long declaredSize,
            long max,
            Supplier<InvalidInputException> tooLarge,
            Supplier<InvalidInputException> empty)
            throws IOException {
        if (declaredSize > max) {
            throw tooLarge.get();
        }
        MessageDigest digest = sha256Digest();
        byte[] content;
        try (var digesting = new DigestInputStream(in, digest)) {
            content = digesting.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (content.length > max) {
            throw tooLarge.get();
        }
        if (content.length == 0) {
            throw empty.get();
        }
        return new UploadedBytes(content, HexFormat.of().formatHex(digest.digest()));
    }

    /** The SHA-256 of {@code content} in lower-case hex. */
    public static String sha256Of(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    /** True when the content still has the SHA-256 recorded for it. */
    public static boolean matches(byte[] content, String sha256) {
        return sha256Of(content).equals(sha256);
    }

    /**
     * The name the browser sent, reduced to its last path element without control characters, at
     * most 200 characters (the end kept, so the extension stays); {@code fallback} when nothing is left.
     */
    public static String fileName(String sent, String fallback) {
        String name = sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** True when the content begins with the signature {@code magic}. */
    public static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
