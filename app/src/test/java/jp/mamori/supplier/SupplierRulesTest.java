package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.Wareki;
import org.junit.jupiter.api.Test;

/** The rules of the supplier registers, each on its own. */
class SupplierRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 1, 0, 0, 0, ZoneOffset.UTC);

    static Contract contract(
            Map<String, Boolean> clauses,
            List<Subcontractor> subs,
            LocalDate ends,
            LocalDate endedOn,
            CertificateKind certificate) {
        return new Contract(
                1,
                2,
                "架空株式会社",
                "保守委託",
                "",
                3,
                null,
                LocalDate.of(2026, 4, 1),
                ends,
                Place.REMOTE,
                "",
                endedOn,
                certificate,
                certificate == null ? null : TODAY,
                "",
                List.of(),
                subs,
                clauses,
                List.of(),
                List.of(),
                NOW,
                "t");
    }

    static Contractor contractor(Certification... certs) {
        return new Contractor(2, "架空株式会社", "", "窓口", "", "a@example.jp", "", List.of(certs), NOW, "t");
    }

    static final List<Clause> CLAUSES = List.of(
            new Clause("A", "秘密の保持", "", true, true, 1),
            new Clause("B", "損害の賠償", "", true, true, 2),
            new Clause("C", "作業場所", "", false, true, 3),
            new Clause("D", "旧条項", "", true, false, 4));

    static List<String> rules(Contract k, Contractor c) {
        return rules(k, c, List.of());
    }

    static List<String> rules(Contract k, Contractor c, List<OpenCheck> open) {
        return ContractRule.checkAll(new ContractRule.Facts(k, c, CLAUSES, open, TODAY)).stream()
                .map(f -> f.rule() + ":" + f.args())
                .toList();
    }

    @Test
    void a_check_unanswered_after_its_due_date_is_a_finding_linking_the_check_not_before() {
        Contract k = contract(Map.of("A", true, "B", true), List.of(), TODAY.plusDays(100), null, null);
        List<OpenCheck> open = List.of(
                new OpenCheck(7, 1, "上期定期確認", TODAY.minusDays(1), k.id(), null),
                new OpenCheck(8, 2, "臨時確認", TODAY, k.id(), null),
                new OpenCheck(9, 3, "他契約の確認", TODAY.minusDays(30), k.id() + 1, null));
        assertThat(rules(k, contractor(), open))
                .containsExactly("CHECK_OVERDUE:[上期定期確認, " + Wareki.japanese(TODAY.minusDays(1)) + "]");
        SupplierFinding f = ContractRule.checkAll(new ContractRule.Facts(k, contractor(), CLAUSES, open, TODAY))
                .get(0);
        assertThat(f.link()).isEqualTo("/contractors/checks/7");
        assertThat(f.measureId()).isEqualTo("8.1.4");
    }

    @Test
    void only_active_required_clauses_not_marked_present_are_findings() {
        Contract k = contract(Map.of("A", true, "B", false), List.of(), TODAY.plusDays(1), null, null);
        assertThat(rules(k, contractor())).containsExactly("MISSING_REQUIRED_CLAUSE:[損害の賠償]");
    }

    @Test
    void an_unapproved_subcontractor_is_a_finding_and_an_approved_one_is_not() {
        List<Subcontractor> subs = List.of(
                new Subcontractor(1, "架空サポート", "", "t", null, null),
                new Subcontractor(2, "架空保守", "", "t", "ciso", NOW));
        Contract k = contract(Map.of("A", true, "B", true), subs, TODAY.plusDays(1), null, null);
        assertThat(rules(k, contractor())).containsExactly("UNAPPROVED_SUBCONTRACTOR:[架空サポート]");
    }

    @Test
    void a_contract_past_its_last_day_or_ended_without_a_certificate_is_a_finding_and_one_with_it_is_not() {
        var clauses = Map.of("A", true, "B", true);
        assertThat(rules(contract(clauses, List.of(), TODAY.minusDays(1), null, null), contractor()))
                .containsExactly("ENDED_WITHOUT_CERTIFICATE:[令和8年12月5日]");
        assertThat(rules(contract(clauses, List.of(), TODAY.plusMonths(3), TODAY, null), contractor()))
                .containsExactly("ENDED_WITHOUT_CERTIFICATE:[令和8年12月6日]");
        assertThat(rules(contract(clauses, List.of(), TODAY, null, null), contractor()))
                .isEmpty();
        assertThat(rules(
                        contract(clauses, List.of(), TODAY.minusDays(1), null, CertificateKind.DESTRUCTION),
                        contractor()))
                .isEmpty();
    }

    @Test
    void an_expired_certification_is_a_finding_only_while_a_contract_runs() {
        var clauses = Map.of("A", true, "B", true);
        Contractor c = contractor(
                new Certification(1, CertificationKind.ISMS, "", "IS 1", TODAY.minusDays(1)),
                new Certification(2, CertificationKind.PRIVACY_MARK, "", "P 2", TODAY));
        assertThat(rules(contract(clauses, List.of(), TODAY.plusDays(10), null, null), c))
                .containsExactly("EXPIRED_CERTIFICATION:[ISMS(ISO/IEC 27001), IS 1, 令和8年12月5日]");
        assertThat(rules(contract(clauses, List.of(), TODAY.minusDays(10), null, CertificateKind.RETURN), c))
                .isEmpty();
    }

    static CloudService service(int max, String approvedBy, Integer approvedLevel, LocalDate ismapExpires) {
        return new CloudService(
                5,
                "架空クラウド",
                "架空株式会社",
                ismapExpires == null ? "" : "C1",
                ismapExpires,
                "国内",
                null,
                "",
                max,
                "",
                3,
                approvedBy,
                approvedBy == null ? null : NOW,
                approvedLevel,
                List.of(),
                List.of(),
                NOW,
                "t");
    }

    static List<String> cloud(CloudService s, CloudRule.StoredAsset... assets) {
        return CloudRule.checkAll(new CloudRule.Facts(s, List.of(assets), TODAY)).stream()
                .map(SupplierFinding::rule)
                .toList();
    }

    @Test
    void an_asset_above_the_allowed_class_is_a_finding_even_in_an_approved_service() {
        var three = new CloudRule.StoredAsset("IA-1", "住民票", 3, "機密性3");
        var two = new CloudRule.StoredAsset("IA-2", "広報原稿", 2, "機密性2");
        assertThat(cloud(service(2, "ciso", 2, null), three, two)).containsExactly("CLOUD_ASSET_ABOVE_ALLOWED");
        assertThat(cloud(service(2, "ciso", 2, null), two)).isEmpty();
    }

    @Test
    void an_unapproved_service_holding_confidentiality_2_is_a_finding_and_raising_the_level_undoes_the_approval() {
        var one = new CloudRule.StoredAsset("IA-3", "公開資料", 1, "機密性1");
        var two = new CloudRule.StoredAsset("IA-2", "広報原稿", 2, "機密性2");
        assertThat(cloud(service(2, null, null, null), one)).isEmpty();
        assertThat(cloud(service(2, null, null, null), two)).containsExactly("CLOUD_UNAPPROVED_CONFIDENTIAL");
        assertThat(cloud(service(3, "ciso", 2, null), two)).containsExactly("CLOUD_UNAPPROVED_CONFIDENTIAL");
        assertThat(service(3, "ciso", 2, null).approved()).isFalse();
    }

    @Test
    void an_expired_ismap_registration_is_a_finding() {
        assertThat(cloud(service(1, "ciso", 1, TODAY.minusDays(1)))).containsExactly("CLOUD_ISMAP_EXPIRED");
        assertThat(cloud(service(1, "ciso", 1, TODAY))).isEmpty();
    }

    static SnsAccount sns(boolean mfa, String announced, List<Long> deputies, LocalDate reviewed) {
        return new SnsAccount(
                7,
                "X",
                "@kakuu_city",
                "",
                "SNS運用手順",
                "",
                3,
                10,
                deputies,
                "広報課長",
                mfa,
                announced,
                reviewed,
                List.of(),
                NOW,
                "t");
    }

    static List<String> sns(SnsAccount a, boolean inPost) {
        return SnsRule.check(new SnsRule.Facts(a, inPost, TODAY)).stream()
                .map(SupplierFinding::rule)
                .toList();
    }

    @Test
    void an_sns_account_needs_a_second_factor_an_announcement_a_deputy_a_responsible_in_post_and_a_yearly_review() {
        assertThat(sns(sns(true, "市ホームページ", List.of(11L), TODAY.minusYears(1)), true))
                .isEmpty();
        assertThat(sns(sns(false, "", List.of(), null), false))
                .containsExactly(
                        "SNS_NO_SECOND_FACTOR",
                        "SNS_NOT_ANNOUNCED",
                        "SNS_RESPONSIBLE_NOT_IN_POST",
                        "SNS_NO_DEPUTY",
                        "SNS_NEVER_REVIEWED");
        assertThat(sns(sns(true, "市ホームページ", List.of(11L), TODAY.minusYears(1).minusDays(1)), true))
                .containsExactly("SNS_REVIEW_OVERDUE");
    }
}
