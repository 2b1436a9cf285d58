package jp.mamori.committee;

import static jp.mamori.shared.UploadedBytes.startsWith;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the committee keeps as meeting materials, recognised from the content (the name
 * only tells the Office formats apart, which share the zip signature): PDF, PNG, JPEG, Word, Excel,
 * PowerPoint, and plain UTF-8 text. Anything else — an executable, a renamed file, text with
 * control characters — is refused.
 */
enum MaterialType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    TEXT("text/plain; charset=UTF-8");

    private final String contentType;

    MaterialType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The type of the content, or empty when mamori does not keep such files. */
    static Optional<MaterialType> sniff(byte[] content, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            if (name.endsWith(".docx")) {
                return Optional.of(DOCX);
            }
            if (name.endsWith(".xlsx")) {
                return Optional.of(XLSX);
            }
            if (name.endsWith(".pptx")) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        }
        if ((name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".csv")) && plainText(content)) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /** Strict UTF-8 without control characters other than tab and line ends. */
    private static boolean plainText(byte[] content) {
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
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
