package jp.mamori.control;

import static jp.mamori.shared.UploadedBytes.startsWith;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file mamori accepts, recognised from the file's first bytes — never from the
 * name or the type the browser claims. Anything else (programs, scripts, HTML, SVG, archives that are
 * not Office documents …) is refused. The stored and served content type is the sniffed one, and
 * files are handed out only as attachments.
 */
public enum EvidenceType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    /** Office Open XML (xlsx, docx, pptx): a ZIP container, accepted only with such a name. */
    OFFICE("application/vnd.openxmlformats-officedocument"),
    /** The older Office formats (xls, doc, ppt, msg): an OLE2 compound file. */
    OFFICE_LEGACY("application/x-ole-storage"),
    /** Plain text in UTF-8 (logs, CSV, notes): no NUL or other control bytes, and not markup. */
    TEXT("text/plain; charset=UTF-8");

    private final String contentType;

    EvidenceType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The type of the content, or empty when mamori does not accept it. */
    public static Optional<EvidenceType> sniff(byte[] content, String fileName) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        String extension = extension(fileName);
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return switch (extension) {
                case "xlsx", "docx", "pptx" -> Optional.of(OFFICE);
                default -> Optional.empty();
            };
        }
        if (startsWith(content, new byte[] {
            (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
        })) {
            return Optional.of(OFFICE_LEGACY);
        }
        return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean isPlainText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
            if (c == 0x7f) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        String start = text.stripLeading().replace("\uFEFF", "");
        // markup would run as a page if anything ever showed it inline
        return !start.startsWith("<");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
