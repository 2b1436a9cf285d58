package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A working paper (監査調書): what the auditor saw (NOTE) or was told in an interview (INTERVIEW,
 * with whom), about a measure or the engagement as a whole, with its evidence files.
 */
public record WorkingPaper(
        long id,
        long engagementId,
        String kind,
        @Nullable String measureId,
        String title,
        String interviewee,
        String text,
        String writtenBy,
        OffsetDateTime writtenAt,
        List<PaperFile> files) {
    public WorkingPaper {
        files = List.copyOf(files);
    }

    /** An evidence file: described here, the content kept apart and handed out only as an attachment. */
    public record PaperFile(
            long id,
            String fileName,
            String contentType,
            String sha256,
            long size,
            String addedBy,
            OffsetDateTime addedAt) {}
}
