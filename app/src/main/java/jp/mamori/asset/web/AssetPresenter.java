package jp.mamori.asset.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.asset.Asset;
import jp.mamori.asset.AssetRow;
import jp.mamori.asset.Assets;
import jp.mamori.asset.Axis;
import jp.mamori.asset.ClassLevel;
import jp.mamori.asset.ClassificationScheme;
import jp.mamori.asset.Finding;
import jp.mamori.asset.HandlingRestrictions;
import jp.mamori.asset.NetworkZones;
import jp.mamori.asset.RegisterCheck;
import jp.mamori.asset.RegisterSnapshot;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Role;
import org.springframework.stereotype.Component;

/** Spells out assets for pages and the API: unit and zone names, level labels, handling, findings. */
@Component
class AssetPresenter {
    private final Assets assets;
    private final NetworkZones zones;
    private final HandlingRestrictions restrictions;
    private final Directory directory;
    private final RegisterCheck check;

    private final Clock clock;

    AssetPresenter(
            Assets assets,
            NetworkZones zones,
            HandlingRestrictions restrictions,
            Directory directory,
            RegisterCheck check,
            Clock clock) {
        this.clock = clock;
        this.assets = assets;
        this.zones = zones;
        this.restrictions = restrictions;
        this.directory = directory;
        this.check = check;
    }

    Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        for (UnitSummary u : directory.units()) {
            names.put(u.id(), u.name());
        }
        return names;
    }

    Map<String, String> zoneNames(Locale locale) {
        Map<String, String> names = new HashMap<>();
        zones.all().forEach(z -> names.put(z.code(), z.name(locale)));
        return names;
    }

    List<AssetLine> lines(List<AssetRow> rows, Locale locale) {
        Map<Long, String> units = unitNames();
        Map<String, String> zoneNames = zoneNames(locale);
        return rows.stream().map(r -> line(r, units, zoneNames)).toList();
    }

    private AssetLine line(AssetRow r, Map<Long, String> units, Map<String, String> zoneNames) {
        ClassificationScheme scheme = assets.schemeOf(r.scheme());
        return new AssetLine(
                r,
                units.getOrDefault(r.ownerUnitId(), "#" + r.ownerUnitId()),
                zoneNames.getOrDefault(r.zoneCode(), r.zoneCode()),
                label(scheme, Axis.CONFIDENTIALITY, r.confidentiality()),
                label(scheme, Axis.INTEGRITY, r.integrity()),
                label(scheme, Axis.AVAILABILITY, r.availability()));
    }

    static String label(ClassificationScheme scheme, Axis axis, String code) {
        return scheme.level(axis, code).map(ClassLevel::label).orElse(axis.japanese() + code);
    }

    /** The 情報セキュリティ管理者 answerable for the unit today: the nearest holder, if any. */
    @org.jspecify.annotations.Nullable
    PersonSummary securityManager(long unitId) {
        List<PersonSummary> holders = directory.holdersFor(Role.SECURITY_MANAGER, unitId, LocalDate.now(clock));
        return holders.isEmpty() ? null : holders.get(0);
    }

    /** The handling the levels call for, each rule once, confidentiality first. */
    static List<String> handling(List<ClassLevel> levels, Locale locale) {
        Set<String> rules = new LinkedHashSet<>();
        levels.forEach(l -> rules.addAll(l.handling(locale)));
        return List.copyOf(rules);
    }

    AssetView view(Asset asset, Locale locale) {
        ClassificationScheme scheme = assets.schemeOf(asset.scheme());
        ClassLevel c = scheme.level(Axis.CONFIDENTIALITY, asset.classification().confidentiality())
                .orElse(scheme.lowest(Axis.CONFIDENTIALITY));
        ClassLevel i =
                scheme.level(Axis.INTEGRITY, asset.classification().integrity()).orElse(scheme.lowest(Axis.INTEGRITY));
        ClassLevel a = scheme.level(Axis.AVAILABILITY, asset.classification().availability())
                .orElse(scheme.lowest(Axis.AVAILABILITY));
        Map<String, String> restrictionNames = new HashMap<>();
        restrictions.all().forEach(r -> restrictionNames.put(r.code(), r.name(locale)));
        List<String> restrictionList = asset.restrictionCodes().stream()
                .map(code -> restrictionNames.getOrDefault(code, code))
                .toList();
        List<ClassLevel> effective = new ArrayList<>();
        List<Finding> findings = List.of();
        if (!asset.disposed()) {
            RegisterSnapshot register = check.snapshot(LocalDate.now(clock));
            var entry = register.entry(asset.id());
            if (entry.isPresent()) {
                findings = RegisterCheck.check(entry.get(), register);
                List<ClassLevel> levels = List.of(
                        register.effective(entry.get(), Axis.CONFIDENTIALITY),
                        register.effective(entry.get(), Axis.INTEGRITY),
                        register.effective(entry.get(), Axis.AVAILABILITY));
                if (!levels.equals(List.of(c, i, a))) {
                    effective.addAll(levels);
                }
            }
        }
        Map<String, String> zoneNames = zoneNames(locale);
        return new AssetView(
                asset,
                scheme,
                c,
                i,
                a,
                handling(effective.isEmpty() ? List.of(c, i, a) : effective, locale),
                restrictionList,
                zoneNames.getOrDefault(asset.zoneCode(), asset.zoneCode()),
                unitNames().getOrDefault(asset.ownerUnitId(), "#" + asset.ownerUnitId()),
                securityManager(asset.ownerUnitId()),
                effective,
                findings,
                lines(assets.children(asset), locale),
                assets.history(asset),
                AssetView.facts(asset));
    }
}
