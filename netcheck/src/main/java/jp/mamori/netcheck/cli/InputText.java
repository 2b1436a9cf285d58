package jp.mamori.netcheck.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a configuration file as text: UTF-8 when it is valid UTF-8, else Shift_JIS (Windows-31J),
 * which Japanese devices and Windows tools still write.
 */
final class InputText {
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private InputText() {}

    static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, SHIFT_JIS);
        }
    }
}
