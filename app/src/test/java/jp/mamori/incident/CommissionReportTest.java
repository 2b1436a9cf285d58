package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommissionReportTest {
    @Test
    void a_due_report_names_each_reason_with_its_source_and_both_deadlines_in_wareki() {
        CommissionReport report =
                ReportFixtures.report(ReportFixtures.breach(ReportFixtures.sensitiveOf(1_234)), ReportFixtures.facts());

        assertThat(report.title()).isEqualTo("個人情報保護委員会への漏えい等の報告");
        assertThat(report.subtitle()).isEqualTo("受付番号 2025-0007　作成日 令和7年4月11日");
        assertThat(report.value("報告の要否")).isEqualTo("報告が必要です（速報及び確報）");
        assertThat(report.value("報告が必要となる事由"))
                .contains("要配慮個人情報の漏えい等が発生し")
                .contains("同法施行規則第7条第1号")
                .contains("1,000人を超える");
        assertThat(report.value("発覚日")).isEqualTo("令和7年4月10日");
        assertThat(report.value("速報の期限")).isEqualTo("令和7年4月12日");
        assertThat(report.value("確報の期限")).isEqualTo("令和7年5月9日");
        assertThat(report.value("本人への通知")).isEqualTo("必要（速やかに通知する）");
    }

    @Test
    void the_items_of_the_report_come_in_the_order_of_the_rules() {
        CommissionReport report =
                ReportFixtures.report(ReportFixtures.breach(ReportFixtures.sensitiveOf(1_234)), ReportFixtures.facts());

        assertThat(report.blocks())
                .extracting(CommissionReport.Block::heading)
                .containsExactly("報告者及び報告の区分", "報告対象となる事態（個人情報保護法施行規則第7条各号）", "報告事項", "報告の要否と期限（本組織の控え）", "対応の経過");
        assertThat(report.blocks().get(2).lines())
                .extracting(CommissionReport.Line::label)
                .filteredOn(label -> label.matches("\\d\\. .*"))
                .containsExactly(
                        "1. 概要",
                        "2. 漏えい等が発生し、又は発生したおそれがある個人データの項目",
                        "3. 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数",
                        "4. 原因",
                        "5. 二次被害又はそのおそれの有無及びその内容",
                        "6. 本人への対応の実施状況",
                        "7. 公表の実施状況",
                        "8. 再発防止のための措置",
                        "9. その他参考となる事項");
        assertThat(report.value("3. 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数")).isEqualTo("約1,234人");
        assertThat(report.value("発生日")).isEqualTo("令和7年4月9日");
        assertThat(report.value("発覚日時")).isEqualTo("令和7年4月10日 09:30");
        assertThat(report.value("個人データの種類")).isEqualTo("個人情報、要配慮個人情報");
        assertThat(report.value("対象の情報資産")).isEqualTo("健診結果一覧（Excel）\nメールシステム");
        assertThat(report.value("7. 公表の実施状況")).isEqualTo("4月12日にウェブサイトで公表した。");
        assertThat(report.value("連絡先")).isEqualTo("保険課 情報担当（内線 1234）");
    }

    /** What each regime's form names, in its order: the headings, the cases and the nine items. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(
                        Regime.BUSINESS,
                        "個人情報保護委員会への漏えい等の報告",
                        "報告者の氏名又は名称",
                        "報告対象となる事態（個人情報保護法施行規則第7条各号）",
                        List.of(
                                "第7条第1号 要配慮個人情報を含む個人データ",
                                "第7条第2号 不正に利用されると財産的被害が生じるおそれのある個人データ",
                                "第7条第3号 不正の目的をもって行われたおそれのある行為によるもの",
                                "第7条第4号 本人の数が1,000人を超えるもの"),
                        List.of("該当する", "該当しない", "該当しない", "該当する"),
                        "個人データ",
                        "速報（個人情報保護法施行規則第8条第1項）",
                        "確報（個人情報保護法施行規則第8条第2項）"),
                Arguments.of(
                        Regime.PUBLIC_BODY,
                        "個人情報保護委員会への保有個人情報の漏えい等の報告（行政機関等）",
                        "報告者の氏名又は名称",
                        "報告対象となる事態（個人情報保護法施行規則第43条各号）",
                        List.of(
                                "第43条第1号 要配慮個人情報を含む保有個人情報",
                                "第43条第2号 不正に利用されると財産的被害が生じるおそれのある保有個人情報",
                                "第43条第3号 行政機関等に対する不正の目的をもって行われたおそれのある行為によるもの",
                                "第43条第4号 本人の数が100人を超えるもの",
                                "第43条第5号 条例要配慮個人情報を含む保有個人情報（条例に定めがある場合）"),
                        List.of("該当する", "該当しない", "該当しない", "該当する", "該当しない"),
                        "保有個人情報",
                        "速報（個人情報保護法施行規則第44条第1項）",
                        "確報（個人情報保護法施行規則第44条第2項）"));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void each_regime_has_its_forms_title_cases_and_item_names_in_the_forms_order(
            Regime regime,
            String title,
            String bodyLabel,
            String casesHeading,
            List<String> cases,
            List<String> applies,
            String data,
            String preliminary,
            String finalReport) {
        Incident breach = ReportFixtures.breach(ReportFixtures.sensitiveOf(1_234));
        CommissionReport report =
                ReportFixtures.report(breach, ReportFixtures.facts(), regime, ReportSubmission.Kind.PRELIMINARY);

        assertThat(report.title()).isEqualTo(title);
        assertThat(report.blocks())
                .extracting(CommissionReport.Block::heading)
                .containsExactly("報告者及び報告の区分", casesHeading, "報告事項", "報告の要否と期限（本組織の控え）", "対応の経過");
        // the reporter's block: the 受付番号 first (the workbook's row 5), then the form's own lines
        assertThat(report.blocks().get(0).lines())
                .extracting(CommissionReport.Line::label)
                .containsExactly("受付番号", "報告の区分", "作成日", bodyLabel, "報告した部署", "連絡先", "適用する法的区分");
        assertThat(report.value("報告の区分")).isEqualTo(preliminary);
        assertThat(report.value(bodyLabel)).isEqualTo("架空市職員共済組合");
        assertThat(report.value("適用する法的区分")).contains(regime.article() + "第1項");
        assertThat(report.blocks().get(1).lines())
                .extracting(CommissionReport.Line::label)
                .containsExactlyElementsOf(cases);
        assertThat(report.blocks().get(1).lines())
                .extracting(CommissionReport.Line::value)
                .containsExactlyElementsOf(applies);
        assertThat(report.blocks().get(2).lines())
                .extracting(CommissionReport.Line::label)
                .filteredOn(label -> label.matches("\\d\\. .*"))
                .containsExactly(
                        "1. 概要",
                        "2. 漏えい等が発生し、又は発生したおそれがある" + data + "の項目",
                        "3. 漏えい等が発生し、又は発生したおそれがある" + data + "に係る本人の数",
                        "4. 原因",
                        "5. 二次被害又はそのおそれの有無及びその内容",
                        "6. 本人への対応の実施状況",
                        "7. 公表の実施状況",
                        "8. 再発防止のための措置",
                        "9. その他参考となる事項");
        assertThat(report.value("3. 漏えい等が発生し、又は発生したおそれがある" + data + "に係る本人の数")).isEqualTo("約1,234人");

        CommissionReport later =
                ReportFixtures.report(breach, ReportFixtures.facts(), regime, ReportSubmission.Kind.FINAL);
        assertThat(later.value("報告の区分")).isEqualTo(finalReport);
    }

    @ParameterizedTest
    @EnumSource(Regime.class)
    void my_number_cases_follow_the_personal_data_cases_and_encryption_shows_as_a_waiver(Regime regime) {
        // 特定個人情報 of 150 people in a My Number work system, strongly encrypted
        var myNumber = new PersonalData(true, false, true, 150, false, false, false, true, true);
        CommissionReport report = ReportFixtures.report(
                ReportFixtures.breach(myNumber), ReportFacts.empty(), regime, ReportSubmission.Kind.PRELIMINARY);

        var lines = report.blocks().get(1).lines();
        assertThat(lines.get(lines.size() - 4).label()).startsWith("番号法 報告規則第2条第1号");
        assertThat(lines.get(lines.size() - 1).label()).startsWith("番号法 報告規則第2条第4号");
        assertThat(report.value(lines.get(lines.size() - 4).label())).isEqualTo("該当するが、高度な暗号化等の措置により報告の対象外");
        assertThat(report.value(lines.get(lines.size() - 1).label())).isEqualTo("該当するが、高度な暗号化等の措置により報告の対象外");
        // 150 people: over 100 for a public body, not over 1,000 for a business
        String headCount = regime == Regime.PUBLIC_BODY ? "第43条第4号 本人の数が100人を超えるもの" : "第7条第4号 本人の数が1,000人を超えるもの";
        assertThat(report.value(headCount))
                .isEqualTo(regime == Regime.PUBLIC_BODY ? "該当するが、高度な暗号化等の措置により報告の対象外" : "該当しない");
        // without 特定個人情報 the My Number cases are not listed
        CommissionReport plain = ReportFixtures.report(
                ReportFixtures.breach(ReportFixtures.sensitiveOf(5)),
                ReportFacts.empty(),
                regime,
                ReportSubmission.Kind.PRELIMINARY);
        assertThat(plain.blocks().get(1).lines())
                .extracting(CommissionReport.Line::label)
                .noneMatch(label -> label.startsWith("番号法"));
    }

    @ParameterizedTest
    @EnumSource(Regime.class)
    void the_assets_picked_from_the_register_follow_the_reported_ones_unless_already_named(Regime regime) {
        Incident incident = ReportFixtures.breach(ReportFixtures.sensitiveOf(3));
        ReportingDecision decision =
                incident.reportingDecision(ReportingRules.forRegime(regime, Thresholds.defaults()));
        CommissionReport report = CommissionReport.assemble(
                new CommissionReport.Subject(
                        incident,
                        ReportFixtures.REFERENCE,
                        ReportFixtures.UNIT,
                        regime,
                        List.of(),
                        ReportFixtures.BODY,
                        ReportSubmission.Kind.PRELIMINARY,
                        List.of("IA-000042 組合員名簿", "IA-000007 健診結果一覧（Excel）")),
                ReportFixtures.facts(),
                decision,
                ReportFixtures.TODAY,
                ReportTexts.japanese());

        assertThat(report.value("対象の情報資産"))
                .isEqualTo("健診結果一覧（Excel）\nメールシステム\nIA-000042 組合員名簿（情報資産管理台帳）\n" + "IA-000007 健診結果一覧（Excel）（情報資産管理台帳）");
        // an asset the reported text already names by its 管理番号 is not printed twice
        assertThat(CommissionReport.assets(
                        List.of("共有フォルダ IA-000042"), List.of("IA-000042 組合員名簿"), ReportTexts.japanese()))
                .isEqualTo("共有フォルダ IA-000042");
        assertThat(CommissionReport.assets(List.of(), List.of(), ReportTexts.japanese()))
                .isEqualTo("なし");
    }

    @Test
    void an_unset_body_name_says_which_setting_to_fill_in() {
        CommissionReport report =
                ReportFixtures.report(ReportFixtures.breach(ReportFixtures.sensitiveOf(5)), ReportFacts.empty());
        assertThat(report.value("報告者の氏名又は名称")).contains("mamori.incident.body-name");
        assertThat(report.value("報告の区分")).isEqualTo("速報（個人情報保護法施行規則第8条第1項）");
    }

    @Test
    void before_closure_the_cause_is_the_one_known_so_far_or_under_investigation() {
        Incident open = ReportFixtures.breach(ReportFixtures.sensitiveOf(5));

        assertThat(ReportFixtures.report(open, ReportFixtures.facts()).value("4. 原因"))
                .isEqualTo("宛先の選択誤り");
        CommissionReport blank = ReportFixtures.report(open, ReportFacts.empty());
        assertThat(blank.value("4. 原因")).isEqualTo("調査中");
        assertThat(blank.value("5. 二次被害又はそのおそれの有無及びその内容")).isEqualTo("調査中");
        assertThat(blank.value("8. 再発防止のための措置")).isEqualTo("検討中");
        assertThat(blank.value("発生日")).isEqualTo("不明");
    }

    @Test
    void after_closure_cause_and_recurrence_prevention_come_from_the_closure() {
        Incident incident = ReportFixtures.breach(ReportFixtures.sensitiveOf(5));
        Instant t = Instant.parse("2025-04-10T02:00:00Z");
        incident.triage(new Triage(Severity.of(3), Priority.HIGH), "csirt", t, "");
        incident.addNote("委託先の担当者と電話で相談した", "csirt", t.plusSeconds(30));
        incident.contain("csirt", t.plusSeconds(60), "送信先に削除を依頼");
        incident.eradicate("csirt", t.plusSeconds(120), "");
        incident.recover("csirt", t.plusSeconds(180), "");
        incident.close(new Closure("アドレス帳の候補表示からの選択誤り", "外部宛ての送信を二人で確認する"), "csirt", t.plusSeconds(240), "");

        CommissionReport report = ReportFixtures.report(incident, ReportFixtures.facts());

        assertThat(report.value("4. 原因")).isEqualTo("アドレス帳の候補表示からの選択誤り");
        assertThat(report.value("8. 再発防止のための措置")).isEqualTo("外部宛ての送信を二人で確認する");
        assertThat(report.value("対応状況")).isEqualTo("終結");
        assertThat(report.value("重大度")).isEqualTo("3（重大）");
        assertThat(report.blocks().get(4).lines())
                .extracting(CommissionReport.Line::value)
                .contains("封じ込め：送信先に削除を依頼")
                .noneMatch(value -> value.contains("委託先の担当者と電話で相談した"));
    }

    @Test
    void strong_encryption_says_why_nothing_is_due_and_lists_the_waived_reasons() {
        var encrypted = new PersonalData(true, true, false, 2_000, false, false, false, true, false);
        CommissionReport report = ReportFixtures.report(ReportFixtures.breach(encrypted), ReportFacts.empty());

        assertThat(report.value("報告の要否")).startsWith("高度な暗号化等の措置が講じられているため");
        assertThat(report.value("報告が必要となる事由")).isEqualTo("なし");
        assertThat(report.value("暗号化により対象外となる事由")).contains("要配慮個人情報");
        assertThat(report.value("速報の期限")).isEqualTo("期限なし");
        assertThat(report.value("本人への通知")).isEqualTo("不要");
        assertThat(report.value("個人データの種類")).contains("（高度な暗号化等の措置あり）");
    }

    @Test
    void an_incident_without_personal_data_has_no_people_and_no_report_due() {
        CommissionReport report =
                ReportFixtures.report(ReportFixtures.breach(PersonalData.none()), ReportFacts.empty());

        assertThat(report.value("報告の要否")).isEqualTo("報告の対象ではありません");
        assertThat(report.value("3. 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数")).isEqualTo("なし");
        assertThat(report.value("個人データの種類")).isEqualTo("個人データは含まれない");
        assertThat(report.value("暗号化により対象外となる事由")).isNull();
    }

    @Test
    void report_facts_refuse_an_occurrence_after_the_discovery_and_overlong_texts() {
        var late = new ReportFacts(LocalDate.of(2025, 4, 11), "", "", "", "", "", "", "", "");
        assertThatThrownBy(() -> late.checkedAgainst(LocalDate.of(2025, 4, 10)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("occurredOn"));
        String tooLong = "あ".repeat(ReportFacts.TEXT_MAX + 1);
        assertThatThrownBy(() -> new ReportFacts(null, tooLong, "", "", tooLong, "", "", "", ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("dataItems", "publication"));
    }

    @Test
    void report_facts_keep_line_breaks_as_newlines_and_strip_the_ends() {
        var facts = new ReportFacts(null, "  氏名\r\n住所 ", "", "", "", "", "", "", "");
        assertThat(facts.dataItems()).isEqualTo("氏名\n住所");
        assertThat(ReportFacts.empty().isEmpty()).isTrue();
        assertThat(facts.isEmpty()).isFalse();
    }
}
