package jp.mamori.audit;

import java.io.IOException;
import java.io.InputStream;
import jp.mamori.control.EvidenceType;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.UploadedBytes;
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
        UploadedBytes read =
                UploadedBytes.read(in, declaredSize, limit.toBytes(), () -> tooLarge(limit), EvidenceUpload::emptyFile);
        String name = UploadedBytes.fileName(fileName, "evidence");
        EvidenceType type = EvidenceType.sniff(read.content(), name)
                .orElseThrow(() -> InvalidInputException.of("file", "aud.error.fileType", name));
        return new EvidenceUpload(name, type, read.sha256(), read.content());
    }

    /** The content type the file is stored and handed out with. */
    public String contentType() {
        return type.contentType();
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

    private static InvalidInputException tooLarge(DataSize limit) {
        return InvalidInputException.of("file", "aud.error.fileTooLarge", limit.toMegabytes());
    }

    private static InvalidInputException emptyFile() {
        return InvalidInputException.of("file", "aud.error.fileEmpty");
    }
}
