package jp.mamori.risk;

import java.util.List;

/**
 * What an assessor enters: grades before and after treatment, the treatment, the measures (ids of
 * the catalogue in force) and the plan in words.
 */
public record AssessmentDraft(
        int likelihood,
        int impact,
        Treatment treatment,
        List<String> measureIds,
        String treatmentPlan,
        int residualLikelihood,
        int residualImpact) {
    public AssessmentDraft {
        measureIds = List.copyOf(measureIds);
    }
}
