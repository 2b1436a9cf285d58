package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The register as the rules see it on one day: every asset in use, which asset holds which, the
 * schemes, the zones, and whether a unit has a 情報セキュリティ管理者. Computes each asset's effective
 * level per axis — the highest level among itself and everything it holds, at any depth.
 */
public final class RegisterSnapshot {
    private final LocalDate today;
    private final Map<Long, RegisterEntry> byId = new HashMap<>();
    private final Map<Long, List<RegisterEntry>> children = new HashMap<>();
    private final Function<String, ClassificationScheme> schemes;
    private final Map<String, NetworkZone> zones;
    private final LongPredicate unitHasManager;
    private final Map<Long, Map<Axis, ClassLevel>> effective = new HashMap<>();

    RegisterSnapshot(
            LocalDate today,
            List<RegisterEntry> entries,
            Function<String, ClassificationScheme> schemes,
            List<NetworkZone> zones,
            LongPredicate unitHasManager) {
        this.today = today;
        this.schemes = schemes;
        this.zones = new HashMap<>();
        zones.forEach(z -> this.zones.put(z.code(), z));
        Map<Long, Boolean> managers = new HashMap<>();
        this.unitHasManager = unit -> managers.computeIfAbsent(unit, unitHasManager::test);
        for (RegisterEntry e : entries) {
            byId.put(e.id(), e);
        }
        for (RegisterEntry e : entries) {
            if (e.parentId() != null && byId.containsKey(e.parentId())) {
                children.computeIfAbsent(e.parentId(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    LocalDate today() {
        return today;
    }

    List<RegisterEntry> entries() {
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(RegisterEntry::number))
                .toList();
    }

    public Optional<RegisterEntry> entry(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The level of the asset itself on the axis (the lowest level if its code is unknown). */
    ClassLevel own(RegisterEntry e, Axis axis) {
        ClassificationScheme scheme = schemes.apply(e.scheme());
        return scheme.level(axis, e.code(axis)).orElse(scheme.lowest(axis));
    }

    /** The highest level on the axis among the asset and everything it holds. */
    public ClassLevel effective(RegisterEntry e, Axis axis) {
        return effectiveLevels(e, new HashSet<>()).get(axis);
    }

    private Map<Axis, ClassLevel> effectiveLevels(RegisterEntry e, Set<Long> path) {
        Map<Axis, ClassLevel> known = effective.get(e.id());
        if (known != null) {
            return known;
        }
        Map<Axis, ClassLevel> levels = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            levels.put(axis, own(e, axis));
        }
        if (path.add(e.id())) {
            for (RegisterEntry child : children.getOrDefault(e.id(), List.of())) {
                if (path.contains(child.id())) {
                    continue;
                }
                Map<Axis, ClassLevel> childLevels = effectiveLevels(child, path);
                for (Axis axis : Axis.values()) {
                    if (childLevels.get(axis).above(levels.get(axis))) {
                        levels.put(axis, childLevels.get(axis));
                    }
                }
            }
            path.remove(e.id());
        }
        effective.put(e.id(), levels);
        return levels;
    }

    @Nullable
    NetworkZone zone(String code) {
        return zones.get(code);
    }

    boolean unitHasManager(long unitId) {
        return unitHasManager.test(unitId);
    }
}
