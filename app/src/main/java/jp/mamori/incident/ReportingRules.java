package jp.mamori.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory reporting rules, all listed here, and how they combine: a report is due when any
 * rule applies and the data was not strongly encrypted.
 */
final class ReportingRules {
    private final Thresholds thresholds;
    private final List<ReportingRule> rules;

    private ReportingRules(Thresholds thresholds, List<ReportingRule> rules) {
        this.thresholds = thresholds;
        this.rules = List.copyOf(rules);
    }

    /** The rules of 番号法 and 個人情報保護法, with the given thresholds and day counts. */
    public static ReportingRules defaults(Thresholds thresholds) {
        return new ReportingRules(
                thresholds,
                List.of(
                        new ReportingRule.MyNumberSystems(),
                        new ReportingRule.MyNumberImproperPurpose(),
                        new ReportingRule.MyNumberOnWeb(),
                        new ReportingRule.MyNumberHeadCount(thresholds.myNumberPeopleAbove()),
                        new ReportingRule.SensitiveData(),
                        new ReportingRule.FinancialHarm(),
                        new ReportingRule.ImproperPurpose(),
                        new ReportingRule.HeadCount(thresholds.personalDataPeopleAbove())));
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
                        ReportDeadlines.daysAfter(discoveredOn, thresholds.preliminaryReportDays()),
                        ReportDeadlines.daysAfter(discoveredOn, finalDays)));
    }
}
