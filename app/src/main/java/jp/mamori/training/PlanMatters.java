package jp.mamori.training;

import java.util.List;
import java.util.Locale;
import jp.mamori.committee.DecisionMatters;
import jp.mamori.committee.Matter;
import jp.mamori.shared.Wareki;
import org.springframework.stereotype.Component;

/**
 * The training plans waiting for the committee (written while the body had
 * {@code mamori.training.plan-approval=committee}, not yet approved), offered as matters to decide
 * (kind {@code training-plan}, linking to the plan's page).
 */
@Component
class PlanMatters implements DecisionMatters {
    private final Courses courses;

    PlanMatters(Courses courses) {
        this.courses = courses;
    }

    @Override
    public List<Matter> awaiting() {
        return courses.awaitingCommittee().stream()
                .map(p -> new Matter(
                        TrainingPlan.MATTER_KIND,
                        p.id(),
                        Wareki.fiscalYear(p.fiscalYear(), Locale.JAPANESE) + " 教育・訓練計画「" + p.title() + "」",
                        p.path()))
                .toList();
    }
}
