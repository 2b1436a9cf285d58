package jp.mamori.risk;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assessment of a risk: likelihood and impact before treatment (固有リスク), the treatment and the
 * measures it names, likelihood and impact after it (残留リスク). The levels are kept as the matrix
 * gave them when assessed, so a later change of the matrix never rewrites a past assessment. Once
 * {@link #acceptance()} is set the assessment is frozen.
 */
public record Assessment(
        int seq,
        int likelihood,
        int impact,
        RiskMatrix.Level inherent,
        Treatment treatment,
        List<TreatmentMeasure> measures,
        String treatmentPlan,
        int residualLikelihood,
        int residualImpact,
        RiskMatrix.Level residual,
        String assessedBy,
        Instant assessedAt,
        @Nullable Acceptance acceptance) {

    /** A measure of the catalogue named by the treatment, with its title as it read when named. */
    public record TreatmentMeasure(String id, String title) {}

    /** The CISO's acceptance of the residual risk. */
    public record Acceptance(String by, Instant at, String comment) {}

    public Assessment {
        measures = List.copyOf(measures);
        if (seq < 1) {
            throw new IllegalArgumentException("assessments are numbered from 1");
        }
    }

    public boolean accepted() {
        return acceptance != null;
    }

    Assessment withAcceptance(Acceptance given) {
        return new Assessment(
                seq,
                likelihood,
                impact,
                inherent,
                treatment,
                measures,
                treatmentPlan,
                residualLikelihood,
                residualImpact,
                residual,
                assessedBy,
                assessedAt,
                given);
    }
}
