package jp.mamori.incident;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a breach must be reported to the 個人情報保護委員会 (and the people affected told), why,
 * and by when.
 *
 * @param reasons every rule that makes the report due; empty when none is due
 * @param waivedByEncryption the rules that would apply but for strong encryption, so the page can say
 *     "not due because the data was strongly encrypted" instead of a bare "not due"
 * @param deadlines the due dates, present exactly when a report is due
 */
public record ReportingDecision(
        List<ReportingRule> reasons,
        List<ReportingRule> waivedByEncryption,
        @Nullable ReportDeadlines deadlines) {

    public ReportingDecision {
        reasons = List.copyOf(reasons);
        waivedByEncryption = List.copyOf(waivedByEncryption);
        if (reasons.isEmpty() != (deadlines == null)) {
            throw new IllegalArgumentException("deadlines belong to a due report, and only to one");
        }
    }

    /** True when a 速報 and a 確報 to the 個人情報保護委員会 are due. */
    public boolean reportDue() {
        return !reasons.isEmpty();
    }

    /**
     * True when a case of 番号法 (報告規則 第2条) is among the reasons: 番号法 第29条の4 then puts its own
     * duties on the body, whose notice to the persons concerned (第2項) has no exception but the one
     * for a notice that is difficult.
     */
    public boolean dueUnderMyNumberAct() {
        return reasons.stream()
                .anyMatch(r -> r instanceof ReportingRule.MyNumberSystems
                        || r instanceof ReportingRule.MyNumberImproperPurpose
                        || r instanceof ReportingRule.MyNumberOnWeb
                        || r instanceof ReportingRule.MyNumberHeadCount);
    }

    /** The people affected must be told (without delay) whenever a report is due. */
    public boolean notifyPeople() {
        return reportDue();
    }
}
