package jp.mamori.risk;

import java.time.LocalDate;
import jp.mamori.incident.ThreatCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a risk is about, as entered: a title and description, the unit that owns it, the asset or
 * information system (by 管理番号, optional), the threat (one of the basic policy's five categories,
 * and the threat itself in words), the owner (by 職員番号) and the next review.
 */
public record RiskDetails(
        String title,
        String description,
        long unitId,
        @Nullable String assetNumber,
        ThreatCategory threatCategory,
        String threat,
        @Nullable Long ownerPersonId,
        @Nullable LocalDate reviewDate) {}
