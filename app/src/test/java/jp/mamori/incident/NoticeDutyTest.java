package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import jp.mamori.incident.PeopleNotice.Item;
import jp.mamori.incident.PeopleNotice.Measure;
import jp.mamori.incident.PeopleNotice.Method;
import jp.mamori.incident.PeopleNotice.Way;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 本人への通知 under both regimes, from the provisions: 法 第26条第2項 and 施行規則 第10条 for a
 * 個人情報取扱事業者; 法 第68条第2項 (with its own 第2号, 不開示情報) and 施行規則 第45条 for 行政機関等;
 * 番号法 第29条の4第2項 added for 特定個人情報.
 */
class NoticeDutyTest {
    static final LocalDate DISCOVERED = LocalDate.of(2026, 4, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    static final Set<Item> ALL = EnumSet.allOf(Item.class);

    static Stream<Arguments> provisions() {
        return Stream.of(
                Arguments.of(Regime.PUBLIC_BODY, false, "個人情報保護法第68条第2項、施行規則第45条"),
                Arguments.of(Regime.PUBLIC_BODY, true, "個人情報保護法第68条第2項、施行規則第45条、番号法第29条の4第2項"),
                Arguments.of(Regime.BUSINESS, false, "個人情報保護法第26条第2項、施行規則第10条"),
                Arguments.of(Regime.BUSINESS, true, "個人情報保護法第26条第2項、施行規則第10条、番号法第29条の4第2項"));
    }

    @ParameterizedTest(name = "{0}, 特定個人情報 {1}: {2}")
    @MethodSource("provisions")
    void each_regime_cites_its_own_provisions(Regime regime, boolean myNumber, String expected) {
        var data = new PersonalData(true, false, myNumber, 10, false, false, false, false, false, false);
        assertThat(NoticeDuty.of(regime).provision(data)).isEqualTo(expected);
    }

    static Stream<Arguments> ways() {
        return Stream.of(
                Arguments.of(Regime.PUBLIC_BODY, Way.NOTIFIED, true, "法第68条第2項本文"),
                Arguments.of(Regime.PUBLIC_BODY, Way.ALTERNATIVE, true, "法第68条第2項第1号"),
                Arguments.of(Regime.PUBLIC_BODY, Way.WITHHELD_NON_DISCLOSURE, true, "法第68条第2項第2号（第78条第1項各号）"),
                Arguments.of(Regime.BUSINESS, Way.NOTIFIED, true, "法第26条第2項本文"),
                Arguments.of(Regime.BUSINESS, Way.ALTERNATIVE, true, "法第26条第2項ただし書"),
                Arguments.of(Regime.BUSINESS, Way.WITHHELD_NON_DISCLOSURE, false, null));
    }

    @ParameterizedTest(name = "{0} {1}: allowed {2}")
    @MethodSource("ways")
    void the_non_disclosure_exception_exists_only_for_public_bodies(
            Regime regime, Way way, boolean allowed, @Nullable String provision) {
        NoticeDuty duty = NoticeDuty.of(regime);
        assertThat(duty.ways().contains(way)).isEqualTo(allowed);
        if (allowed) {
            assertThat(duty.provision(way)).isEqualTo(provision);
        }
        var check = assertThatCode(() -> duty.check(
                way,
                DISCOVERED.plusDays(2),
                way == Way.NOTIFIED ? Method.POST : null,
                120,
                way == Way.NOTIFIED ? ALL : Set.of(),
                way == Way.NOTIFIED ? "" : "住所が不明の本人がいるため",
                way == Way.ALTERNATIVE ? Measure.PUBLICATION : null,
                way == Way.ALTERNATIVE ? "ホームページに掲載" : "",
                DISCOVERED,
                TODAY));
        if (allowed) {
            check.doesNotThrowAnyException();
        } else {
            check.isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e)
                                    .problems()
                                    .get(0)
                                    .messageKey())
                            .isEqualTo("incident.notice.error.wayNotInRegime"));
        }
    }

    static Stream<Arguments> incomplete() {
        return Stream.of(
                // told: how, how many (at least one), and at least the overview
                Arguments.of(Way.NOTIFIED, null, 120, ALL, "", null, "", "method", "incident.notice.error.method"),
                Arguments.of(
                        Way.NOTIFIED, Method.EMAIL, 0, ALL, "", null, "", "people", "incident.notice.error.people"),
                Arguments.of(
                        Way.NOTIFIED,
                        Method.EMAIL,
                        3,
                        EnumSet.of(Item.CAUSE),
                        "",
                        null,
                        "",
                        "items",
                        "incident.notice.error.overview"),
                // another measure: why, which, and what exactly
                Arguments.of(
                        Way.ALTERNATIVE,
                        null,
                        0,
                        Set.of(),
                        "",
                        Measure.PUBLICATION,
                        "掲載",
                        "whyNot",
                        "incident.notice.error.whyNot"),
                Arguments.of(
                        Way.ALTERNATIVE,
                        null,
                        0,
                        Set.of(),
                        "連絡先不明",
                        null,
                        "掲載",
                        "measure",
                        "incident.notice.error.measure"),
                Arguments.of(
                        Way.ALTERNATIVE,
                        null,
                        0,
                        Set.of(),
                        "連絡先不明",
                        Measure.CONTACT_POINT,
                        "",
                        "measureText",
                        "incident.notice.error.measureText"),
                // withheld: the non-disclosable information named
                Arguments.of(
                        Way.WITHHELD_NON_DISCLOSURE,
                        null,
                        0,
                        Set.of(),
                        "",
                        null,
                        "",
                        "whyNot",
                        "incident.notice.error.nonDisclosure"));
    }

    @ParameterizedTest(name = "{0} without {7}")
    @MethodSource("incomplete")
    void an_incomplete_record_names_the_missing_field(
            Way way,
            @Nullable Method method,
            int people,
            Set<Item> items,
            String whyNot,
            @Nullable Measure measure,
            String measureText,
            String field,
            String key) {
        assertThatThrownBy(() -> NoticeDuty.of(Regime.PUBLIC_BODY)
                        .check(way, DISCOVERED, method, people, items, whyNot, measure, measureText, DISCOVERED, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void the_day_lies_between_the_discovery_and_today() {
        NoticeDuty duty = NoticeDuty.of(Regime.BUSINESS);
        assertThatCode(() -> duty.check(Way.NOTIFIED, DISCOVERED, Method.POST, 1, ALL, "", null, "", DISCOVERED, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> duty.check(Way.NOTIFIED, TODAY, Method.POST, 1, ALL, "", null, "", DISCOVERED, TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> duty.check(
                        Way.NOTIFIED, DISCOVERED.minusDays(1), Method.POST, 1, ALL, "", null, "", DISCOVERED, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("incident.notice.error.beforeDiscovery"));
        assertThatThrownBy(() -> duty.check(
                        Way.NOTIFIED, TODAY.plusDays(1), Method.POST, 1, ALL, "", null, "", DISCOVERED, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("incident.notice.error.future"));
    }

    static Stream<Arguments> myNumberAct() {
        return Stream.of(
                // 番号法 第29条の4第2項 has only the exception for a notice that is difficult: when a case of
                // 報告規則 第2条 makes the report due, 不開示情報 does not excuse the notice (法 第68条第2項第2号
                // stays for breaches reportable under 個人情報保護法 alone)
                Arguments.of(Regime.PUBLIC_BODY, false, Way.WITHHELD_NON_DISCLOSURE, null),
                Arguments.of(
                        Regime.PUBLIC_BODY,
                        true,
                        Way.WITHHELD_NON_DISCLOSURE,
                        "incident.notice.error.myNumberNoWithholding"),
                Arguments.of(Regime.PUBLIC_BODY, true, Way.ALTERNATIVE, null),
                Arguments.of(Regime.PUBLIC_BODY, true, Way.NOTIFIED, null),
                Arguments.of(Regime.BUSINESS, true, Way.ALTERNATIVE, null),
                Arguments.of(Regime.BUSINESS, true, Way.NOTIFIED, null),
                Arguments.of(
                        Regime.BUSINESS, true, Way.WITHHELD_NON_DISCLOSURE, "incident.notice.error.wayNotInRegime"));
    }

    @ParameterizedTest(name = "{0}, 番号法の報告 {1}, {2}: {3}")
    @MethodSource("myNumberAct")
    void a_breach_reportable_under_the_my_number_act_is_never_withheld_for_non_disclosure(
            Regime regime, boolean myNumberDuty, Way way, @Nullable String error) {
        NoticeDuty duty = NoticeDuty.of(regime);
        assertThat(duty.ways(myNumberDuty).contains(way)).isEqualTo(error == null);
        var check = assertThatCode(() -> duty.check(
                way,
                DISCOVERED.plusDays(2),
                way == Way.NOTIFIED ? Method.POST : null,
                120,
                way == Way.NOTIFIED ? ALL : Set.of(),
                way == Way.NOTIFIED ? "" : "第78条第1項第2号の情報を含むため",
                way == Way.ALTERNATIVE ? Measure.PUBLICATION : null,
                way == Way.ALTERNATIVE ? "ホームページに掲載" : "",
                DISCOVERED,
                TODAY,
                myNumberDuty));
        if (error == null) {
            check.doesNotThrowAnyException();
        } else {
            check.isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidInputException) e).problems().get(0))
                            .satisfies(p -> {
                                assertThat(p.field()).isEqualTo("way");
                                assertThat(p.messageKey()).isEqualTo(error);
                            }));
        }
    }

    @Test
    void a_decision_knows_when_the_my_number_act_makes_the_report_due() {
        ReportingRules rules = ReportingRules.forRegime(Regime.PUBLIC_BODY, Thresholds.defaults());
        var myNumber101 = new PersonalData(true, false, true, 101, false, false, false, false, false, false);
        var sensitiveMyNumber5 = new PersonalData(true, true, true, 5, false, false, false, false, false, false);

        assertThat(rules.decide(myNumber101, DISCOVERED).dueUnderMyNumberAct()).isTrue();
        assertThat(rules.decide(sensitiveMyNumber5, DISCOVERED).dueUnderMyNumberAct())
                .isFalse();
        assertThat(rules.decide(sensitiveMyNumber5, DISCOVERED).reportDue()).isTrue();
    }
}
