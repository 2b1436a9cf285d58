package jp.mamori.netcheck.model;

import java.util.List;

/**
 * An ordered list of rules evaluated first match wins, with the action taken when none matches
 * (the implicit deny of most firewalls, or a chain's policy).
 *
 * @param device device name
 * @param filter filter, chain, table or ACL name
 * @param rules rules in evaluation order
 * @param defaultAction what happens to traffic no rule matches
 */
public record RuleSet(String device, String filter, List<Rule> rules, Action defaultAction) {
    public RuleSet {
        rules = List.copyOf(rules);
    }
}
