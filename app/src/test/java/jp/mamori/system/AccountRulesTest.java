package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each rule on accounts on its own, on facts made by hand. */
class AccountRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static SystemAccount account(
            AccountKind kind, @Nullable Long person, @Nullable Long deputy, @Nullable LocalDate to, boolean removed) {
        return new SystemAccount(
                1,
                2,
                "juki01",
                kind,
                person,
                10L,
                deputy,
                LocalDate.of(2025, 4, 1),
                to,
                "m",
                "a",
                removed ? "a" : null);
    }

    @Test
    void a_leaver_holding_an_account_is_a_finding_until_its_removal_is_confirmed() {
        var rule = new AccountRule.LeaverHoldsAccount();
        assertThat(rule.check(
                        new AccountRule.Facts(account(AccountKind.NORMAL, 5L, null, null, false), TODAY, false, 10L)))
                .isPresent();
        assertThat(rule.check(
                        new AccountRule.Facts(account(AccountKind.NORMAL, 5L, null, null, true), TODAY, false, 10L)))
                .isEmpty();
        assertThat(rule.check(
                        new AccountRule.Facts(account(AccountKind.NORMAL, 5L, null, null, false), TODAY, true, 10L)))
                .isEmpty();
        assertThat(rule.callsForRemoval()).isTrue();
    }

    @Test
    void a_holder_who_moved_unit_is_a_finding() {
        var rule = new AccountRule.MoverHoldsAccount();
        assertThat(rule.check(
                        new AccountRule.Facts(account(AccountKind.NORMAL, 5L, null, null, false), TODAY, true, 11L)))
                .isPresent();
        assertThat(rule.check(
                        new AccountRule.Facts(account(AccountKind.NORMAL, 5L, null, null, false), TODAY, true, 10L)))
                .isEmpty();
    }

    @Test
    void an_account_past_its_end_date_is_a_finding_but_not_on_its_last_day() {
        var rule = new AccountRule.ExpiredNotRemoved();
        assertThat(rule.check(new AccountRule.Facts(
                        account(AccountKind.NORMAL, 5L, null, TODAY.minusDays(1), false), TODAY, true, 10L)))
                .isPresent();
        assertThat(rule.check(
                        new AccountRule.Facts(account(AccountKind.NORMAL, 5L, null, TODAY, false), TODAY, true, 10L)))
                .isEmpty();
    }

    @Test
    void shared_accounts_need_an_owner_and_privileged_ids_a_deputy() {
        assertThat(new AccountRule.SharedWithoutOwner()
                        .check(new AccountRule.Facts(
                                account(AccountKind.SHARED, null, null, null, false), TODAY, false, null)))
                .isPresent();
        assertThat(new AccountRule.SharedWithoutOwner()
                        .check(new AccountRule.Facts(
                                account(AccountKind.SHARED, 5L, null, null, false), TODAY, true, 10L)))
                .isEmpty();
        assertThat(new AccountRule.PrivilegedWithoutDeputy()
                        .check(new AccountRule.Facts(
                                account(AccountKind.PRIVILEGED, 5L, null, null, false), TODAY, true, 10L)))
                .isPresent();
        assertThat(new AccountRule.PrivilegedWithoutDeputy()
                        .check(new AccountRule.Facts(
                                account(AccountKind.PRIVILEGED, 5L, 6L, null, false), TODAY, true, 10L)))
                .isEmpty();
        assertThat(new AccountRule.SharedWithoutOwner().callsForRemoval()).isFalse();
    }
}
