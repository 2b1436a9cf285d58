package jp.mamori.supplier;

import static jp.mamori.shared.UploadedBytes.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.UploadedBytes;

/**
 * An uploaded contract or terms file, read as hostile: at most {@code max} bytes are read (one more
 * tells it is too large), the SHA-256 is computed while reading, and the type is recognised from the
 * first bytes — PDF, Office documents (docx, xlsx and the older OLE2 formats) and PNG/JPEG scans —
 * never from the name or the type the browser claims. Anything else is refused.
 */
record Upload(String fileName, String contentType, String sha256, byte[] content) {

    static Upload read(String fileName, long declaredSize, InputStream in, long max) throws IOException {
        UploadedBytes read = UploadedBytes.read(in, declaredSize, max, () -> tooLarge(max), Upload::emptyFile);
        String name = UploadedBytes.fileName(fileName, "contract");
        String type = sniff(read.content(), name);
        if (type == null) {
            throw InvalidInputException.of("file", "sup.error.file.type", name);
        }
        return new Upload(name, type, read.sha256(), read.content());
    }

    private static InvalidInputException tooLarge(long max) {
        return InvalidInputException.of("file", "sup.error.file.tooLarge", max / (1024 * 1024));
    }

    private static String sniff(byte[] c, String name) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(c, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (startsWith(c, new byte[] {'P', 'K', 3, 4})) {
            return switch (extension) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                default -> null;
            };
        }
        if (startsWith(
                c, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
                })) {
            return "application/x-ole-storage";
        }
        return null;
    }

    private static InvalidInputException emptyFile() {
        return InvalidInputException.of("file", "sup.error.file.empty");
    }
}
