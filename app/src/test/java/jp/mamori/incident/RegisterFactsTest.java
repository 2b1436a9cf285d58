package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.asset.AssetPersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The personal-data facts a breach report suggests from the register entries of the picked assets:
 * what the register holds is added, nothing the officer ticked is taken away, and under each regime
 * the suggestion leads to the decision the provisions give (100 / 1,000 people, 要配慮 from one person).
 */
class RegisterFactsTest {
    static final LocalDate DISCOVERED = LocalDate.of(2026, 4, 10);

    /** One asset per code: P personal, S 要配慮, M 特定個人情報, Z in the マイナンバー系 zone, then the count (- none). */
    private static List<AssetPersonalData> assets(String spec) {
        List<AssetPersonalData> list = new ArrayList<>();
        if (spec == null) {
            return list;
        }
        int n = 1;
        for (String one : spec.trim().split("\\s+")) {
            String[] parts = one.split(":");
            String flags = parts[0];
            Integer count = parts.length > 1 && !parts[1].equals("-") ? Integer.valueOf(parts[1]) : null;
            list.add(new AssetPersonalData(
                    "IA-00000" + n,
                    "資産" + n++,
                    flags.contains("P"),
                    flags.contains("S"),
                    flags.contains("M"),
                    count,
                    flags.contains("Z")));
        }
        return list;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            # regime   | case                                              | assets        | 人数(今) | 個人  | 要配慮 | 特定  | 番号系 | 人数  | due
            PUBLIC_BODY | no asset picked suggests nothing                  | ~             | 0       | false | false | false | false | 0     | false
            PUBLIC_BODY | 150 records of personal data: due (more than 100) | P:150         | 0       | true  | false | false | false | 150   | true
            BUSINESS    | 150 records of personal data: not due (1,000)     | P:150         | 0       | true  | false | false | false | 150   | false
            PUBLIC_BODY | 100 records: not due                              | P:60 P:40     | 0       | true  | false | false | false | 100   | false
            PUBLIC_BODY | 101 records over two assets: due                  | P:60 P:41     | 0       | true  | false | false | false | 101   | true
            BUSINESS    | 1,001 records over two assets: due                | P:1000 P:1    | 0       | true  | false | false | false | 1001  | true
            BUSINESS    | one asset's 要配慮 information: due from one person | PS:-         | 0       | true  | true  | false | false | 0     | true
            PUBLIC_BODY | 要配慮 information without a count: due             | PS:-         | 0       | true  | true  | false | false | 0     | true
            PUBLIC_BODY | My Number data in the My Number zone              | PMZ:20        | 0       | true  | false | true  | true  | 20    | true
            BUSINESS    | My Number data outside the zone: no system case   | PM:20         | 0       | true  | false | true  | false | 20    | false
            PUBLIC_BODY | a count already given is kept (the officer's)     | P:5000        | 30      | true  | false | false | false | 30    | false
            PUBLIC_BODY | an asset without personal data adds nothing       | Z:900         | 0       | false | false | false | false | 0     | false
            """)
    void the_register_suggests_the_facts_and_each_regime_decides_on_them(
            Regime regime,
            String description,
            String spec,
            int peopleNow,
            boolean personal,
            boolean sensitive,
            boolean myNumber,
            boolean myNumberSystems,
            int people,
            boolean due) {
        PersonalData current = new PersonalData(false, false, false, peopleNow, false, false, false, false, false);

        PersonalData suggested = new RegisterFacts(assets(spec)).suggest(current);

        assertThat(suggested.personalInformation()).as("個人情報").isEqualTo(personal);
        assertThat(suggested.sensitive()).as("要配慮").isEqualTo(sensitive);
        assertThat(suggested.myNumber()).as("特定個人情報").isEqualTo(myNumber);
        assertThat(suggested.myNumberSystemsInvolved()).as("番号利用事務系").isEqualTo(myNumberSystems);
        assertThat(suggested.approximatePeople()).as("人数").isEqualTo(people);
        assertThat(suggested.stronglyEncrypted())
                .as("the register holds no encryption")
                .isFalse();
        assertThat(ReportingRules.forRegime(regime, Thresholds.defaults())
                        .decide(suggested, DISCOVERED)
                        .reportDue())
                .as("report due under " + regime)
                .isEqualTo(due);
    }

    @Test
    void a_suggestion_never_takes_away_what_the_officer_ticked() {
        PersonalData ticked = new PersonalData(true, true, true, 12, true, true, true, true, true, true);

        PersonalData suggested = new RegisterFacts(assets("P:900")).suggest(ticked);

        assertThat(suggested).isEqualTo(ticked);
    }

    @Test
    void the_overridden_fields_are_named_for_the_audit_trail() {
        PersonalData suggested = new RegisterFacts(assets("PS:150")).suggest(PersonalData.none());
        PersonalData chosen = new PersonalData(true, false, false, 40, false, false, false, false, false);

        assertThat(RegisterFacts.overridden(suggested, chosen)).containsExactly("sensitive", "approximatePeople");
        assertThat(RegisterFacts.overridden(suggested, suggested)).isEmpty();
    }

    @Test
    void the_sources_name_the_assets_behind_each_fact() {
        RegisterFacts facts = new RegisterFacts(assets("P:10 PS:- PMZ:5"));

        assertThat(facts.personal()).containsExactly("IA-000001", "IA-000002", "IA-000003");
        assertThat(facts.sensitive()).containsExactly("IA-000002");
        assertThat(facts.myNumberSystems()).containsExactly("IA-000003");
        assertThat(facts.records()).isEqualTo(15);
        assertThat(new RegisterFacts(assets("PS:-")).records()).isNull();
    }
}
