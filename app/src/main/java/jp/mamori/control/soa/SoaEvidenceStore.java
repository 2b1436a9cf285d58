package jp.mamori.control.soa;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import jp.mamori.control.ControlEvent;
import jp.mamori.control.EvidenceType;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.UploadedBytes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of a unit's statement of applicability, stored in the database like the incident
 * module's evidence ({@code ctl_soa_evidence} and its content apart). An upload is treated as
 * hostile: the size is limited before and while reading ({@code mamori.controls.evidence-max-size},
 * 20MB), the type is recognised from the content ({@link EvidenceType}; anything else is refused),
 * the SHA-256 is computed while reading, and a file is handed out only after its content is checked
 * against that hash again, as an attachment.
 */
@Service
public class SoaEvidenceStore {
    private final JdbcClient jdbc;
    private final Applicabilities soa;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    SoaEvidenceStore(
            JdbcClient jdbc,
            Applicabilities soa,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.controls.evidence-max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.soa = soa;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** A stored file with its description. */
    public record File(SoaEvidence evidence, byte[] content) {}

    /** The evidence recorded for the measure in the statement, oldest first (its readers). */
    @Transactional(readOnly = true)
    public List<SoaEvidence> list(SoaScope scope, String measureId) {
        requireReader(scope);
        return jdbc.sql("select * from ctl_soa_evidence where scope_key = :s and measure_id = :m order by id")
                .param("s", soa.scopeKey(scope))
                .param("m", measureId)
                .query((rs, n) -> new SoaEvidence(
                        rs.getLong("id"),
                        rs.getString("scope_key"),
                        rs.getString("measure_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        rs.getString("added_by"),
                        rs.getObject("added_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** How many files each measure of the scope has (for exports). */
    @Transactional(readOnly = true)
    java.util.Map<String, List<String>> namesByMeasure(String scopeKey) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("select measure_id, file_name, sha256 from ctl_soa_evidence where scope_key = :s order by id")
                .param("s", scopeKey)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString("measure_id"), k -> new java.util.ArrayList<>())
                            .add(rs.getString("file_name") + " (SHA-256 "
                                    + rs.getString("sha256").substring(0, 12) + "…)");
                });
        return out;
    }

    /**
     * Stores an uploaded file for an applicable measure of the unit or system (those who record in
     * its statement). Refused: too large, empty, a type mamori does not accept, the same content twice.
     */
    @Transactional
    public SoaEvidence add(SoaScope where, String measureId, String fileName, long declaredSize, InputStream in)
            throws IOException {
        if (!soa.mayRecord(where)) {
            throw new NotAllowedException("control.soa.error.mayNotRecord");
        }
        boolean applies =
                soa.lines(where).stream().anyMatch(l -> l.measure().id().equals(measureId));
        if (!applies) {
            throw new NotFoundException("control-soa", measureId);
        }
        long max = maxSize.toBytes();
        UploadedBytes read = UploadedBytes.read(in, declaredSize, max, this::tooLarge, SoaEvidenceStore::emptyFile);
        byte[] content = read.content();
        String name = UploadedBytes.fileName(fileName, "evidence");
        EvidenceType type = EvidenceType.sniff(content, name)
                .orElseThrow(() -> InvalidInputException.of("file", "control.evidence.error.type", name));
        String hash = read.sha256();
        String scope = soa.scopeKey(where);
        boolean duplicate = jdbc.sql(
                                "select count(*) from ctl_soa_evidence where scope_key = :s and measure_id = :m and sha256 = :h")
                        .param("s", scope)
                        .param("m", measureId)
                        .param("h", hash)
                        .query(Long.class)
                        .single()
                > 0;
        if (duplicate) {
            throw InvalidInputException.of("file", "control.evidence.error.duplicate", name);
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = Access.currentLogin();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ctl_soa_evidence (scope_key, measure_id, file_name, content_type, sha256, size_bytes,
                            added_by, added_at)
                        values (:s, :m, :n, :t, :h, :size, :by, :at)
                        """)
                .param("s", scope)
                .param("m", measureId)
                .param("n", name)
                .param("t", type.contentType())
                .param("h", hash)
                .param("size", content.length)
                .param("by", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into ctl_soa_evidence_content (evidence_id, content) values (:id, :c)")
                .param("id", id)
                .param("c", content)
                .update();
        events.publishEvent(new ControlEvent.SoaEvidenceAdded(
                scope + "/" + measureId, actor, name, hash, content.length, type.name()));
        return new SoaEvidence(id, scope, measureId, name, type.contentType(), hash, content.length, actor, at);
    }

    /**
     * The file, after checking that its content still has the SHA-256 recorded when it was added; a
     * file that does not match is never handed out ({@link EvidenceMismatch}).
     */
    @Transactional(readOnly = true)
    public File file(SoaScope scope, String measureId, long id) {
        SoaEvidence evidence = list(scope, measureId).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("control-evidence", id));
        Optional<byte[]> content = jdbc.sql("select content from ctl_soa_evidence_content where evidence_id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
        if (content.isEmpty() || !UploadedBytes.matches(content.get(), evidence.sha256())) {
            throw new EvidenceMismatch(evidence);
        }
        return new File(evidence, content.get());
    }

    /** A stored file no longer matches its SHA-256 (or is missing). */
    public static class EvidenceMismatch extends RuntimeException {
        private final SoaEvidence evidence;

        EvidenceMismatch(SoaEvidence evidence) {
            super("evidence " + evidence.id() + " does not match its SHA-256");
            this.evidence = evidence;
        }

        public SoaEvidence evidence() {
            return evidence;
        }
    }

    /** The largest file accepted, in megabytes (for the page's hint). */
    public long maxMegabytes() {
        return maxSize.toMegabytes();
    }

    private void requireReader(SoaScope scope) {
        if (!soa.mayRead(scope)) {
            throw new NotAllowedException("control.soa.error.mayNotRead");
        }
    }

    private InvalidInputException tooLarge() {
        return InvalidInputException.of("file", "control.evidence.error.tooLarge", maxSize.toMegabytes());
    }

    private static InvalidInputException emptyFile() {
        return InvalidInputException.of("file", "control.evidence.error.empty");
    }
}
