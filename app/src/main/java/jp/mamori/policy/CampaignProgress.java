package jp.mamori.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jp.mamori.organization.CategorySummary;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * How far a campaign has come: per unit (the unit each targeted person belongs to) the number
 * targeted, the number confirmed and the percentage, the totals, and the people still to confirm.
 * A person counts as confirmed when they confirmed the campaign's revision — whenever they did.
 *
 * @param units one row per unit with targeted people, in the unit tree's order
 * @param total the whole campaign
 * @param pending the people not confirmed yet, by unit order then kana
 */
public record CampaignProgress(List<UnitRow> units, Figures total, List<Pending> pending) {
    /** Targeted and confirmed; the percentage is rounded down, so 100 % means everyone. */
    public record Figures(int targeted, int confirmed) {
        public int percent() {
            return targeted == 0 ? 0 : (int) (confirmed * 100L / targeted);
        }

        public int notConfirmed() {
            return targeted - confirmed;
        }
    }

    /** One unit's figures. */
    public record UnitRow(long unitId, String code, String name, Figures figures) {}

    /** One person still to confirm. */
    public record Pending(
            long personId,
            String staffNumber,
            String name,
            String kana,
            long unitId,
            String unitCode,
            String unitName,
            String categoryName,
            @Nullable LocalDate lastRemindedOn) {}

    static CampaignProgress of(
            List<PersonSummary> targets,
            Set<Long> confirmed,
            List<UnitSummary> units,
            List<CategorySummary> categories,
            Map<Long, LocalDate> lastReminded) {
        Map<Long, Integer> order = new LinkedHashMap<>();
        Map<Long, UnitSummary> unitById = new LinkedHashMap<>();
        for (UnitSummary unit : units) {
            order.put(unit.id(), order.size());
            unitById.put(unit.id(), unit);
        }
        Map<Long, String> categoryNames = new LinkedHashMap<>();
        categories.forEach(c -> categoryNames.put(c.id(), c.name()));

        Map<Long, int[]> counts = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        int total = 0;
        int done = 0;
        for (PersonSummary person : targets) {
            int[] c = counts.computeIfAbsent(person.unitId(), k -> new int[2]);
            c[0]++;
            total++;
            if (confirmed.contains(person.id())) {
                c[1]++;
                done++;
            } else {
                UnitSummary unit = unitById.get(person.unitId());
                pending.add(new Pending(
                        person.id(),
                        person.staffNumber(),
                        person.name(),
                        person.kana(),
                        person.unitId(),
                        unit == null ? "" : unit.code(),
                        unit == null ? "" : unit.name(),
                        categoryNames.getOrDefault(person.categoryId(), ""),
                        lastReminded.get(person.id())));
            }
        }
        Comparator<Long> byTree = Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE));
        List<UnitRow> rows = counts.keySet().stream()
                .sorted(byTree)
                .map(id -> {
                    UnitSummary unit = unitById.get(id);
                    int[] c = counts.get(id);
                    return new UnitRow(
                            id,
                            unit == null ? "" : unit.code(),
                            unit == null ? "" : unit.name(),
                            new Figures(c[0], c[1]));
                })
                .toList();
        pending.sort(Comparator.comparing(Pending::unitId, byTree)
                .thenComparing(Pending::kana)
                .thenComparing(Pending::personId));
        return new CampaignProgress(rows, new Figures(total, done), List.copyOf(pending));
    }

    /** The same progress narrowed to the units a reader may see (a section head: their units). */
    CampaignProgress onlyUnits(Predicate<Long> visible) {
        List<UnitRow> rows =
                units.stream().filter(r -> visible.test(r.unitId())).toList();
        int targeted = rows.stream().mapToInt(r -> r.figures().targeted()).sum();
        int confirmed = rows.stream().mapToInt(r -> r.figures().confirmed()).sum();
        return new CampaignProgress(
                rows,
                new Figures(targeted, confirmed),
                pending.stream().filter(p -> visible.test(p.unitId())).toList());
    }

    /** Person ids still to confirm. */
    Collection<Long> pendingIds() {
        return pending.stream().map(Pending::personId).toList();
    }
}
