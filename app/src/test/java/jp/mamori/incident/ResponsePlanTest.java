package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsePlanTest {
    final ResponsePlan defaults = ResponsePlan.defaults(Severity.of(3));

    @Test
    void the_default_plan_starts_with_first_actions_and_ends_with_the_report_to_the_ciso() {
        assertThat(defaults.steps().get(0).phase()).isEqualTo(IncidentStep.REPORT);
        assertThat(defaults.steps()).extracting(PlanStep::title).contains("被害の拡大を防ぐ初動の措置をとった");
        assertThat(defaults.steps().get(defaults.steps().size() - 1).key()).isEqualTo("close-report");
        assertThat(defaults.steps())
                .extracting(PlanStep::phase)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(defaults.preliminaryReportDays()).isEqualTo(3);
        assertThat(defaults.contacts()).contains("個人情報保護委員会");
    }

    @Test
    void the_plan_sets_the_preliminary_report_days_of_the_configured_thresholds() {
        var plan = new ResponsePlan(defaults.steps(), Severity.of(3), 2, "");
        Thresholds thresholds = plan.thresholds(Thresholds.defaults());
        assertThat(thresholds.preliminaryReportDays()).isEqualTo(2);
        assertThat(thresholds.finalReportDays()).isEqualTo(30);
        assertThat(thresholds.personalDataPeopleAbove()).isEqualTo(1_000);
    }

    @Test
    void a_plan_refuses_a_preliminary_report_later_than_five_days_or_on_the_day_itself() {
        assertThatThrownBy(() -> new ResponsePlan(defaults.steps(), Severity.of(3), 6, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponsePlan(defaults.steps(), Severity.of(3), 0, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_audit_details_name_changed_settings_and_steps_by_key() {
        var fewer = new ResponsePlan(
                defaults.steps().subList(1, defaults.steps().size()), Severity.of(2), 2, defaults.contacts());
        assertThat(ResponsePlanStore.changes(defaults, fewer))
                .containsEntry("cisoFrom", "3 → 2")
                .containsEntry("preliminaryReportDays", "3 → 2")
                .containsEntry("stepsRemoved", "report-record")
                .doesNotContainKey("contacts");
        assertThat(ResponsePlanStore.changes(defaults, defaults)).isEmpty();
        var reworded = new ResponsePlan(
                List.of(new PlanStep("report-record", IncidentStep.REPORT, "記録した", "")), Severity.of(3), 3, "");
        assertThat(ResponsePlanStore.changes(defaults, reworded))
                .containsEntry("stepsChanged", "report-record")
                .containsEntry("contacts", "changed");
    }
}
