package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import jp.mamori.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statutory reporting rules and deadlines, table by table. */
class ReportingRulesTest {
    static final LocalDate DISCOVERED = LocalDate.of(2025, 4, 10);
    static final ReportingRules LAW = ReportingRules.defaults(Thresholds.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                           | 個人 | 要配慮 | 特定 | 人数  | 不正目的 | web   | 財産 | 暗号化 | 番号系 | due reasons                                      | waived by encryption         | 確報 days
            no personal data at all                            | false | false | false | 0    | false | false | false | false | false | -                                                | -                            | -
            personal data of 1,000 people is not reportable     | true  | false | false | 1000 | false | false | false | false | false | -                                                | -                            | -
            personal data of 1,001 people is reportable         | true  | false | false | 1001 | false | false | false | false | false | headCount                                        | -                            | 30
            1,001 people strongly encrypted is not reportable   | true  | false | false | 1001 | false | false | false | true  | false | -                                                | headCount                    | -
            sensitive data of one person is reportable          | true  | true  | false | 1    | false | false | false | false | false | sensitiveData                                    | -                            | 30
            sensitive data counts even without the general box  | false | true  | false | 1    | false | false | false | false | false | sensitiveData                                    | -                            | 30
            sensitive data strongly encrypted is not reportable | true  | true  | false | 1    | false | false | false | true  | false | -                                                | sensitiveData                | -
            possible financial harm to one person is reportable | true  | false | false | 1    | false | false | true  | false | false | financialHarm                                    | -                            | 30
            financial harm strongly encrypted is not reportable | true  | false | false | 1    | false | false | true  | true  | false | -                                                | financialHarm                | -
            improper purpose from one person is reportable      | true  | false | false | 1    | true  | false | false | false | false | improperPurpose                                  | -                            | 60
            improper purpose strongly encrypted is not reportable| true | false | false | 1    | true  | false | false | true  | false | -                                                | improperPurpose              | -
            improper purpose without personal data is not       | false | false | false | 0    | true  | false | false | false | false | -                                                | -                            | -
            web exposure of ordinary personal data alone is not | true  | false | false | 10   | false | true  | false | false | false | -                                                | -                            | -
            My Number data of 100 people is not reportable      | true  | false | true  | 100  | false | false | false | false | false | -                                                | -                            | -
            My Number data of 101 people is reportable          | true  | false | true  | 101  | false | false | false | false | false | myNumberHeadCount                                | -                            | 30
            My Number data of 101 people encrypted is not       | true  | false | true  | 101  | false | false | false | true  | false | -                                                | myNumberHeadCount            | -
            My Number data of an unknown count alone is not     | false | false | true  | 0    | false | false | false | false | false | -                                                | -                            | -
            My Number work systems involved for one person      | true  | false | true  | 1    | false | false | false | false | true  | myNumberSystems                                  | -                            | 30
            My Number work systems encrypted is not reportable  | true  | false | true  | 1    | false | false | false | true  | true  | -                                                | myNumberSystems              | -
            My Number work systems without My Number data is not| true  | false | false | 5    | false | false | false | false | true  | -                                                | -                            | -
            My Number data on the web for one person            | true  | false | true  | 1    | false | true  | false | false | false | myNumberOnWeb                                    | -                            | 30
            My Number data on the web encrypted is not          | true  | false | true  | 1    | false | true  | false | true  | false | -                                                | myNumberOnWeb                | -
            My Number improper purpose answers both laws        | true  | false | true  | 1    | true  | false | false | false | false | myNumberImproperPurpose improperPurpose          | -                            | 60
            My Number data of 1,001 people answers both laws    | true  | false | true  | 1001 | false | false | false | false | false | myNumberHeadCount headCount                      | -                            | 30
            every reason at once is listed in the rules order   | true  | true  | true  | 1001 | true  | true  | true  | false | true  | myNumberSystems myNumberImproperPurpose myNumberOnWeb myNumberHeadCount sensitiveData financialHarm improperPurpose headCount | - | 60
            """)
    void a_breach_is_reportable_for_each_reason_the_law_gives_and_not_when_strongly_encrypted(
            String description,
            boolean personal,
            boolean sensitive,
            boolean myNumber,
            int people,
            boolean improper,
            boolean web,
            boolean financial,
            boolean encrypted,
            boolean systems,
            String dueReasons,
            String waivedReasons,
            Integer finalDays) {
        var facts =
                new PersonalData(personal, sensitive, myNumber, people, improper, web, financial, encrypted, systems);

        ReportingDecision decision = LAW.decide(facts, DISCOVERED);

        assertThat(keys(decision.reasons())).as("reasons").isEqualTo(split(dueReasons));
        assertThat(keys(decision.waivedByEncryption())).as("waived").isEqualTo(split(waivedReasons));
        assertThat(decision.reportDue()).isEqualTo(dueReasons != null);
        assertThat(decision.notifyPeople()).isEqualTo(dueReasons != null);
        if (finalDays == null) {
            assertThat(decision.deadlines()).isNull();
        } else {
            assertThat(decision.deadlines()).isNotNull();
            // the day of discovery is day 1: the 30th day is 29 days after it
            assertThat(ChronoUnit.DAYS.between(DISCOVERED, decision.deadlines().finalReport()))
                    .isEqualTo(finalDays - 1L);
            assertThat(decision.deadlines().preliminaryReport()).isEqualTo(LocalDate.of(2025, 4, 12));
        }
    }

    @ParameterizedTest(name = "discovered {0}, 速報 +{1} days, improper purpose {2} → 速報 {3}, 確報 {4}")
    @CsvSource(textBlock = """
            # discovered, 速報 days, improper purpose, 速報 due (day N), 確報 due (day 30 or 60; day 1 = discovery)
            2025-01-30,   3,         false,            2025-02-01, 2025-02-28
            2024-01-30,   3,         false,            2024-02-01, 2024-02-28
            2025-01-30,   3,         true ,            2025-02-01, 2025-03-30
            2024-01-30,   3,         true ,            2024-02-01, 2024-03-29
            2025-02-26,   3,         false,            2025-02-28, 2025-03-27
            2024-02-26,   3,         false,            2024-02-28, 2024-03-26
            2025-02-28,   3,         false,            2025-03-02, 2025-03-29
            2024-02-28,   3,         false,            2024-03-01, 2024-03-28
            2024-02-29,   3,         false,            2024-03-02, 2024-03-29
            2025-03-31,   3,         false,            2025-04-02, 2025-04-29
            2025-12-30,   3,         false,            2026-01-01, 2026-01-28
            2025-12-30,   3,         true ,            2026-01-01, 2026-02-27
            2025-12-31,   3,         false,            2026-01-02, 2026-01-29
            2027-12-31,   3,         true ,            2028-01-02, 2028-02-28
            2025-01-30,   5,         false,            2025-02-03, 2025-02-28
            2025-01-30,   1,         false,            2025-01-30, 2025-02-28
            """)
    void deadlines_count_the_day_of_discovery_as_day_one_across_month_and_year_ends(
            LocalDate discovered,
            int preliminaryDays,
            boolean improperPurpose,
            LocalDate preliminaryDue,
            LocalDate finalDue) {
        var rules = ReportingRules.defaults(new Thresholds(100, 1_000, preliminaryDays, 30, 60));
        var sensitiveData = new PersonalData(true, true, false, 1, improperPurpose, false, false, false, false);

        ReportDeadlines deadlines = rules.decide(sensitiveData, discovered).deadlines();

        assertThat(deadlines).isNotNull();
        assertThat(deadlines.discoveredOn()).isEqualTo(discovered);
        assertThat(deadlines.preliminaryReport()).isEqualTo(preliminaryDue);
        assertThat(deadlines.finalReport()).isEqualTo(finalDue);
    }

    @ParameterizedTest(name = "threshold {0}, {1} people → due {2}")
    @CsvSource({"50, 50, false", "50, 51, true", "0, 1, true", "0, 0, false"})
    void the_my_number_head_count_follows_the_configured_threshold(int above, int people, boolean due) {
        var rules = ReportingRules.defaults(new Thresholds(above, 1_000, 3, 30, 60));
        var facts = new PersonalData(true, false, true, people, false, false, false, false, false);

        assertThat(rules.decide(facts, DISCOVERED).reportDue()).isEqualTo(due);
    }

    @Test
    void the_head_count_reasons_name_the_configured_threshold() {
        var rules = ReportingRules.defaults(new Thresholds(50, 500, 3, 30, 60));
        var facts = new PersonalData(true, false, true, 501, false, false, false, false, false);

        assertThat(rules.decide(facts, DISCOVERED).reasons())
                .extracting(ReportingRule::reason)
                .containsExactly("漏えい等のおそれがある特定個人情報の本人の数が50人を超えるため", "漏えい等のおそれがある個人データの本人の数が500人を超えるため");
    }

    @Test
    void the_defaults_are_the_legal_values() {
        assertThat(Thresholds.defaults()).isEqualTo(new Thresholds(100, 1_000, 3, 30, 60));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a negative head count threshold            | -1  | 1000 | 3 | 30 | 60
            a negative 速報 day count                   | 100 | 1000 | -1 | 30 | 60
            a 速報 on day 0, before the day of discovery | 100 | 1000 | 0 | 30 | 60
            a 確報 before the 速報                       | 100 | 1000 | 5 | 4  | 60
            an improper-purpose period shorter than 30 | 100 | 1000 | 3 | 30 | 29
            """)
    void thresholds_that_make_no_sense_are_refused(String why, int myNumber, int personal, int pre, int fin, int ext) {
        assertThatThrownBy(() -> new Thresholds(myNumber, personal, pre, fin, ext))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_number_of_people_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new PersonalData(true, false, false, -1, false, false, false, false, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("approximatePeople"));
    }

    @Test
    void every_rule_has_its_japanese_reason_in_the_bundle_and_an_english_one() throws IOException {
        Properties ja = bundle("i18n/incident_ja.properties");
        Properties en = bundle("i18n/incident_en.properties");

        assertThat(LAW.rules()).hasSize(8);
        for (ReportingRule rule : LAW.rules()) {
            Object threshold = rule instanceof ReportingRule.MyNumberHeadCount c
                    ? c.above()
                    : rule instanceof ReportingRule.HeadCount h ? h.above() : "";
            assertThat(new MessageFormat(ja.getProperty(rule.messageKey(), "(missing)"), Locale.JAPAN)
                            .format(new Object[] {threshold}))
                    .as(rule.key())
                    .isEqualTo(rule.reason());
            assertThat(en.getProperty(rule.messageKey())).as(rule.key()).isNotBlank();
            assertThat(rule.source()).as(rule.key()).contains("第");
        }
    }

    @Test
    void only_the_improper_purpose_rules_extend_the_final_report_to_sixty_days() {
        assertThat(LAW.rules().stream()
                        .filter(ReportingRule::extendsFinalReport)
                        .map(ReportingRule::key))
                .containsExactlyInAnyOrder("myNumberImproperPurpose", "improperPurpose");
    }

    static Properties bundle(String path) throws IOException {
        var properties = new Properties();
        try (InputStream in = ReportingRulesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keys(List<ReportingRule> rules) {
        return rules.stream().map(ReportingRule::key).toList();
    }

    private static List<String> split(String keys) {
        return keys == null ? List.of() : Arrays.asList(keys.trim().split("\\s+"));
    }
}
