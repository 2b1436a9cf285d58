package jp.mamori.premises;

import static jp.mamori.shared.UploadedBytes.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of disposal (廃棄証明書) as a file: a PDF or a scan (PNG, JPEG). The upload is read as
 * hostile: never more than {@link #MAX_BYTES} plus one byte, and the type is taken from the first
 * bytes, not from the name or the type the browser claims.
 */
public record CertificateFile(String name, String type, byte[] content) {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Reads an upload on the field {@code certificate}; refuses an empty, too large or unknown file. */
    public static CertificateFile read(String fileName, long declaredSize, InputStream in) throws IOException {
        if (declaredSize > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw InvalidInputException.of("certificate", "prm.error.certificate.empty");
        }
        String name = plainName(fileName);
        String type = typeOf(content);
        if (type == null) {
            throw InvalidInputException.of("certificate", "prm.error.certificate.type", name);
        }
        return new CertificateFile(name, type, content);
    }

    private static InvalidInputException tooLarge() {
        return InvalidInputException.of("certificate", "prm.error.certificate.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    /** The last part of the path a browser may send, without control characters, at most 200 characters. */
    static String plainName(String fileName) {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            return "certificate";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static @Nullable String typeOf(byte[] c) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (startsWith(c, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        return null;
    }
}
