package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import jp.mamori.incident.EscalationTarget.Scope;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is told, by severity and by the configured CISO threshold. */
class EscalationPolicyTest {

    @ParameterizedTest(name = "CISO from {0}, severity {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # CISO from, severity, roles told in order
            3,          -,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT
            3,          1,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT
            3,          2,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT
            3,          3,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT CISO
            3,          4,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT CISO
            1,          -,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT
            1,          1,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT CISO
            4,          3,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT
            4,          4,        SECURITY_MANAGER CHIEF_SECURITY_OFFICER CSIRT CISO
            """)
    void the_ciso_is_told_from_the_configured_severity_and_never_before_triage(
            int cisoFrom, Integer severity, String roles) {
        var policy = new EscalationPolicy(Severity.of(cisoFrom));

        List<EscalationTarget> targets = policy.targets(severity == null ? null : Severity.of(severity));

        assertThat(targets)
                .extracting(EscalationTarget::role)
                .containsExactlyElementsOf(
                        Arrays.stream(roles.split(" ")).map(Role::valueOf).toList());
    }

    @Test
    void the_reporters_security_manager_comes_first_then_the_chief_officer_and_csirt_then_the_ciso() {
        List<EscalationTarget> targets = EscalationPolicy.defaults().targets(Severity.of(4));

        assertThat(targets)
                .containsExactly(
                        new EscalationTarget(1, Role.SECURITY_MANAGER, Scope.REPORTERS_UNIT),
                        new EscalationTarget(2, Role.CHIEF_SECURITY_OFFICER, Scope.BODY),
                        new EscalationTarget(2, Role.CSIRT, Scope.BODY),
                        new EscalationTarget(3, Role.CISO, Scope.BODY));
    }

    @Test
    void a_triage_at_the_threshold_brings_the_ciso_in_for_that_incident() {
        Incident incident = IncidentFixtures.reported();
        var policy = EscalationPolicy.defaults();
        assertThat(policy.targets(incident)).extracting(EscalationTarget::role).doesNotContain(Role.CISO);

        incident.triage(
                new Triage(Severity.of(3), Priority.HIGH), IncidentFixtures.CSIRT, IncidentFixtures.hour(1), "");

        assertThat(policy.targets(incident)).extracting(EscalationTarget::role).contains(Role.CISO);
    }

    @Test
    void the_default_threshold_is_severity_three() {
        assertThat(EscalationPolicy.defaults().cisoFrom()).isEqualTo(Severity.of(3));
    }

    @ParameterizedTest(name = "CISO from {0}, severity {1}, report due → CISO and 統括 told")
    @CsvSource(nullValues = "-", textBlock = """
            # CISO from, severity
            3,          -
            3,          1
            4,          2
            4,          4
            """)
    void whenever_a_report_is_due_the_ciso_and_the_chief_officer_are_told_whatever_the_severity(
            int cisoFrom, Integer severity) {
        var policy = new EscalationPolicy(Severity.of(cisoFrom));

        List<EscalationTarget> targets = policy.targets(severity == null ? null : Severity.of(severity), true);

        assertThat(targets)
                .contains(
                        new EscalationTarget(2, Role.CHIEF_SECURITY_OFFICER, Scope.BODY),
                        new EscalationTarget(3, Role.CISO, Scope.BODY));
    }

    @Test
    void the_plans_matrix_adds_the_security_officer_and_the_system_administrators_at_the_first_stage() {
        var none = new EscalationPolicy(Severity.of(3));
        assertThat(none.targets(Severity.of(4)))
                .extracting(EscalationTarget::role)
                .doesNotContain(Role.SECURITY_OFFICER, Role.SYSTEM_ADMINISTRATOR);

        var both = new EscalationPolicy(Severity.of(3), new EscalationMatrix(true, true));
        assertThat(both.targets((Severity) null))
                .contains(
                        new EscalationTarget(1, Role.SECURITY_OFFICER, Scope.REPORTERS_UNIT),
                        new EscalationTarget(1, Role.SYSTEM_ADMINISTRATOR, Scope.AFFECTED_SYSTEMS));
        assertThat(new EscalationPolicy(Severity.of(3), new EscalationMatrix(true, false)).targets((Severity) null))
                .extracting(EscalationTarget::role)
                .contains(Role.SECURITY_OFFICER)
                .doesNotContain(Role.SYSTEM_ADMINISTRATOR);
    }
}
