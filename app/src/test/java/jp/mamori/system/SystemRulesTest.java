package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.mamori.asset.AssetProfile;
import org.junit.jupiter.api.Test;

/** Each rule of the 情報システム台帳 on its own, on facts made by hand. */
class SystemRulesTest {
    static RegisteredSystem system(SystemZone zone, List<Device> devices) {
        return new RegisteredSystem(
                7,
                "IA-000007",
                "住民記録",
                zone,
                false,
                "",
                24,
                "毎日",
                List.of(1L),
                List.of(),
                List.of("IA-000008"),
                devices,
                OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9)),
                "test");
    }

    static AssetProfile asset(String number, int confidentiality) {
        return new AssetProfile(1, "INFORMATION", null, confidentiality, 1, 1, false, false, number, 1);
    }

    static Device terminal(boolean mfa, boolean media) {
        return new Device(1L, "窓口端末", DeviceKind.TERMINAL, "窓口", 3, mfa, media);
    }

    @Test
    void a_confidentiality_3_asset_in_the_internet_zone_is_a_finding_and_names_the_asset() {
        var rule = new SystemRule.ConfidentialInInternetZone();
        var held = List.of(asset("IA-000007", 2), asset("IA-000008", 3));
        assertThat(rule.check(new SystemFacts(system(SystemZone.INTERNET, List.of()), held, 1)))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("IA-000008"));
        assertThat(rule.check(new SystemFacts(system(SystemZone.LGWAN, List.of()), held, 1)))
                .isEmpty();
        assertThat(rule.check(
                        new SystemFacts(system(SystemZone.INTERNET, List.of()), List.of(asset("IA-000007", 2)), 1)))
                .isEmpty();
    }

    @Test
    void a_my_number_terminal_without_multi_factor_sign_in_is_a_finding_but_a_server_is_not() {
        var rule = new SystemRule.MyNumberTerminalsWithoutMultiFactor();
        assertThat(rule.check(
                        new SystemFacts(system(SystemZone.MY_NUMBER, List.of(terminal(false, true))), List.of(), 1)))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("窓口端末"));
        assertThat(rule.check(
                        new SystemFacts(system(SystemZone.MY_NUMBER, List.of(terminal(true, true))), List.of(), 1)))
                .isEmpty();
        Device server = new Device(2L, "DB", DeviceKind.SERVER, "", 1, false, false);
        assertThat(rule.check(new SystemFacts(system(SystemZone.MY_NUMBER, List.of(server)), List.of(), 1)))
                .isEmpty();
        assertThat(rule.check(new SystemFacts(system(SystemZone.LGWAN, List.of(terminal(false, false))), List.of(), 1)))
                .isEmpty();
    }

    @Test
    void a_my_number_terminal_that_accepts_removable_media_is_a_finding() {
        var rule = new SystemRule.MyNumberTerminalsWithRemovableMedia();
        assertThat(rule.check(
                        new SystemFacts(system(SystemZone.MY_NUMBER, List.of(terminal(true, false))), List.of(), 1)))
                .isPresent();
        assertThat(rule.check(
                        new SystemFacts(system(SystemZone.MY_NUMBER, List.of(terminal(true, true))), List.of(), 1)))
                .isEmpty();
    }

    @Test
    void a_system_without_an_administrator_in_post_is_a_finding() {
        var rule = new SystemRule.NoAdministrator();
        assertThat(rule.check(new SystemFacts(system(SystemZone.LGWAN, List.of()), List.of(), 0)))
                .isPresent();
        assertThat(rule.check(new SystemFacts(system(SystemZone.LGWAN, List.of()), List.of(), 1)))
                .isEmpty();
    }

    @Test
    void a_system_whose_own_asset_is_not_in_use_is_a_finding() {
        var rule = new SystemRule.AssetNotInUse();
        assertThat(rule.check(new SystemFacts(system(SystemZone.LGWAN, List.of()), List.of(asset("IA-000008", 2)), 1)))
                .isPresent();
        assertThat(rule.check(new SystemFacts(system(SystemZone.LGWAN, List.of()), List.of(asset("IA-000007", 2)), 1)))
                .isEmpty();
    }

    @Test
    void accounts_not_reviewed_for_over_a_year_are_a_finding_naming_the_day() {
        var rule = new SystemRule.AccountReviewOverdue();
        var s = system(SystemZone.LGWAN, List.of());
        assertThat(rule.check(new SystemFacts(s, List.of(), 1, java.time.LocalDate.of(2025, 4, 1))))
                .hasValueSatisfying(f -> {
                    assertThat(f.rule()).isEqualTo("ACCOUNT_REVIEW_OVERDUE");
                    assertThat(f.args()).containsExactly("令和7年4月1日");
                });
        assertThat(rule.check(new SystemFacts(s, List.of(), 1, null))).isEmpty();
    }

    @Test
    void a_contractor_makes_the_system_outsourced() {
        RegisteredSystem s = system(SystemZone.LGWAN, List.of());
        assertThat(s.outsourced()).isFalse();
        assertThat(s.allAssetNumbers()).containsExactly("IA-000007", "IA-000008");
    }
}
