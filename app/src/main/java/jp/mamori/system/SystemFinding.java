package jp.mamori.system;

import java.util.List;

/**
 * Where the facts of the register contradict the policy: which rule, on which system, and the
 * arguments of the rule's message ({@code system.finding.<RULE>} and its {@code .detail}).
 */
public record SystemFinding(String rule, long systemId, String assetNumber, List<String> args) {
    public SystemFinding {
        args = List.copyOf(args);
    }

    public String titleKey() {
        return "system.finding." + rule;
    }

    public String detailKey() {
        return "system.finding." + rule + ".detail";
    }
}
