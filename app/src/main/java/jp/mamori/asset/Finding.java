package jp.mamori.asset;

import java.util.List;

/**
 * Something a register rule found on an asset: the rule's code (its name in the message bundle is
 * {@code asset.rule.<code>}), the asset, and the arguments of {@code asset.rule.<code>.detail}.
 */
public record Finding(String rule, String number, String name, long unitId, List<Object> args) {
    public Finding {
        args = List.copyOf(args);
    }

    public String titleKey() {
        return "asset.rule." + rule;
    }

    public String detailKey() {
        return "asset.rule." + rule + ".detail";
    }
}
