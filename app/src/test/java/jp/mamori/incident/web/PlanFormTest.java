package jp.mamori.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mamori.incident.IncidentStep;
import jp.mamori.incident.PlanStep;
import jp.mamori.incident.ResponsePlan;
import jp.mamori.incident.Severity;
import jp.mamori.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlanFormTest {
    final ResponsePlan defaults = ResponsePlan.defaults(Severity.of(3));

    @Test
    void the_form_sorts_steps_by_phase_then_order_keeps_keys_and_gives_new_steps_a_fresh_key() {
        PlanForm form = PlanForm.of(defaults, 0);
        PlanForm.Row added = form.getSteps().get(defaults.steps().size());
        added.setPhase(IncidentStep.TRIAGE);
        added.setOrder(1);
        added.setTitle("所管課へ第一報を入れた");
        form.getSteps().get(0).setRemove(true);

        ResponsePlan plan = form.toPlan();

        assertThat(plan.steps()).extracting(PlanStep::key).doesNotContain("report-record");
        PlanStep first = plan.steps().stream()
                .filter(s -> s.phase() == IncidentStep.TRIAGE)
                .findFirst()
                .orElseThrow();
        assertThat(first.title()).isEqualTo("所管課へ第一報を入れた");
        assertThat(first.key())
                .startsWith("step-")
                .isNotIn(defaults.steps().stream().map(PlanStep::key).toList());
        assertThat(plan.steps()).hasSize(defaults.steps().size());
    }

    @Test
    void the_form_names_each_bad_field_and_ignores_empty_new_rows() {
        PlanForm form = PlanForm.of(defaults, 0);
        form.getSteps().get(1).setTitle(" ");
        PlanForm.Row added = form.getSteps().get(defaults.steps().size() + 1);
        added.setTitle("段階を選んでいない手順");
        form.setPreliminaryReportDays(7);

        assertThatThrownBy(form::toPlan)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly(
                                        "steps[1].title",
                                        "steps[" + (defaults.steps().size() + 1) + "].phase",
                                        "preliminaryReportDays"));
    }

    @Test
    void a_form_with_every_step_removed_is_refused() {
        PlanForm form = PlanForm.of(defaults, 0);
        form.getSteps().forEach(row -> row.setRemove(true));
        assertThatThrownBy(form::toPlan)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("steps"));
    }
}
