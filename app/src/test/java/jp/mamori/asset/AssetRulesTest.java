package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each register rule on its own, on a register built in memory. */
class AssetRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Map<String, ClassificationScheme> SCHEMES = ClassificationCatalogue.load();
    private static final List<NetworkZone> ZONES = List.of(
            new NetworkZone("MYNUMBER", "マイナンバー利用事務系", "マイナンバー系", "My Number zone", NetworkZone.Kind.MY_NUMBER, true),
            new NetworkZone("LGWAN", "LGWAN接続系", "LGWAN系", "LGWAN zone", NetworkZone.Kind.LGWAN, true),
            new NetworkZone("INTERNET", "インターネット接続系", "インターネット系", "Internet zone", NetworkZone.Kind.INTERNET, true),
            new NetworkZone("NONE", "なし", "なし", "none", NetworkZone.Kind.NONE, true));

    private static RegisterEntry entry(long id, @Nullable Long parent, String c, String zone) {
        return new RegisterEntry(
                id,
                "IA-%06d".formatted(id),
                "資産" + id,
                10L,
                parent,
                AssetForm.ELECTRONIC,
                zone,
                "R5-03",
                c,
                "1",
                "1",
                false,
                null);
    }

    private static RegisterEntry with(RegisterEntry e, String scheme, String c, String i, String a) {
        return new RegisterEntry(
                e.id(),
                e.number(),
                e.name(),
                e.unitId(),
                e.parentId(),
                e.form(),
                e.zoneCode(),
                scheme,
                c,
                i,
                a,
                e.specificPersonalInfo(),
                e.nextReview());
    }

    private static RegisterEntry specific(RegisterEntry e, AssetForm form) {
        return new RegisterEntry(
                e.id(),
                e.number(),
                e.name(),
                e.unitId(),
                e.parentId(),
                form,
                e.zoneCode(),
                e.scheme(),
                e.confidentiality(),
                e.integrity(),
                e.availability(),
                true,
                e.nextReview());
    }

    private static RegisterEntry reviewed(RegisterEntry e, LocalDate review) {
        return new RegisterEntry(
                e.id(),
                e.number(),
                e.name(),
                e.unitId(),
                e.parentId(),
                e.form(),
                e.zoneCode(),
                e.scheme(),
                e.confidentiality(),
                e.integrity(),
                e.availability(),
                e.specificPersonalInfo(),
                review);
    }

    private static RegisterSnapshot register(Set<Long> unitsWithManager, RegisterEntry... entries) {
        return new RegisterSnapshot(TODAY, List.of(entries), SCHEMES::get, ZONES, unitsWithManager::contains);
    }

    private static RegisterSnapshot register(RegisterEntry... entries) {
        return register(Set.of(10L), entries);
    }

    private static Optional<Finding> check(RegisterRule rule, RegisterEntry e, RegisterSnapshot register) {
        return rule.check(e, register);
    }

    @Test
    void a_system_holding_confidentiality_3_data_is_effectively_3_and_found_when_classified_lower() {
        RegisterEntry system = entry(1, null, "2", "LGWAN");
        RegisterEntry data = entry(2, 1L, "3", "LGWAN");
        RegisterSnapshot register = register(system, data);
        assertThat(register.effective(system, Axis.CONFIDENTIALITY).label()).isEqualTo("機密性3");
        assertThat(check(new RegisterRule.ContainerClass(), system, register))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("機密性3", "機密性2"));
        assertThat(check(new RegisterRule.ContainerClass(), data, register)).isEmpty();
    }

    @Test
    void the_effective_class_looks_through_every_level_of_holding() {
        RegisterEntry server = entry(1, null, "1", "LGWAN");
        RegisterEntry database = entry(2, 1L, "1", "LGWAN");
        RegisterEntry records = with(entry(3, 2L, "1", "LGWAN"), "R5-03", "1", "2", "1");
        RegisterSnapshot register = register(server, database, records);
        assertThat(register.effective(server, Axis.INTEGRITY).label()).isEqualTo("完全性2");
        assertThat(check(new RegisterRule.ContainerClass(), server, register)).isPresent();
    }

    @Test
    void a_container_classified_at_least_as_high_as_its_contents_passes() {
        RegisterEntry system = entry(1, null, "3", "LGWAN");
        RegisterSnapshot register = register(system, entry(2, 1L, "3", "LGWAN"), entry(3, 1L, "2", "LGWAN"));
        assertThat(check(new RegisterRule.ContainerClass(), system, register)).isEmpty();
    }

    @Test
    void a_cycle_in_the_holding_does_not_loop() {
        RegisterEntry a = entry(1, 2L, "1", "LGWAN");
        RegisterEntry b = entry(2, 1L, "3", "LGWAN");
        RegisterSnapshot register = register(a, b);
        assertThat(register.effective(a, Axis.CONFIDENTIALITY).code()).isEqualTo("3");
    }

    @Test
    void specific_personal_data_outside_the_my_number_zone_is_found() {
        RegisterEntry inLgwan = specific(entry(1, null, "3", "LGWAN"), AssetForm.ELECTRONIC);
        assertThat(check(new RegisterRule.MyNumberZone(), inLgwan, register(inLgwan)))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("LGWAN接続系"));
    }

    @Test
    void specific_personal_data_in_the_my_number_zone_or_on_paper_alone_passes() {
        RegisterEntry inZone = specific(entry(1, null, "3", "MYNUMBER"), AssetForm.BOTH);
        RegisterEntry paper = specific(entry(2, null, "3", "NONE"), AssetForm.PAPER);
        RegisterEntry noSpecific = entry(3, null, "3", "LGWAN");
        RegisterSnapshot register = register(inZone, paper, noSpecific);
        assertThat(check(new RegisterRule.MyNumberZone(), inZone, register)).isEmpty();
        assertThat(check(new RegisterRule.MyNumberZone(), paper, register)).isEmpty();
        assertThat(check(new RegisterRule.MyNumberZone(), noSpecific, register)).isEmpty();
    }

    @Test
    void confidentiality_3_in_the_internet_zone_is_found_but_2_is_not() {
        RegisterEntry top = entry(1, null, "3", "INTERNET");
        RegisterEntry lower = entry(2, null, "2", "INTERNET");
        RegisterEntry topElsewhere = entry(3, null, "3", "LGWAN");
        RegisterSnapshot register = register(top, lower, topElsewhere);
        var rule = new RegisterRule.TopConfidentialityOffInternet();
        assertThat(check(rule, top, register))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("機密性3"));
        assertThat(check(rule, lower, register)).isEmpty();
        assertThat(check(rule, topElsewhere, register)).isEmpty();
    }

    @Test
    void under_the_2024_scheme_3A_and_3B_are_kept_off_the_internet_zone_but_3C_is_not() {
        var rule = new RegisterRule.TopConfidentialityOffInternet();
        RegisterEntry a = with(entry(1, null, "3A", "INTERNET"), "R6-10", "3A", "1", "1");
        RegisterEntry b = with(entry(2, null, "3B", "INTERNET"), "R6-10", "3B", "1", "1");
        RegisterEntry c = with(entry(3, null, "3C", "INTERNET"), "R6-10", "3C", "1", "1");
        RegisterSnapshot register = register(a, b, c);
        assertThat(check(rule, a, register)).isPresent();
        assertThat(check(rule, b, register))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("自治体機密性3B"));
        assertThat(check(rule, c, register)).isEmpty();
    }

    @Test
    void a_review_date_before_today_is_overdue_but_today_is_still_in_time() {
        var rule = new RegisterRule.ReviewOverdue();
        RegisterEntry late = reviewed(entry(1, null, "1", "NONE"), TODAY.minusDays(1));
        RegisterEntry due = reviewed(entry(2, null, "1", "NONE"), TODAY);
        RegisterEntry none = entry(3, null, "1", "NONE");
        RegisterSnapshot register = register(late, due, none);
        assertThat(check(rule, late, register))
                .hasValueSatisfying(f -> assertThat(f.args()).containsExactly("2025-05-31"));
        assertThat(check(rule, due, register)).isEmpty();
        assertThat(check(rule, none, register)).isEmpty();
    }

    @Test
    void an_asset_whose_unit_has_no_security_manager_is_found() {
        var rule = new RegisterRule.SecurityManagerAppointed();
        RegisterEntry asset = entry(1, null, "1", "NONE");
        assertThat(check(rule, asset, register(Set.of(), asset))).isPresent();
        assertThat(check(rule, asset, register(Set.of(10L), asset))).isEmpty();
    }

    @Test
    void the_rules_are_listed_once_each_with_distinct_codes() {
        assertThat(RegisterRule.ALL)
                .extracting(RegisterRule::code)
                .doesNotHaveDuplicates()
                .hasSize(5);
    }
}
