package jp.mamori.premises;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A removable medium issued by the body (USB memory, external disk …): its label, kind, the unit
 * that owns it, its encryption (empty: none), who holds it since when, and its last inventory check.
 * Lifecycle: {@code IN_STOCK} ⇄ {@code ISSUED} (issued to a person, returned); a check that does
 * not find it makes it {@code MISSING}, one that finds it puts it back; {@code DISPOSED} once a
 * disposal is recorded.
 */
public record Medium(
        long id,
        String label,
        Kind kind,
        long unitId,
        String encryption,
        @Nullable Long holderId,
        @Nullable LocalDate issuedOn,
        State state,
        @Nullable LocalDate lastCheckedOn) {
    public enum Kind {
        USB_MEMORY,
        EXTERNAL_DISK,
        OPTICAL_DISC,
        MEMORY_CARD,
        OTHER;

        public String messageKey() {
            return "prm.medium.kind." + name();
        }
    }

    public enum State {
        IN_STOCK,
        ISSUED,
        MISSING,
        DISPOSED;

        public String messageKey() {
            return "prm.medium.state." + name();
        }
    }

    public boolean encrypted() {
        return !encryption.isBlank();
    }
}
