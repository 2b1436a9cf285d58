package jp.mamori.premises;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Equipment brought into ({@code IN}) or taken out of ({@code OUT}) an area, with who carried it. */
public record EquipmentMove(
        long id,
        long areaId,
        String direction,
        String item,
        @Nullable String assetNumber,
        String carriedBy,
        OffsetDateTime movedAt,
        String note,
        String recordedBy) {}
