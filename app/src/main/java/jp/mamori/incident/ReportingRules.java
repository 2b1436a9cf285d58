package jp.mamori.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory reporting rules, all listed here, and how they combine: a report is due when any
 * rule applies and the data was not strongly encrypted.
 */
final class ReportingRules {
    private final Regime regime;
    private final Thresholds thresholds;
    private final List<ReportingRule> rules;

    private ReportingRules(Regime regime, Thresholds thresholds, List<ReportingRule> rules) {
        this.regime = regime;
        this.thresholds = thresholds;
        this.rules = List.copyOf(rules);
    }

    /** The rules for a 個人情報取扱事業者 (番号法 and 個人情報保護法 第26条). */
    public static ReportingRules defaults(Thresholds thresholds) {
        return forRegime(Regime.BUSINESS, thresholds);
    }

    /**
     * The rules of 番号法 (under both regimes) and of 個人情報保護法 for the body's regime: 第26条 with
     * 施行規則 第7条 for a 個人情報取扱事業者, 第68条 with 施行規則 第43条 for 行政機関等.
     */
    public static ReportingRules forRegime(Regime regime, Thresholds thresholds) {
        List<ReportingRule> myNumber = List.of(
                new ReportingRule.MyNumberSystems(),
                new ReportingRule.MyNumberImproperPurpose(),
                new ReportingRule.MyNumberOnWeb(),
                new ReportingRule.MyNumberHeadCount(thresholds.myNumberPeopleAbove()));
        List<ReportingRule> personal = switch (regime) {
            case BUSINESS ->
                List.of(
                        new ReportingRule.SensitiveData(),
                        new ReportingRule.FinancialHarm(),
                        new ReportingRule.ImproperPurpose(),
                        new ReportingRule.HeadCount(thresholds.personalDataPeopleAbove()));
            case PUBLIC_BODY ->
                List.of(
                        new ReportingRule.PublicSensitiveData(),
                        new ReportingRule.PublicFinancialHarm(),
                        new ReportingRule.PublicImproperPurpose(),
                        new ReportingRule.PublicHeadCount(thresholds.publicBodyPeopleAbove()),
                        new ReportingRule.OrdinanceSensitiveData());
        };
        var all = new java.util.ArrayList<ReportingRule>(myNumber);
        all.addAll(personal);
        return new ReportingRules(regime, thresholds, all);
    }

    public Regime regime() {
        return regime;
    }

    public List<ReportingRule> rules() {
        return rules;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Applies every rule to the facts; the deadlines count from the day of discovery. */
    public ReportingDecision decide(PersonalData facts, LocalDate discoveredOn) {
        List<ReportingRule> applying =
                rules.stream().filter(rule -> rule.appliesTo(facts)).toList();
        List<ReportingRule> waived = facts.stronglyEncrypted()
                ? applying.stream()
                        .filter(ReportingRule::waivedByStrongEncryption)
                        .toList()
                : List.of();
        List<ReportingRule> due =
                applying.stream().filter(rule -> !waived.contains(rule)).toList();
        if (due.isEmpty()) {
            return new ReportingDecision(List.of(), waived, null);
        }
        int finalDays = due.stream().anyMatch(ReportingRule::extendsFinalReport)
                ? thresholds.finalReportDaysImproperPurpose()
                : thresholds.finalReportDays();
        return new ReportingDecision(
                due,
                waived,
                new ReportDeadlines(
                        discoveredOn,
                        ReportDeadlines.day(discoveredOn, thresholds.preliminaryReportDays()),
                        ReportDeadlines.day(discoveredOn, finalDays)));
    }
}
