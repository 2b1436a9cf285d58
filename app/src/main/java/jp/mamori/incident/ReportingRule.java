package jp.mamori.incident;

import java.util.Locale;

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

    /** True when the facts make the breach reportable under this rule (encryption aside). */
    boolean appliesTo(PersonalData facts);

    /** Stable name of the rule, used in message keys and the audit trail. */
    String key();

    /** The reason, in Japanese, as shown to the user and written into the report. */
    String reason();

    /** The provision the rule comes from. */
    String source();

    default String messageKey() {
        return "incident.rule." + key();
    }

    /**
     * True when the 確報 period is the longer one (60 days): the law gives it to the improper-purpose
     * cases, because finding out what an attacker took takes longer.
     */
    default boolean extendsFinalReport() {
        return false;
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
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.myNumber() && facts.myNumberSystemsInvolved();
        }

        @Override
        public String key() {
            return "myNumberSystems";
        }

        @Override
        public String reason() {
            return "個人番号利用事務を処理する情報システム又は情報提供ネットワークシステムに記録された特定個人情報の漏えい等のおそれがあるため";
        }

        @Override
        public String source() {
            return "番号法第29条の4第1項、特定個人情報漏えい等報告規則第2条第1号";
        }
    }

    /** 特定個人情報 leaked, perhaps for an improper purpose: reportable whatever the head count. */
    record MyNumberImproperPurpose() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.myNumber() && facts.improperPurposeSuspected();
        }

        @Override
        public String key() {
            return "myNumberImproperPurpose";
        }

        @Override
        public String reason() {
            return "不正の目的をもって行われたおそれがある特定個人情報の漏えい等であるため";
        }

        @Override
        public String source() {
            return "番号法第29条の4第1項、特定個人情報漏えい等報告規則第2条第2号";
        }

        @Override
        public boolean extendsFinalReport() {
            return true;
        }
    }

    /** 特定個人情報 that anyone could view electronically, e.g. on a public web page. */
    record MyNumberOnWeb() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.myNumber() && facts.exposedOnWeb();
        }

        @Override
        public String key() {
            return "myNumberOnWeb";
        }

        @Override
        public String reason() {
            return "特定個人情報が不特定多数の者に電磁的方法で閲覧されるおそれがある状態に置かれたため";
        }

        @Override
        public String source() {
            return "番号法第29条の4第1項、特定個人情報漏えい等報告規則第2条第3号";
        }
    }

    /** 特定個人情報 about more than {@code above} people (100 by law). */
    record MyNumberHeadCount(int above) implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.myNumber() && facts.approximatePeople() > above;
        }

        @Override
        public String key() {
            return "myNumberHeadCount";
        }

        @Override
        public String reason() {
            return "漏えい等のおそれがある特定個人情報の本人の数が" + people(above) + "人を超えるため";
        }

        @Override
        public String source() {
            return "番号法第29条の4第1項、特定個人情報漏えい等報告規則第2条第4号";
        }
    }

    /** 要配慮個人情報: reportable even for one person. */
    record SensitiveData() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.sensitive();
        }

        @Override
        public String key() {
            return "sensitiveData";
        }

        @Override
        public String reason() {
            return "要配慮個人情報の漏えい等が発生し、又は発生したおそれがあるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第26条第1項、同法施行規則第7条第1号";
        }
    }

    /** Personal data whose misuse could cause financial loss: reportable even for one person. */
    record FinancialHarm() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.anyPersonalInformation() && facts.possibleFinancialHarm();
        }

        @Override
        public String key() {
            return "financialHarm";
        }

        @Override
        public String reason() {
            return "不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等であるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第26条第1項、同法施行規則第7条第2号";
        }
    }

    /** Personal data leaked, perhaps for an improper purpose: reportable even for one person. */
    record ImproperPurpose() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.anyPersonalInformation() && facts.improperPurposeSuspected();
        }

        @Override
        public String key() {
            return "improperPurpose";
        }

        @Override
        public String reason() {
            return "不正の目的をもって行われたおそれがある個人データの漏えい等であるため（本人が1人でも対象）";
        }

        @Override
        public String source() {
            return "個人情報保護法第26条第1項、同法施行規則第7条第3号";
        }

        @Override
        public boolean extendsFinalReport() {
            return true;
        }
    }

    /** Personal data about more than {@code above} people (1,000 by law). */
    record HeadCount(int above) implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.anyPersonalInformation() && facts.approximatePeople() > above;
        }

        @Override
        public String key() {
            return "headCount";
        }

        @Override
        public String reason() {
            return "漏えい等のおそれがある個人データの本人の数が" + people(above) + "人を超えるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第26条第1項、同法施行規則第7条第4号";
        }
    }

    /** 行政機関等: 保有個人情報 including 要配慮個人情報, even one person (施行規則 第43条第1号). */
    record PublicSensitiveData() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.sensitive();
        }

        @Override
        public String key() {
            return "publicSensitiveData";
        }

        @Override
        public String reason() {
            return "要配慮個人情報を含む保有個人情報の漏えい等が発生し、又は発生したおそれがあるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第68条第1項、同法施行規則第43条第1号";
        }
    }

    /** 行政機関等: 保有個人情報 whose misuse could cause financial loss, even one person (第43条第2号). */
    record PublicFinancialHarm() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.anyPersonalInformation() && facts.possibleFinancialHarm();
        }

        @Override
        public String key() {
            return "publicFinancialHarm";
        }

        @Override
        public String reason() {
            return "不正に利用されると財産的被害が生じるおそれがある保有個人情報の漏えい等であるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第68条第1項、同法施行規則第43条第2号";
        }
    }

    /**
     * 行政機関等: 保有個人情報 leaked through an act against the body perhaps done for an improper
     * purpose, even one person (第43条第3号); the 確報 gets 60 days (第44条第2項).
     */
    record PublicImproperPurpose() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.anyPersonalInformation() && facts.improperPurposeSuspected();
        }

        @Override
        public String key() {
            return "publicImproperPurpose";
        }

        @Override
        public String reason() {
            return "行政機関等に対し不正の目的で行われたおそれがある行為による保有個人情報の漏えい等であるため（本人が1人でも対象）";
        }

        @Override
        public String source() {
            return "個人情報保護法第68条第1項、同法施行規則第43条第3号";
        }

        @Override
        public boolean extendsFinalReport() {
            return true;
        }
    }

    /** 行政機関等: 保有個人情報 about more than {@code above} people (100 by law, 第43条第4号). */
    record PublicHeadCount(int above) implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.anyPersonalInformation() && facts.approximatePeople() > above;
        }

        @Override
        public String key() {
            return "publicHeadCount";
        }

        @Override
        public String reason() {
            return "漏えい等のおそれがある保有個人情報の本人の数が" + people(above) + "人を超えるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第68条第1項、同法施行規則第43条第4号";
        }
    }

    /**
     * 行政機関等 of a local public body: 保有個人情報 including 条例要配慮個人情報 (法 第60条第5項), even
     * one person — a case of its own (第43条第5号), not one of the 要配慮 case.
     */
    record OrdinanceSensitiveData() implements ReportingRule {
        @Override
        public boolean appliesTo(PersonalData facts) {
            return facts.ordinanceSensitiveInvolved();
        }

        @Override
        public String key() {
            return "ordinanceSensitiveData";
        }

        @Override
        public String reason() {
            return "条例要配慮個人情報を含む保有個人情報の漏えい等が発生し、又は発生したおそれがあるため";
        }

        @Override
        public String source() {
            return "個人情報保護法第68条第1項、同法施行規則第43条第5号";
        }
    }
}
