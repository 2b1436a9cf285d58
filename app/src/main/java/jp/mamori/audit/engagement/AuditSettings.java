package jp.mamori.audit.engagement;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit ({@code mamori.audit.*}).
 *
 * @param planApprover who approves the annual audit plan: {@code CISO} (default) or {@code COMMITTEE}
 * @param severities the body's severity levels of a finding, most serious first (default 重大, 要改善, 観察)
 * @param actionDays how many days a finding's corrective action has, from the final report (default 90)
 */
@ConfigurationProperties("mamori.audit")
public record AuditSettings(
        @DefaultValue("CISO") PlanApprover planApprover,
        @DefaultValue({"重大", "要改善", "観察"}) List<String> severities,
        @DefaultValue("90") int actionDays) {
    public AuditSettings {
        severities = severities.stream().map(String::strip).toList();
        if (severities.isEmpty() || severities.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("mamori.audit.severities needs at least one non-blank level");
        }
        if (Set.copyOf(severities).size() != severities.size()
                || severities.stream().anyMatch(s -> s.length() > 40)) {
            throw new IllegalArgumentException("mamori.audit.severities: each level once, at most 40 characters");
        }
        if (actionDays < 1 || actionDays > 730) {
            throw new IllegalArgumentException("mamori.audit.action-days must lie between 1 and 730");
        }
    }
}
