package jp.mamori.audit;

import java.time.OffsetDateTime;
import jp.mamori.control.ImplementationStatus;
import org.jspecify.annotations.Nullable;

/**
 * One question a unit answers: a measure that applies to it ({@code measureId} set) or one of the
 * body's own questions (chapter {@code -}).
 */
public record Question(
        long id,
        long inspectionId,
        long unitId,
        int position,
        @Nullable String measureId,
        String chapter,
        String text,
        @Nullable ImplementationStatus result,
        String comment,
        @Nullable String answeredBy,
        @Nullable OffsetDateTime answeredAt) {

    /** The chapter shown for the body's own questions. */
    public static final String OWN = "-";

    public boolean answered() {
        return result != null;
    }

    /** What the question is called in messages and files: the measure id, or 「独自n」. */
    public String label() {
        return measureId != null ? measureId : "Q" + position;
    }
}
