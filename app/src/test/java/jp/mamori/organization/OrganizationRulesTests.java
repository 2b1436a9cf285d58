package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import jp.mamori.organization.SegregationRules.NoAuditOfOwnUnit;
import jp.mamori.organization.SegregationRules.NoSelfApproval;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The organisation's rules on their own, without Spring. */
class OrganizationRulesTests {
    static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    @Nested
    class SegregationOfDutiesRules {
        @Test
        void nobody_approves_their_own_request() {
            assertThatThrownBy(() -> NoSelfApproval.check(7, 7))
                    .isInstanceOf(NotAllowedException.class)
                    .extracting(e -> ((NotAllowedException) e).messageKey())
                    .isEqualTo("sod.selfApproval");
        }

        @Test
        void someone_else_may_approve_a_request() {
            assertThatCode(() -> NoSelfApproval.check(7, 8)).doesNotThrowAnyException();
        }

        @Test
        void an_auditor_does_not_audit_their_own_unit() {
            assertThatThrownBy(() -> NoAuditOfOwnUnit.check(10, Set.of(10L), 10, Set.of(10L)))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("sod.auditOwnUnit");
        }

        @Test
        void an_auditor_does_not_audit_a_unit_above_their_own() {
            // 事務局 (1) contains 保険課 (10), where the auditor works
            assertThatThrownBy(() -> NoAuditOfOwnUnit.check(10, Set.of(10L), 1, Set.of(1L, 10L, 11L)))
                    .isInstanceOf(NotAllowedException.class);
        }

        @Test
        void an_auditor_does_not_audit_a_unit_below_their_own() {
            assertThatThrownBy(() -> NoAuditOfOwnUnit.check(1, Set.of(1L, 10L), 10, Set.of(10L)))
                    .isInstanceOf(NotAllowedException.class);
        }

        @Test
        void an_auditor_may_audit_a_sibling_unit() {
            assertThatCode(() -> NoAuditOfOwnUnit.check(10, Set.of(10L), 11, Set.of(11L)))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class BeingInPost {
        @Test
        void the_first_day_is_in_post() {
            assertThat(InPost.on(APRIL_1, MARCH_31, APRIL_1)).isTrue();
        }

        @Test
        void the_day_before_the_first_day_is_not_in_post() {
            assertThat(InPost.on(APRIL_1, MARCH_31, APRIL_1.minusDays(1))).isFalse();
        }

        @Test
        void the_last_day_is_still_in_post() {
            assertThat(InPost.on(APRIL_1, MARCH_31, MARCH_31)).isTrue();
        }

        @Test
        void a_leaver_is_out_of_post_from_the_day_after_the_last_day() {
            assertThat(InPost.on(APRIL_1, MARCH_31, MARCH_31.plusDays(1))).isFalse();
        }

        @Test
        void without_a_last_day_the_post_runs_on() {
            assertThat(InPost.on(APRIL_1, null, LocalDate.of(2099, 1, 1))).isTrue();
        }

        @Test
        void deactivating_sets_the_last_day_and_records_who() {
            Person person = person(null);
            Person leaver = person.deactivate(MARCH_31, "ciso", OffsetDateTime.now());
            assertThat(leaver.inPostTo()).isEqualTo(MARCH_31);
            assertThat(leaver.deactivatedBy()).isEqualTo("ciso");
            assertThat(leaver.inPostOn(MARCH_31)).isTrue();
            assertThat(leaver.inPostOn(MARCH_31.plusDays(1))).isFalse();
        }

        @Test
        void a_last_day_before_the_first_day_is_refused() {
            assertThatThrownBy(() -> person(null).deactivate(APRIL_1.minusDays(1), "ciso", OffsetDateTime.now()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class ValidityPeriods {
        @Test
        void a_period_may_not_end_before_it_starts() {
            assertThatThrownBy(() -> new ValidityPeriod(MARCH_31, APRIL_1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(ValidityPeriod.isOrdered(MARCH_31, APRIL_1)).isFalse();
        }

        @Test
        void a_period_of_one_day_is_valid() {
            assertThat(new ValidityPeriod(APRIL_1, APRIL_1).contains(APRIL_1)).isTrue();
        }

        @Test
        void an_assignment_holds_on_both_end_days_and_not_after() {
            RoleAssignment assignment = assignment(APRIL_1, MARCH_31);
            assertThat(assignment.validOn(APRIL_1)).isTrue();
            assertThat(assignment.validOn(MARCH_31)).isTrue();
            assertThat(assignment.validOn(MARCH_31.plusDays(1))).isFalse();
            assertThat(assignment.validOn(APRIL_1.minusDays(1))).isFalse();
        }

        @Test
        void ending_an_assignment_keeps_it_with_its_period_closed() {
            RoleAssignment ended = assignment(APRIL_1, null).end(MARCH_31, "ciso", OffsetDateTime.now());
            assertThat(ended.validTo()).isEqualTo(MARCH_31);
            assertThat(ended.isEnded()).isTrue();
            assertThat(ended.endedBy()).isEqualTo("ciso");
        }

        @Test
        void an_ended_assignment_cannot_be_ended_again() {
            RoleAssignment ended = assignment(APRIL_1, null).end(MARCH_31, "ciso", OffsetDateTime.now());
            assertThatThrownBy(() -> ended.end(MARCH_31, "ciso", OffsetDateTime.now()))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void ending_cannot_lengthen_the_period() {
            assertThatThrownBy(
                            () -> assignment(APRIL_1, MARCH_31).end(MARCH_31.plusDays(1), "ciso", OffsetDateTime.now()))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void an_assignment_draft_with_an_end_before_its_start_names_the_end_field() {
            var draft = new RoleAssignmentDraft(1L, Role.CSIRT, null, MARCH_31, APRIL_1);
            assertThat(draft.problems())
                    .extracting(InvalidInputException.Problem::field)
                    .containsExactly("validTo");
        }
    }

    @Nested
    class RoleScopes {
        @Test
        void ciso_level_roles_are_body_wide_only() {
            assertThat(RoleScopeRule.problem(Role.CISO, 5L)).contains("organization.role.bodyWideOnly");
            assertThat(RoleScopeRule.problem(Role.DEPUTY_CISO, 5L)).isPresent();
            assertThat(RoleScopeRule.problem(Role.CHIEF_SECURITY_OFFICER, 5L)).isPresent();
            assertThat(RoleScopeRule.problem(Role.CISO, null)).isEmpty();
        }

        @Test
        void security_officers_and_managers_need_a_unit() {
            assertThat(RoleScopeRule.problem(Role.SECURITY_OFFICER, null)).contains("organization.role.unitRequired");
            assertThat(RoleScopeRule.problem(Role.SECURITY_MANAGER, null)).isPresent();
            assertThat(RoleScopeRule.problem(Role.SECURITY_MANAGER, 3L)).isEmpty();
        }

        @Test
        void other_roles_may_be_body_wide_or_for_a_unit() {
            assertThat(RoleScopeRule.problem(Role.AUDITOR, null)).isEmpty();
            assertThat(RoleScopeRule.problem(Role.SYSTEM_ADMINISTRATOR, 3L)).isEmpty();
        }

        @Test
        void staff_is_never_assigned_because_everyone_in_post_holds_it() {
            assertThat(RoleScopeRule.problem(Role.STAFF, null)).contains("organization.role.staffIsImplicit");
        }
    }

    @Nested
    class UnitTreeShape {
        @Test
        void a_unit_may_not_move_under_itself() {
            assertThat(NoCycleRule.allows(Set.of(5L, 6L), 5L)).isFalse();
        }

        @Test
        void a_unit_may_not_move_under_a_unit_below_it() {
            assertThat(NoCycleRule.allows(Set.of(5L, 6L, 7L), 7L)).isFalse();
        }

        @Test
        void a_unit_may_move_under_another_branch_or_to_the_top() {
            assertThat(NoCycleRule.allows(Set.of(5L, 6L), 2L)).isTrue();
            assertThat(NoCycleRule.allows(Set.of(5L, 6L), null)).isTrue();
        }
    }

    static Person person(LocalDate to) {
        return new Person(1, "A1", "見本 太郎", "ミホン タロウ", "a@example.jp", 1, "職員", 1, APRIL_1, to, null, null);
    }

    static RoleAssignment assignment(LocalDate from, LocalDate to) {
        return new RoleAssignment(1, 1, Role.CSIRT, null, from, to, "ciso", OffsetDateTime.now(), null, null);
    }
}
