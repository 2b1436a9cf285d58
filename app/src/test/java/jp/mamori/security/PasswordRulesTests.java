package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordRulesTests {
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final List<String> OWN = List.of("D0123", "D0123", "見本 太郎");

    private static PasswordCandidate candidate(String password) {
        return new PasswordCandidate(password, OWN, List.of());
    }

    @Test
    void a_password_shorter_than_the_minimum_is_refused_with_the_minimum_named() {
        var rule = new PasswordRule.MinimumLength(12);
        assertThat(rule.check(candidate("short-pass1")))
                .hasValueSatisfying(p -> assertThat(p.args()).containsExactly(12));
        assertThat(rule.check(candidate("long-enough-1"))).isEmpty();
    }

    @Test
    void length_is_counted_in_characters_so_japanese_passwords_are_not_penalised() {
        var rule = new PasswordRule.MinimumLength(12);
        assertThat(rule.check(candidate("まもりのぱすわーどです12"))).isEmpty();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused() {
        var rule = new PasswordRule.MaximumLength(72);
        assertThat(rule.check(candidate("a".repeat(72)))).isEmpty();
        assertThat(rule.check(candidate("あ".repeat(25)))).isPresent();
    }

    @Test
    void a_password_containing_the_login_or_staff_number_is_refused_whatever_the_case_or_width() {
        var rule = new PasswordRule.NotContainingOwnNames();
        assertThat(rule.check(candidate("my-d0123-password"))).isPresent();
        assertThat(rule.check(candidate("ｍｙＤ０１２３ｐａｓｓｗｏｒｄ"))).isPresent();
    }

    @Test
    void a_password_containing_the_name_or_part_of_it_is_refused() {
        var rule = new PasswordRule.NotContainingOwnNames();
        assertThat(rule.check(candidate("見本太郎のパスワード"))).isPresent();
        assertThat(rule.check(candidate("太郎-secret-2025"))).isPresent();
        assertThat(rule.check(candidate("correct-horse-battery"))).isEmpty();
    }

    @Test
    void one_of_the_last_passwords_is_refused_but_an_older_one_is_allowed() {
        List<String> history = List.of(
                ENCODER.encode("newest-password-1"),
                ENCODER.encode("second-password-2"),
                ENCODER.encode("oldest-password-3"));
        var lastTwo = new PasswordRule.NotRecentlyUsed(2, ENCODER);
        assertThat(lastTwo.check(new PasswordCandidate("second-password-2", OWN, history)))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("password.rule.recentlyUsed"));
        assertThat(lastTwo.check(new PasswordCandidate("oldest-password-3", OWN, history)))
                .isEmpty();
    }

    @Test
    void the_policy_reports_every_broken_rule_in_order() {
        var policy = new PasswordPolicy(SecuritySettings.defaults(), ENCODER);
        List<PasswordProblem> problems = policy.problems(candidate("D0123"));
        assertThat(problems)
                .extracting(PasswordProblem::messageKey)
                .containsExactly("password.rule.minimumLength", "password.rule.ownName");
    }

    @Test
    void a_candidate_never_shows_the_password_in_logs() {
        assertThat(candidate("secret-password-9").toString()).doesNotContain("secret");
    }

    @Test
    void one_character_repeated_is_refused_even_when_long_enough() {
        var rule = new PasswordRule.NotOneRepeatedCharacter();
        assertThat(rule.check(candidate("aaaaaaaaaaaaaaaa"))).isPresent();
        assertThat(rule.check(candidate("ａａａａａａａａａａａａ"))).isPresent();
        assertThat(rule.check(candidate("aaaaaaaaaaaaaab"))).isEmpty();
    }

    @Test
    void a_password_containing_the_body_name_is_refused() {
        var rule = new PasswordRule.NotContainingBodyName(List.of("架空市職員共済組合", "kakuu"));
        assertThat(rule.check(candidate("架空市職員共済組合2025年度"))).isPresent();
        assertThat(rule.check(candidate("KAKUU-security-77"))).isPresent();
        assertThat(rule.check(candidate("tsuki-no-usagi-77"))).isEmpty();
    }

    @Test
    void the_shipped_list_of_common_passwords_is_there_and_refuses_them_with_digits_added() {
        CommonPasswords list = CommonPasswords.shipped();
        assertThat(list.size()).isGreaterThanOrEqualTo(10_000);
        var rule = new PasswordRule.NotCommon(list);
        assertThat(rule.check(candidate("password"))).isPresent();
        assertThat(rule.check(candidate("Password2025!"))).isPresent();
        assertThat(rule.check(candidate("1234567890"))).isPresent();
        assertThat(rule.check(candidate("qwertyuiop"))).isPresent();
        assertThat(rule.check(candidate("correct-horse-battery-9"))).isEmpty();
        assertThat(rule.check(candidate(FirstStart.DEMO_PASSWORD))).isEmpty();
    }
}
