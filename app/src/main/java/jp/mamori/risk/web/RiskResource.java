package jp.mamori.risk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.risk.Assessment;
import jp.mamori.risk.RiskLine;
import jp.mamori.risk.RiskMatrix;
import jp.mamori.risk.RiskState;
import jp.mamori.risk.RiskView;
import jp.mamori.risk.Treatment;
import org.jspecify.annotations.Nullable;

/** The risk register in the API: list lines, a risk with its assessments, levels. */
final class RiskResource {
    private RiskResource() {}

    record Level(int rank, String label, String colour) {
        static @Nullable Level of(RiskMatrix.@Nullable Level level) {
            return level == null
                    ? null
                    : new Level(level.rank(), level.label(), level.colour().name());
        }
    }

    record Line(
            String reference,
            String title,
            String unit,
            @Nullable String asset,
            ThreatCategory threatCategory,
            String threat,
            @Nullable String owner,
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            @Nullable Level inherent,
            @Nullable Treatment treatment,
            List<String> measures,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable Level residual,
            RiskState state,
            @Nullable LocalDate reviewDate) {
        static Line of(RiskLine l) {
            return new Line(
                    l.reference(),
                    l.title(),
                    l.unitName(),
                    l.assetNumber(),
                    l.threatCategory(),
                    l.threat(),
                    l.ownerName(),
                    l.likelihood(),
                    l.impact(),
                    Level.of(l.inherent()),
                    l.treatment(),
                    AssessmentForm.ids(l.measures()),
                    l.residualLikelihood(),
                    l.residualImpact(),
                    Level.of(l.residual()),
                    l.state(),
                    l.reviewDate());
        }
    }

    record AssessmentItem(
            int seq,
            int likelihood,
            int impact,
            Level inherent,
            Treatment treatment,
            List<Assessment.TreatmentMeasure> measures,
            String treatmentPlan,
            int residualLikelihood,
            int residualImpact,
            Level residual,
            String assessedBy,
            Instant assessedAt,
            boolean accepted,
            @Nullable String acceptedBy,
            @Nullable Instant acceptedAt,
            @Nullable String acceptanceComment) {
        static AssessmentItem of(Assessment a) {
            var acc = a.acceptance();
            return new AssessmentItem(
                    a.seq(),
                    a.likelihood(),
                    a.impact(),
                    Level.of(a.inherent()),
                    a.treatment(),
                    a.measures(),
                    a.treatmentPlan(),
                    a.residualLikelihood(),
                    a.residualImpact(),
                    Level.of(a.residual()),
                    a.assessedBy(),
                    a.assessedAt(),
                    acc != null,
                    acc == null ? null : acc.by(),
                    acc == null ? null : acc.at(),
                    acc == null ? null : acc.comment());
        }
    }

    record Detail(
            String reference,
            String title,
            String description,
            String unit,
            @Nullable String asset,
            @Nullable String assetName,
            ThreatCategory threatCategory,
            String threat,
            @Nullable String ownerStaffNumber,
            @Nullable String owner,
            @Nullable LocalDate reviewDate,
            RiskState state,
            List<AssessmentItem> assessments) {
        static Detail of(RiskView v) {
            var d = v.risk().details();
            return new Detail(
                    v.risk().reference(),
                    d.title(),
                    d.description(),
                    v.unitName(),
                    d.assetNumber(),
                    v.assetName(),
                    d.threatCategory(),
                    d.threat(),
                    v.ownerStaffNumber(),
                    v.ownerName(),
                    d.reviewDate(),
                    v.risk().state(),
                    v.risk().assessments().stream().map(AssessmentItem::of).toList());
        }
    }

    record HeatCell(int likelihood, int impact, Level level, long count) {}

    record Heat(String basis, List<String> likelihoods, List<String> impacts, List<HeatCell> cells, long unassessed) {}
}
