package jp.mamori.risk.web;

import java.util.Arrays;
import java.util.List;
import jp.mamori.risk.Assessment;
import jp.mamori.risk.AssessmentDraft;
import jp.mamori.risk.Treatment;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The assessment form: grades before and after treatment, the treatment, measures (ids, separated by commas, spaces or lines). */
record AssessmentForm(
        @Nullable Integer likelihood,
        @Nullable Integer impact,
        @Nullable Treatment treatment,
        @Nullable String measures,
        @Nullable String treatmentPlan,
        @Nullable Integer residualLikelihood,
        @Nullable Integer residualImpact) {

    static AssessmentForm empty() {
        return new AssessmentForm(null, null, null, "", "", null, null);
    }

    static AssessmentForm of(Assessment a) {
        return new AssessmentForm(
                a.likelihood(),
                a.impact(),
                a.treatment(),
                String.join(
                        ", ",
                        a.measures().stream()
                                .map(Assessment.TreatmentMeasure::id)
                                .toList()),
                a.treatmentPlan(),
                a.residualLikelihood(),
                a.residualImpact());
    }

    AssessmentDraft draft() {
        var problems = new java.util.ArrayList<InvalidInputException.Problem>();
        if (likelihood == null) {
            problems.add(InvalidInputException.Problem.of("likelihood", "risk.error.required"));
        }
        if (impact == null) {
            problems.add(InvalidInputException.Problem.of("impact", "risk.error.required"));
        }
        if (treatment == null) {
            problems.add(InvalidInputException.Problem.of("treatment", "risk.error.required"));
        }
        if (residualLikelihood == null) {
            problems.add(InvalidInputException.Problem.of("residualLikelihood", "risk.error.required"));
        }
        if (residualImpact == null) {
            problems.add(InvalidInputException.Problem.of("residualImpact", "risk.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AssessmentDraft(
                likelihood,
                impact,
                treatment,
                ids(measures),
                treatmentPlan == null ? "" : treatmentPlan,
                residualLikelihood,
                residualImpact);
    }

    static List<String> ids(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,、，\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
