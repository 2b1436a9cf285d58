package jp.mamori.risk;

import java.time.LocalDate;
import jp.mamori.incident.ThreatCategory;
import org.jspecify.annotations.Nullable;

/**
 * A risk as a form or the API enters it, before the register checks it: the owner by 職員番号, the
 * asset or system by 管理番号.
 */
public record RiskInput(
        String title,
        String description,
        @Nullable Long unitId,
        @Nullable String assetNumber,
        @Nullable ThreatCategory threatCategory,
        String threat,
        @Nullable String ownerStaffNumber,
        @Nullable LocalDate reviewDate) {}
