package jp.mamori.asset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Today and now as the body counts them: Japan time, whatever zone the server runs in. */
final class RegisterTime {
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private RegisterTime() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }
}
