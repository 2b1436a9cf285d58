package jp.mamori.network;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One netcheck run on an uploaded file: the device and kind of file, the file's name, SHA-256 and
 * size, the zone model version it is checked against, its state and progress, and once done the
 * figures and the comparison with the previous run of the same device. The report itself (netcheck's
 * JSON) is read separately.
 */
public record NetcheckRun(
        long id,
        @Nullable Long systemId,
        String device,
        InputKind kind,
        String fileName,
        String sha256,
        long size,
        int modelVersion,
        State state,
        int progress,
        @Nullable String failure,
        @Nullable Integer findings,
        @Nullable Integer violations,
        @Nullable Long previousRunId,
        @Nullable Integer newFindings,
        @Nullable Integer fixedFindings,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime finishedAt) {

    /** Queued, being checked, done (report stored) or failed (the reason stored). */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public String messageKey() {
            return "network.run.state." + name();
        }

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }
}
