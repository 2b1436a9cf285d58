package jp.mamori.incident;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * One reason why a breach must be reported to the 個人情報保護委員会, as the law states it. Each rule
 * knows its legal source and its reason in Japanese (the wording that goes into the report and onto
 * the page; the message bundle holds the same text under {@link #messageKey()}, with an English
 * translation). {@link ReportingRules#defaults(Thresholds)} lists them all in one place.
 *
 * <p>Two laws apply side by side: 番号法 for 特定個人情報 and 個人情報保護法 for personal data in
 * general. 特定個人情報 is personal data too, so a My Number breach is checked against both, and one
 * report answers both. Under 個人情報保護法 the body's {@link Regime} decides the rules: 第26条 with
 * 施行規則 第7条 for a 個人情報取扱事業者 (the records without a prefix), 第68条 with 施行規則 第43条 for
 * 行政機関等 (the {@code Public…} records and {@link OrdinanceSensitiveData}).
 */
public sealed interface ReportingRule
        permits ReportingRule.MyNumberSystems,
                ReportingRule.MyNumberImproperPurpose,
                ReportingRule.MyNumberOnWeb,
                ReportingRule.MyNumberHeadCount,
                ReportingRule.SensitiveData,
                ReportingRule.FinancialHarm,
                ReportingRule.ImproperPurpose,
                ReportingRule.HeadCount,
                ReportingRule.PublicSensitiveData,
                ReportingRule.PublicFinancialHarm,
                ReportingRule.PublicImproperPurpose,
                ReportingRule.PublicHeadCount,
                ReportingRule.OrdinanceSensitiveData {

    /**
     * What a rule is, in one place: its stable key, its reason in Japanese, its provision, whether it
     * gives the 確報 the longer period, and the test of the facts. Each record below names one case
     * and gives its definition; the methods of the interface read it.
     *
     * @param key stable name, used in message keys and the audit trail
     * @param reason the reason in Japanese, as shown to the user and written into the report
     * @param source the provision the rule comes from
     * @param extendsFinalReport the 確報 gets the longer period (the improper-purpose cases)
     * @param test true when the facts make the breach reportable (encryption aside)
     */
    record Definition(
            String key, String reason, String source, boolean extendsFinalReport, Predicate<PersonalData> test) {

        /** 番号法 第29条の4第1項 with 特定個人情報の漏えい等に関する報告等に関する規則 第2条, up to the item number. */
        static final String MY_NUMBER_ACT = "番号法第29条の4第1項、特定個人情報漏えい等報告規則第2条第";

        /** 個人情報保護法 第26条第1項 with 施行規則 第7条 (個人情報取扱事業者), up to the item number. */
        static final String BUSINESS_RULES = "個人情報保護法第26条第1項、同法施行規則第7条第";

        /** 個人情報保護法 第68条第1項 with 施行規則 第43条 (行政機関等), up to the item number. */
        static final String PUBLIC_BODY_RULES = "個人情報保護法第68条第1項、同法施行規則第43条第";

        static Definition of(String key, String reason, String source, Predicate<PersonalData> test) {
            return new Definition(key, reason, source, false, test);
        }

        /** The same rule, with the 60-day 確報 of the improper-purpose cases. */
        Definition withLongerFinalReport() {
            return new Definition(key, reason, source, true, test);
        }
    }

    /** The rule's definition (key, reason, provision, test). */
    Definition definition();

    /** True when the facts make the breach reportable under this rule (encryption aside). */
    default boolean appliesTo(PersonalData facts) {
        return definition().test().test(facts);
    }

    /** Stable name of the rule, used in message keys and the audit trail. */
    default String key() {
        return definition().key();
    }

    /** The reason, in Japanese, as shown to the user and written into the report. */
    default String reason() {
        return definition().reason();
    }

    /** The provision the rule comes from. */
    default String source() {
        return definition().source();
    }

    default String messageKey() {
        return "incident.rule." + key();
    }

    /**
     * True when the 確報 period is the longer one (60 days): the law gives it to the improper-purpose
     * cases, because finding out what an attacker took takes longer.
     */
    default boolean extendsFinalReport() {
        return definition().extendsFinalReport();
    }

    /**
     * True when strong encryption (with the key kept safe) takes the case out of the duty to report.
     * Both laws state the exemption for every case they list, so every rule answers true; it is a
     * method of its own so that a reading of the law that differs for one case changes one rule.
     */
    default boolean waivedByStrongEncryption() {
        return true;
    }

    /** A head count as the law writes it, with a thousands separator: 1,000. */
    private static String people(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** 特定個人情報 held in a My Number work system or the information provision network. */
    record MyNumberSystems() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "myNumberSystems",
                "個人番号利用事務を処理する情報システム又は情報提供ネットワークシステムに記録された特定個人情報の漏えい等のおそれがあるため",
                Definition.MY_NUMBER_ACT + "1号",
                f -> f.myNumber() && f.myNumberSystemsInvolved());

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** 特定個人情報 leaked, perhaps for an improper purpose: reportable whatever the head count. */
    record MyNumberImproperPurpose() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                        "myNumberImproperPurpose",
                        "不正の目的をもって行われたおそれがある特定個人情報の漏えい等であるため",
                        Definition.MY_NUMBER_ACT + "2号",
                        f -> f.myNumber() && f.improperPurposeSuspected())
                .withLongerFinalReport();

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** 特定個人情報 that anyone could view electronically, e.g. on a public web page. */
    record MyNumberOnWeb() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "myNumberOnWeb",
                "特定個人情報が不特定多数の者に電磁的方法で閲覧されるおそれがある状態に置かれたため",
                Definition.MY_NUMBER_ACT + "3号",
                f -> f.myNumber() && f.exposedOnWeb());

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** 特定個人情報 about more than {@code above} people (100 by law). */
    record MyNumberHeadCount(int above) implements ReportingRule {
        @Override
        public Definition definition() {
            return Definition.of(
                    "myNumberHeadCount",
                    "漏えい等のおそれがある特定個人情報の本人の数が" + people(above) + "人を超えるため",
                    Definition.MY_NUMBER_ACT + "4号",
                    f -> f.myNumber() && f.approximatePeople() > above);
        }
    }

    /** 要配慮個人情報: reportable even for one person. */
    record SensitiveData() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "sensitiveData",
                "要配慮個人情報の漏えい等が発生し、又は発生したおそれがあるため",
                Definition.BUSINESS_RULES + "1号",
                PersonalData::sensitive);

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** Personal data whose misuse could cause financial loss: reportable even for one person. */
    record FinancialHarm() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "financialHarm",
                "不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等であるため",
                Definition.BUSINESS_RULES + "2号",
                f -> f.anyPersonalInformation() && f.possibleFinancialHarm());

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** Personal data leaked, perhaps for an improper purpose: reportable even for one person. */
    record ImproperPurpose() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                        "improperPurpose",
                        "不正の目的をもって行われたおそれがある個人データの漏えい等であるため（本人が1人でも対象）",
                        Definition.BUSINESS_RULES + "3号",
                        f -> f.anyPersonalInformation() && f.improperPurposeSuspected())
                .withLongerFinalReport();

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** Personal data about more than {@code above} people (1,000 by law). */
    record HeadCount(int above) implements ReportingRule {
        @Override
        public Definition definition() {
            return Definition.of(
                    "headCount",
                    "漏えい等のおそれがある個人データの本人の数が" + people(above) + "人を超えるため",
                    Definition.BUSINESS_RULES + "4号",
                    f -> f.anyPersonalInformation() && f.approximatePeople() > above);
        }
    }

    /** 行政機関等: 保有個人情報 including 要配慮個人情報, even one person (施行規則 第43条第1号). */
    record PublicSensitiveData() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "publicSensitiveData",
                "要配慮個人情報を含む保有個人情報の漏えい等が発生し、又は発生したおそれがあるため",
                Definition.PUBLIC_BODY_RULES + "1号",
                PersonalData::sensitive);

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** 行政機関等: 保有個人情報 whose misuse could cause financial loss, even one person (第43条第2号). */
    record PublicFinancialHarm() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "publicFinancialHarm",
                "不正に利用されると財産的被害が生じるおそれがある保有個人情報の漏えい等であるため",
                Definition.PUBLIC_BODY_RULES + "2号",
                f -> f.anyPersonalInformation() && f.possibleFinancialHarm());

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /**
     * 行政機関等: 保有個人情報 leaked through an act against the body perhaps done for an improper
     * purpose, even one person (第43条第3号); the 確報 gets 60 days (第44条第2項).
     */
    record PublicImproperPurpose() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                        "publicImproperPurpose",
                        "行政機関等に対し不正の目的で行われたおそれがある行為による保有個人情報の漏えい等であるため（本人が1人でも対象）",
                        Definition.PUBLIC_BODY_RULES + "3号",
                        f -> f.anyPersonalInformation() && f.improperPurposeSuspected())
                .withLongerFinalReport();

        @Override
        public Definition definition() {
            return RULE;
        }
    }

    /** 行政機関等: 保有個人情報 about more than {@code above} people (100 by law, 第43条第4号). */
    record PublicHeadCount(int above) implements ReportingRule {
        @Override
        public Definition definition() {
            return Definition.of(
                    "publicHeadCount",
                    "漏えい等のおそれがある保有個人情報の本人の数が" + people(above) + "人を超えるため",
                    Definition.PUBLIC_BODY_RULES + "4号",
                    f -> f.anyPersonalInformation() && f.approximatePeople() > above);
        }
    }

    /**
     * 行政機関等 of a local public body: 保有個人情報 including 条例要配慮個人情報 (法 第60条第5項), even
     * one person — a case of its own (第43条第5号), not one of the 要配慮 case.
     */
    record OrdinanceSensitiveData() implements ReportingRule {
        private static final Definition RULE = Definition.of(
                "ordinanceSensitiveData",
                "条例要配慮個人情報を含む保有個人情報の漏えい等が発生し、又は発生したおそれがあるため",
                Definition.PUBLIC_BODY_RULES + "5号",
                PersonalData::ordinanceSensitiveInvolved);

        @Override
        public Definition definition() {
            return RULE;
        }
    }
}
