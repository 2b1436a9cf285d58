package jp.mamori.risk;

import java.time.LocalDate;
import jp.mamori.incident.ThreatCategory;
import org.jspecify.annotations.Nullable;

/** One risk in a list or an export: what it is about and its current assessment's figures. */
public record RiskLine(
        long id,
        String reference,
        String title,
        long unitId,
        String unitName,
        @Nullable String assetNumber,
        ThreatCategory threatCategory,
        String threat,
        @Nullable String ownerName,
        @Nullable Integer likelihood,
        @Nullable Integer impact,
        RiskMatrix.@Nullable Level inherent,
        @Nullable Treatment treatment,
        String measures,
        String treatmentPlan,
        @Nullable Integer residualLikelihood,
        @Nullable Integer residualImpact,
        RiskMatrix.@Nullable Level residual,
        RiskState state,
        @Nullable String acceptedBy,
        @Nullable LocalDate acceptedOn,
        @Nullable LocalDate reviewDate) {}
