package jp.mamori.audit;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.mamori.control.EvidenceType;
import jp.mamori.shared.InvalidInputException;
import org.springframework.util.unit.DataSize;

/**
 * An evidence file uploaded to the audit module (a working paper, a self-inspection answer, a
 * corrective action), read as hostile: the size is limited before and while reading (one byte more
 * than allowed tells it is too large), the SHA-256 is taken while reading, the type is recognised from
 * the content as for the statement of applicability's evidence ({@link EvidenceType}: PDF, images,
 * Office, plain text; anything else is refused) and the name is stripped of paths and control
 * characters.
 *
 * @param content the bytes read, never more than the limit
 */
public record EvidenceUpload(String fileName, EvidenceType type, String sha256, byte[] content) {

    /** Reads and checks the upload; throws {@link InvalidInputException} on the field {@code file}. */
    public static EvidenceUpload read(String fileName, long declaredSize, InputStream in, DataSize limit)
            throws IOException {
        long max = limit.toBytes();
        if (declaredSize > max) {
            throw InvalidInputException.of("file", "aud.error.fileTooLarge", limit.toMegabytes());
        }
        MessageDigest digest = newDigest();
        byte[] content;
        try (var reading = new DigestInputStream(in, digest)) {
            content = reading.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (content.length > max) {
            throw InvalidInputException.of("file", "aud.error.fileTooLarge", limit.toMegabytes());
        }
        if (content.length == 0) {
            throw InvalidInputException.of("file", "aud.error.fileEmpty");
        }
        String name = safeName(fileName);
        EvidenceType type = EvidenceType.sniff(content, name)
                .orElseThrow(() -> InvalidInputException.of("file", "aud.error.fileType", name));
        return new EvidenceUpload(name, type, HexFormat.of().formatHex(digest.digest()), content);
    }

    /** The content type the file is stored and handed out with. */
    public String contentType() {
        return type.contentType();
    }

    /** True when the content still has the SHA-256 recorded for it at upload. */
    public static boolean matches(byte[] content, String sha256) {
        return HexFormat.of().formatHex(newDigest().digest(content)).equals(sha256);
    }

    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceUpload u && u.sha256.equals(sha256) && u.fileName.equals(fileName);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "EvidenceUpload[" + fileName + ", " + type + ", " + sha256 + ", " + content.length + " bytes]";
    }
}
