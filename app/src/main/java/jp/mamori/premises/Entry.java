package jp.mamori.premises;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One stay in an area in the entry log (入退室管理簿): a person of the directory, or a visitor with
 * name, company, purpose and the person escorting them; the exit is empty until recorded.
 */
public record Entry(
        long id,
        long areaId,
        @Nullable Long personId,
        @Nullable String visitorName,
        String company,
        String purpose,
        @Nullable Long escortId,
        OffsetDateTime enteredAt,
        @Nullable OffsetDateTime exitedAt,
        String source,
        String recordedBy) {
    public boolean visitor() {
        return personId == null;
    }
}
