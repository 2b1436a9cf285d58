package jp.mamori.audit.web;

import java.io.IOException;
import java.io.InputStream;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An evidence file posted to an audit page (a working paper's, a corrective action's, a
 * self-inspection answer's): refused on the {@code file} field when none or an empty one was sent,
 * or when it cannot be read.
 */
final class EvidenceFile {
    private EvidenceFile() {}

    /** Where the file goes. */
    @FunctionalInterface
    interface Store {
        void add(String name, long size, InputStream in) throws IOException;
    }

    static void store(@Nullable MultipartFile file, Store store) {
        Upload upload = Upload.required(file, "file", "aud.error.fileEmpty", "");
        try (InputStream in = upload.stream()) {
            store.add(upload.name(), upload.size(), in);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "aud.error.fileUnreadable");
        }
    }
}
