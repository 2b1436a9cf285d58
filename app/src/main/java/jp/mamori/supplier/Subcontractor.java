package jp.mamori.supplier;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A 再委託先 of a contract: approved once {@code approvedBy} is set. */
public record Subcontractor(
        long id,
        String name,
        String work,
        String addedBy,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt) {
    public boolean approved() {
        return approvedBy != null;
    }
}
