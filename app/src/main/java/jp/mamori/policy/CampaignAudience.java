package jp.mamori.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;

/**
 * Who an acknowledgement campaign asks to confirm: all staff, the people of named units (and of
 * every unit below them), or the people of named employment categories (雇用区分). Always only
 * people in post on the day asked: a leaver drops out of the campaign's figures, a joiner comes in.
 */
public sealed interface CampaignAudience {
    /** The kind as stored and as sent by forms and the API. */
    String kind();

    /** The unit or category ids named, empty for all staff. */
    List<Long> ids();

    /** The people in {@code inPost} this audience covers, in the order given. */
    List<PersonSummary> select(List<PersonSummary> inPost, List<UnitSummary> units);

    /** Everyone in post. */
    record AllStaff() implements CampaignAudience {
        @Override
        public String kind() {
            return "ALL";
        }

        @Override
        public List<PersonSummary> select(List<PersonSummary> inPost, List<UnitSummary> units) {
            return List.copyOf(inPost);
        }

        @Override
        public List<Long> ids() {
            return List.of();
        }
    }

    /** The people of these units and of every unit below them. */
    record Units(List<Long> ids) implements CampaignAudience {
        public Units {
            ids = List.copyOf(new java.util.LinkedHashSet<>(ids));
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("a campaign for units names at least one unit");
            }
        }

        @Override
        public String kind() {
            return "UNITS";
        }

        @Override
        public List<PersonSummary> select(List<PersonSummary> inPost, List<UnitSummary> units) {
            Set<Long> covered = withDescendants(ids, units);
            return inPost.stream().filter(p -> covered.contains(p.unitId())).toList();
        }
    }

    /** The people of these employment categories. */
    record Categories(List<Long> ids) implements CampaignAudience {
        public Categories {
            ids = List.copyOf(new java.util.LinkedHashSet<>(ids));
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("a campaign for categories names at least one category");
            }
        }

        @Override
        public String kind() {
            return "CATEGORIES";
        }

        @Override
        public List<PersonSummary> select(List<PersonSummary> inPost, List<UnitSummary> units) {
            return inPost.stream().filter(p -> ids.contains(p.categoryId())).toList();
        }
    }

    /** The audience stored as its kind and ids. */
    static CampaignAudience of(String kind, List<Long> ids) {
        return switch (kind) {
            case "ALL" -> new AllStaff();
            case "UNITS" -> new Units(ids);
            case "CATEGORIES" -> new Categories(ids);
            default -> throw new IllegalArgumentException("unknown audience kind " + kind);
        };
    }

    /** The units named and every unit below them, at any depth. */
    static Set<Long> withDescendants(List<Long> roots, List<UnitSummary> units) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (UnitSummary unit : units) {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), k -> new java.util.ArrayList<>())
                        .add(unit.id());
            }
        }
        Set<Long> covered = new HashSet<>();
        java.util.Deque<Long> todo = new java.util.ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (covered.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return covered;
    }
}
