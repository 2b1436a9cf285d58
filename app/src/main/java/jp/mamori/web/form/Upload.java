package jp.mamori.web.form;

import java.io.IOException;
import java.io.InputStream;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file posted with a form, as the services take it: its name (or a fallback when the browser sent
 * none) and its content, as a stream or as bytes. None or an empty one is refused on its field before
 * the service sees it. Read it inside a {@link Steps.Work}: a file that cannot be read is a fault of
 * the server, not of the input.
 */
public record Upload(String name, MultipartFile file) {

    /** The posted file, present and not empty; otherwise refused on {@code field} with {@code emptyKey}. */
    public static Upload required(@Nullable MultipartFile file, String field, String emptyKey, String fallbackName) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of(field, emptyKey);
        }
        String name = file.getOriginalFilename();
        return new Upload(name == null || name.isBlank() ? fallbackName : name, file);
    }

    public long size() {
        return file.getSize();
    }

    public InputStream stream() throws IOException {
        return file.getInputStream();
    }

    public byte[] bytes() throws IOException {
        return file.getBytes();
    }
}
