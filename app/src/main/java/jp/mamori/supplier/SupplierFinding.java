package jp.mamori.supplier;

import java.util.List;

/**
 * Where a contractor, a cloud service or an SNS account breaks the policy: the rule, the measure of the
 * control catalogue it concerns, and the facts for the message ({@code sup.finding.<rule>.title} and
 * {@code .detail}).
 *
 * @param subject what it is about, as shown in lists (a contract title, a service name, an account)
 * @param link the page of the subject
 */
public record SupplierFinding(String rule, String measureId, String subject, String link, List<Object> args) {
    public SupplierFinding {
        args = List.copyOf(args);
    }

    public String titleKey() {
        return "sup.finding." + rule + ".title";
    }

    public String detailKey() {
        return "sup.finding." + rule + ".detail";
    }
}
