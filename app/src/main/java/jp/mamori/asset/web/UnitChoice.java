package jp.mamori.asset.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.UnitSummary;
import org.jspecify.annotations.Nullable;

/** A unit in a select box: indented by depth, parents before children. */
record UnitChoice(long id, String name, int depth) {
    public String label() {
        return "\u3000".repeat(depth) + name;
    }

    /** The units (already parents-first) as choices, only those in {@code allowed} (null: all). */
    static List<UnitChoice> of(List<UnitSummary> units, @Nullable Set<Long> allowed) {
        Map<Long, Integer> depth = new HashMap<>();
        List<UnitChoice> choices = new ArrayList<>();
        for (UnitSummary u : units) {
            int d = u.parentId() == null ? 0 : depth.getOrDefault(u.parentId(), -1) + 1;
            depth.put(u.id(), d);
            if (allowed == null || allowed.contains(u.id())) {
                choices.add(new UnitChoice(u.id(), u.name(), d));
            }
        }
        return choices;
    }
}
