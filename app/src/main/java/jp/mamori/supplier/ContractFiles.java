package jp.mamori.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.UploadedBytes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Contract files, stored in the database with their SHA-256 ({@code mamori.supplier.file-max-size},
 * 20MB by default). An upload is read as hostile ({@link Upload}); a file is handed out only when its
 * content still matches its hash, and only as an attachment.
 */
@Service
public class ContractFiles {
    private final ContractorRepository repository;
    private final Contractors contractors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    ContractFiles(
            ContractorRepository repository,
            Contractors contractors,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.supplier.file-max-size:20MB}") DataSize maxSize) {
        this.repository = repository;
        this.contractors = contractors;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** A stored file and its content. */
    public record File(ContractFile file, byte[] content) {}

    /** Stores the contract file; the same content twice on one contract is refused. */
    @Transactional
    public ContractFile add(long contractorId, long contractId, String fileName, long declaredSize, InputStream in)
            throws IOException {
        Contract k = contractors.requireChange(contractorId, contractId);
        Upload upload = Upload.read(fileName, declaredSize, in, maxSize.toBytes());
        if (k.files().stream().anyMatch(f -> f.sha256().equals(upload.sha256()))) {
            throw InvalidInputException.of("file", "sup.error.file.duplicate", upload.fileName());
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.addFile(
                contractId, upload.fileName(), upload.contentType(), upload.sha256(), upload.content(), actor, now);
        repository.touch(contractId, actor, now);
        events.publishEvent(new SupplierEvent.ContractFileAdded(
                Long.toString(contractId),
                actor,
                Map.of(
                        "file",
                        upload.fileName(),
                        "sha256",
                        upload.sha256(),
                        "size",
                        Integer.toString(upload.content().length))));
        return new ContractFile(
                id, upload.fileName(), upload.contentType(), upload.sha256(), upload.content().length, actor, now);
    }

    /** The file, after checking its content against the SHA-256 recorded when it was added. */
    @Transactional(readOnly = true)
    public File file(long contractorId, long contractId, long fileId) {
        Contract k = contractors.contract(contractorId, contractId);
        ContractFile f = k.files().stream()
                .filter(x -> x.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("contract-file", fileId));
        byte[] content = repository.fileContent(fileId).orElse(new byte[0]);
        if (!UploadedBytes.matches(content, f.sha256())) {
            throw new IllegalStateException("contract file " + fileId + " does not match its SHA-256");
        }
        return new File(f, content);
    }

    public long maxMegabytes() {
        return maxSize.toMegabytes();
    }
}
