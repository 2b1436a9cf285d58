package jp.mamori.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;

/**
 * An uploaded contract or terms file, read as hostile: at most {@code max} bytes are read (one more
 * tells it is too large), the SHA-256 is computed while reading, and the type is recognised from the
 * first bytes — PDF, Office documents (docx, xlsx and the older OLE2 formats) and PNG/JPEG scans —
 * never from the name or the type the browser claims. Anything else is refused.
 */
record Upload(String fileName, String contentType, String sha256, byte[] content) {

    static Upload read(String fileName, long declaredSize, InputStream in, long max) throws IOException {
        if (declaredSize > max) {
            throw tooLarge(max);
        }
        MessageDigest sha256 = digest();
        byte[] content;
        try (var digesting = new DigestInputStream(in, sha256)) {
            content = digesting.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (content.length > max) {
            throw tooLarge(max);
        }
        if (content.length == 0) {
            throw InvalidInputException.of("file", "sup.error.file.empty");
        }
        String name = safeName(fileName);
        String type = sniff(content, name);
        if (type == null) {
            throw InvalidInputException.of("file", "sup.error.file.type", name);
        }
        return new Upload(name, type, HexFormat.of().formatHex(sha256.digest()), content);
    }

    /** True when the content still has the SHA-256 recorded for it. */
    static boolean matches(byte[] content, String sha256) {
        return HexFormat.of().formatHex(digest().digest(content)).equals(sha256);
    }

    private static InvalidInputException tooLarge(long max) {
        return InvalidInputException.of("file", "sup.error.file.tooLarge", max / (1024 * 1024));
    }

    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = "contract";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sniff(byte[] c, String name) {
        if (starts(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (starts(c, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (starts(c, new byte[] {'P', 'K', 3, 4})) {
            return switch (extension) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                default -> null;
            };
        }
        if (starts(
                c, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
                })) {
            return "application/x-ole-storage";
        }
        return null;
    }

    private static boolean starts(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
