package jp.mamori.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The matrix and the risk's lifecycle, without Spring. */
class RiskRulesTest {
    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    static Assessment assessment(RiskMatrix m, int l, int i, int rl, int ri) {
        return new Assessment(
                1, l, i, m.level(l, i), Treatment.ACCEPT, List.of(), "", rl, ri, m.level(rl, ri), "a", T, null);
    }

    static Risk risk() {
        return new Risk(
                1L,
                "R-000001",
                new RiskDetails("t", "", 1L, null, ThreatCategory.DISASTER, "地震", null, LocalDate.of(2027, 3, 31)),
                RiskState.IDENTIFIED,
                List.of(),
                0);
    }

    @Test
    void the_standard_matrix_gives_high_for_the_top_right_cell_and_low_for_the_bottom_left() {
        RiskMatrix m = RiskMatrix.standard();
        assertThat(m.level(3, 3).label()).isEqualTo("高");
        assertThat(m.level(1, 1).label()).isEqualTo("低");
        assertThat(m.level(2, 2).colour()).isEqualTo(RiskColour.YELLOW);
        assertThat(m.likelihoodsDescending()).containsExactly(3, 2, 1);
    }

    @Test
    void a_matrix_refuses_a_cell_naming_an_undefined_level_and_an_axis_of_one_grade() {
        var levels = List.of(new RiskMatrix.Level(1, "低", RiskColour.GREEN));
        assertThatThrownBy(() -> new RiskMatrix(
                        List.of("a", "b"), List.of("x", "y"), levels, List.of(List.of(1, 2), List.of(1, 1))))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new RiskMatrix(List.of("a"), List.of("x", "y"), levels, List.of(List.of(1, 1))))
                .hasMessageContaining("2 to 5");
    }

    @Test
    void reassessing_before_acceptance_replaces_the_assessment() {
        Risk risk = risk();
        RiskMatrix m = RiskMatrix.standard();
        risk.assess(assessment(m, 3, 3, 2, 2));
        risk.assess(assessment(m, 2, 2, 1, 1));
        assertThat(risk.assessments()).hasSize(1);
        assertThat(risk.current().orElseThrow().likelihood()).isEqualTo(2);
        assertThat(risk.state()).isEqualTo(RiskState.ASSESSED);
    }

    @Test
    void acceptance_freezes_the_assessment_and_the_next_one_follows_it() {
        Risk risk = risk();
        RiskMatrix m = RiskMatrix.standard();
        risk.assess(assessment(m, 3, 3, 2, 2));
        risk.accept("ciso", T, "了承");
        assertThat(risk.state()).isEqualTo(RiskState.ACCEPTED);
        assertThatThrownBy(() -> risk.accept("ciso", T, "again")).isInstanceOf(InvalidInputException.class);
        Assessment next = risk.assess(assessment(m, 1, 1, 1, 1));
        assertThat(next.seq()).isEqualTo(2);
        assertThat(risk.assessments()).hasSize(2);
        assertThat(risk.assessments().get(0).accepted()).isTrue();
        assertThat(risk.assessments().get(0).likelihood()).isEqualTo(3);
        assertThat(risk.lastAccepted().orElseThrow().seq()).isEqualTo(1);
        assertThat(risk.state()).isEqualTo(RiskState.ASSESSED);
    }

    @Test
    void an_unassessed_risk_cannot_be_accepted_and_a_closed_one_cannot_change() {
        Risk risk = risk();
        assertThatThrownBy(() -> risk.accept("ciso", T, ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("risk.error.notAssessed");
        risk.close();
        assertThatThrownBy(() -> risk.assess(assessment(RiskMatrix.standard(), 1, 1, 1, 1)))
                .hasMessageContaining("risk.error.closed");
    }
}
