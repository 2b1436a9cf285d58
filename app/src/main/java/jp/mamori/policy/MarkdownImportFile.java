package jp.mamori.policy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;

/**
 * Turns an uploaded Markdown file into the text of a revision body, treating the upload as hostile:
 * at most {@link #MAX_BYTES}, a name ending in {@code .md}, {@code .markdown} or {@code .txt}, strict
 * UTF-8 (a byte order mark is dropped), and no control characters other than tab, line feed and
 * carriage return — so an image, a Word file or a zip renamed to {@code .md} is refused, not stored.
 * Line ends become {@code \n}. Problems name the field {@code file}.
 */
public final class MarkdownImportFile {
    /** 512 KiB: a long 対策基準 is about 100 KiB of Markdown. */
    public static final int MAX_BYTES = 512 * 1024;

    private MarkdownImportFile() {}

    public static String read(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
            throw InvalidInputException.of("file", "policy.import.notMarkdown");
        }
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "policy.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "policy.import.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "policy.import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
            if (control) {
                throw InvalidInputException.of("file", "policy.import.binary");
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw InvalidInputException.of("file", "policy.import.empty");
        }
        return text;
    }
}
