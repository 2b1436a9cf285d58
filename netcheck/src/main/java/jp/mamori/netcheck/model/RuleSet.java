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
public record RuleSet(String device, String filter, List<Rule> rules, Action defaultAction, Checks checks) {
    /**
     * What the analysis asks of a rule set. A device that filters a packet twice on its way (the
     * {@code in} list of the arriving interface, then the {@code out} list of the leaving one)
     * yields the lists as written, checked for their own rules only, and one composed list per
     * interface pair, checked for the zone paths only.
     */
    public enum Checks {
        /** Zone violations and the findings about the rules themselves. */
        ALL,
        /** Only the findings about the rules as written (SHADOWED, REDUNDANT, CORRELATED, UNRESOLVED). */
        RULES,
        /** Only zone violations: the set is a path through the device composed from several lists. */
        PATHS
    }

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** A rule set checked for everything. */
    public RuleSet(String device, String filter, List<Rule> rules, Action defaultAction) {
        this(device, filter, rules, defaultAction, Checks.ALL);
    }
}
