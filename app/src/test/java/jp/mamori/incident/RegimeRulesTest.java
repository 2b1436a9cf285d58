package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reporting rules of each legal regime, case by case and at the boundaries, as the primary texts
 * state them: 個人情報保護法 第26条 with 施行規則 第7条 for a 個人情報取扱事業者 (more than 1,000 people),
 * 第68条 with 施行規則 第43条 for 行政機関等 (more than 100 people; 条例要配慮個人情報 a case of its own);
 * 番号法 第29条の4 with 報告規則 第2条 under both. Deadlines count the day of discovery as day 1
 * (施行規則 第8条・第44条: 確報 within 30 days, 60 for the improper-purpose case).
 */
class RegimeRulesTest {
    static final LocalDate DISCOVERED = LocalDate.of(2026, 4, 10);
    static final ReportingRules PUBLIC = ReportingRules.forRegime(Regime.PUBLIC_BODY, Thresholds.defaults());
    static final ReportingRules BUSINESS = ReportingRules.forRegime(Regime.BUSINESS, Thresholds.defaults());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # regime   | case                                             | 個人  | 要配慮 | 条例  | 特定  | 人数 | 不正  | 財産  | 暗号化 | due reasons                              | waived                  | 確報
            PUBLIC_BODY | 100 people of ordinary information is not       | true  | false | false | false | 100  | false | false | false | -                                        | -                       | -
            PUBLIC_BODY | 101 people of ordinary information is due       | true  | false | false | false | 101  | false | false | false | publicHeadCount                          | -                       | 30
            PUBLIC_BODY | 500 people in a public body is due (the issue)   | true  | false | false | false | 500  | false | false | false | publicHeadCount                          | -                       | 30
            PUBLIC_BODY | 101 people strongly encrypted is waived          | true  | false | false | false | 101  | false | false | true  | -                                        | publicHeadCount         | -
            PUBLIC_BODY | one person's 要配慮 information is due           | true  | true  | false | false | 1    | false | false | false | publicSensitiveData                      | -                       | 30
            PUBLIC_BODY | one person's 条例要配慮 information is due       | true  | false | true  | false | 1    | false | false | false | ordinanceSensitiveData                   | -                       | 30
            PUBLIC_BODY | 条例要配慮 without the general box is due        | false | false | true  | false | 1    | false | false | false | ordinanceSensitiveData                   | -                       | 30
            PUBLIC_BODY | 条例要配慮 strongly encrypted is waived          | true  | false | true  | false | 1    | false | false | true  | -                                        | ordinanceSensitiveData  | -
            PUBLIC_BODY | 要配慮 and 条例要配慮 are two cases              | true  | true  | true  | false | 1    | false | false | false | publicSensitiveData ordinanceSensitiveData | -                     | 30
            PUBLIC_BODY | financial harm to one person is due              | true  | false | false | false | 1    | false | true  | false | publicFinancialHarm                      | -                       | 30
            PUBLIC_BODY | improper purpose, one person, 60 days            | true  | false | false | false | 1    | true  | false | false | publicImproperPurpose                    | -                       | 60
            PUBLIC_BODY | 1,001 people is due once, under 第43条           | true  | false | false | false | 1001 | false | false | false | publicHeadCount                          | -                       | 30
            PUBLIC_BODY | My Number data of 101 people answers both laws   | true  | false | false | true  | 101  | false | false | false | myNumberHeadCount publicHeadCount        | -                       | 30
            PUBLIC_BODY | no personal data                                 | false | false | false | false | 0    | false | false | false | -                                        | -                       | -
            BUSINESS    | 500 people is not due for a business             | true  | false | false | false | 500  | false | false | false | -                                        | -                       | -
            BUSINESS    | 1,000 people is not due                          | true  | false | false | false | 1000 | false | false | false | -                                        | -                       | -
            BUSINESS    | 1,001 people is due                              | true  | false | false | false | 1001 | false | false | false | headCount                                | -                       | 30
            BUSINESS    | 1,001 people strongly encrypted is waived        | true  | false | false | false | 1001 | false | false | true  | -                                        | headCount               | -
            BUSINESS    | one person's 要配慮 information is due           | true  | true  | false | false | 1    | false | false | false | sensitiveData                            | -                       | 30
            BUSINESS    | 条例要配慮 is no case of its own for a business  | true  | false | true  | false | 1    | false | false | false | -                                        | -                       | -
            BUSINESS    | improper purpose, one person, 60 days            | true  | false | false | false | 1    | true  | false | false | improperPurpose                          | -                       | 60
            BUSINESS    | My Number data of 101 people: 番号法 only         | true  | false | false | true  | 101  | false | false | false | myNumberHeadCount                        | -                       | 30
            """)
    void each_regime_reports_the_cases_its_provisions_list(
            Regime regime,
            String description,
            boolean personal,
            boolean sensitive,
            boolean ordinance,
            boolean myNumber,
            int people,
            boolean improper,
            boolean financial,
            boolean encrypted,
            String dueReasons,
            String waivedReasons,
            Integer finalDays) {
        var facts = new PersonalData(
                personal, sensitive, myNumber, people, improper, false, financial, encrypted, false, ordinance);
        ReportingRules rules = regime == Regime.PUBLIC_BODY ? PUBLIC : BUSINESS;

        ReportingDecision decision = rules.decide(facts, DISCOVERED);

        assertThat(keys(decision.reasons())).as("reasons").isEqualTo(split(dueReasons));
        assertThat(keys(decision.waivedByEncryption())).as("waived").isEqualTo(split(waivedReasons));
        assertThat(decision.reportDue()).isEqualTo(dueReasons != null);
        if (finalDays == null) {
            assertThat(decision.deadlines()).isNull();
        } else {
            // 令和8年4月10日 is day 1: the 速報 (3 days) is due on 4月12日, the 確報 on day 30 (5月9日) or 60 (6月8日)
            assertThat(decision.deadlines().countedFrom()).isEqualTo(DISCOVERED);
            assertThat(decision.deadlines().preliminaryReport()).isEqualTo(LocalDate.of(2026, 4, 12));
            assertThat(decision.deadlines().finalReport())
                    .isEqualTo(finalDays == 60 ? LocalDate.of(2026, 6, 8) : LocalDate.of(2026, 5, 9));
        }
    }

    @Test
    void every_public_body_rule_cites_article_68_and_rule_43_and_has_its_texts() throws IOException {
        Properties ja = ReportingRulesTest.bundle("i18n/incident_ja.properties");
        Properties en = ReportingRulesTest.bundle("i18n/incident_en.properties");

        assertThat(PUBLIC.rules()).hasSize(9);
        assertThat(PUBLIC.regime()).isEqualTo(Regime.PUBLIC_BODY);
        for (ReportingRule rule : PUBLIC.rules()) {
            Object threshold = rule instanceof ReportingRule.MyNumberHeadCount c
                    ? c.above()
                    : rule instanceof ReportingRule.PublicHeadCount h ? h.above() : "";
            assertThat(new MessageFormat(ja.getProperty(rule.messageKey(), "(missing)"), Locale.JAPAN)
                            .format(new Object[] {threshold}))
                    .as(rule.key())
                    .isEqualTo(rule.reason());
            assertThat(en.getProperty(rule.messageKey())).as(rule.key()).isNotBlank();
            if (!rule.key().startsWith("myNumber")) {
                assertThat(rule.source()).as(rule.key()).startsWith("個人情報保護法第68条第1項、同法施行規則第43条第");
            }
        }
        assertThat(BUSINESS.rules().stream()
                        .filter(r -> !r.key().startsWith("myNumber"))
                        .map(ReportingRule::source))
                .allSatisfy(source -> assertThat(source).startsWith("個人情報保護法第26条第1項、同法施行規則第7条第"));
    }

    @Test
    void the_public_body_head_count_is_more_than_100_and_follows_its_setting() {
        var rules = ReportingRules.forRegime(Regime.PUBLIC_BODY, new Thresholds(100, 1_000, 3, 30, 60, 50));
        var fifty = new PersonalData(true, false, false, 50, false, false, false, false, false);
        var fiftyOne = new PersonalData(true, false, false, 51, false, false, false, false, false);

        assertThat(rules.decide(fifty, DISCOVERED).reportDue()).isFalse();
        assertThat(rules.decide(fiftyOne, DISCOVERED).reasons())
                .extracting(ReportingRule::reason)
                .containsExactly("漏えい等のおそれがある保有個人情報の本人の数が50人を超えるため");
        assertThat(Thresholds.defaults().publicBodyPeopleAbove()).isEqualTo(100);
    }

    @Test
    void only_the_improper_purpose_rules_of_either_regime_extend_the_final_report() {
        assertThat(PUBLIC.rules().stream()
                        .filter(ReportingRule::extendsFinalReport)
                        .map(ReportingRule::key))
                .containsExactlyInAnyOrder("myNumberImproperPurpose", "publicImproperPurpose");
    }

    private static List<String> keys(List<ReportingRule> rules) {
        return rules.stream().map(ReportingRule::key).toList();
    }

    private static List<String> split(String keys) {
        return keys == null ? List.of() : Arrays.asList(keys.trim().split("\\s+"));
    }
}
