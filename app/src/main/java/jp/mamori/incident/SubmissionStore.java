package jp.mamori.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code inc_report_submission}: one row per incident and kind, written once. */
@Repository
class SubmissionStore {
    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportSubmission> of(IncidentId id) {
        return jdbc.sql("""
                        select kind, submitted_at, submitted_by, channel, receipt_number, file_name, sha256, size_bytes,
                               due_on, late, recorded_by, recorded_at
                        from inc_report_submission where incident_id = :id order by submitted_at""")
                .param("id", id.value())
                .query((rs, n) -> new ReportSubmission(
                        ReportSubmission.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getString("submitted_by"),
                        ReportSubmission.Channel.valueOf(rs.getString("channel")),
                        rs.getString("receipt_number"),
                        rs.getString("file_name"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        rs.getObject("due_on", java.time.LocalDate.class),
                        rs.getBoolean("late"),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The kinds recorded per incident, for every incident that has any. */
    java.util.Map<IncidentId, java.util.Set<ReportSubmission.Kind>> kinds() {
        var kinds = new java.util.HashMap<IncidentId, java.util.Set<ReportSubmission.Kind>>();
        jdbc.sql("select incident_id, kind from inc_report_submission").query(rs -> {
            kinds.computeIfAbsent(
                            new IncidentId(rs.getObject("incident_id", java.util.UUID.class)),
                            k -> java.util.EnumSet.noneOf(ReportSubmission.Kind.class))
                    .add(ReportSubmission.Kind.valueOf(rs.getString("kind")));
        });
        return kinds;
    }

    Optional<byte[]> content(IncidentId id, ReportSubmission.Kind kind) {
        return jdbc.sql("select content from inc_report_submission where incident_id = :id and kind = :kind")
                .param("id", id.value())
                .param("kind", kind.name())
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    void insert(IncidentId id, ReportSubmission s, byte[] content) {
        jdbc.sql("""
                        insert into inc_report_submission (incident_id, kind, submitted_at, submitted_by, channel,
                            receipt_number, file_name, sha256, size_bytes, content, due_on, late, recorded_by, recorded_at)
                        values (:id, :kind, :at, :by, :channel, :receipt, :file, :sha, :size, :content, :due, :late,
                            :recordedBy, :recordedAt)""")
                .param("id", id.value())
                .param("kind", s.kind().name())
                .param("at", time(s.submittedAt()))
                .param("by", s.submittedBy())
                .param("channel", s.channel().name())
                .param("receipt", s.receiptNumber())
                .param("file", s.fileName())
                .param("sha", s.sha256())
                .param("size", s.size())
                .param("content", content)
                .param("due", s.dueOn())
                .param("late", s.late())
                .param("recordedBy", s.recordedBy())
                .param("recordedAt", time(s.recordedAt()))
                .update();
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
