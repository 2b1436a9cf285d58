package jp.mamori.asset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link RegisterRule}s over the register: every asset in use is read once in a light
 * projection, the rules see the whole register (a container needs what it holds), and the findings
 * come back by asset number, then in the rules' order.
 */
@Component
public class RegisterCheck {
    private final JdbcClient jdbc;
    private final ClassificationCatalogue catalogue;
    private final NetworkZones zones;
    private final Directory directory;

    private final Clock clock;
    private final jp.mamori.shared.UnitHierarchy units;

    RegisterCheck(
            JdbcClient jdbc,
            ClassificationCatalogue catalogue,
            NetworkZones zones,
            Directory directory,
            Clock clock,
            jp.mamori.shared.UnitHierarchy units) {
        this.units = units;
        this.clock = clock;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.zones = zones;
        this.directory = directory;
    }

    /** The register on the day (columns read by position: the whole register is read on each picture). */
    @Transactional(readOnly = true)
    public RegisterSnapshot snapshot(LocalDate day) {
        List<RegisterEntry> entries = jdbc.sql("""
                        select id, asset_number, name, owner_unit_id, parent_id, form, zone_code, scheme,
                               confidentiality, integrity, availability, specific_personal_info, next_review
                        from ast_asset where status = 'IN_USE'
                        """)
                .query((rs, n) -> new RegisterEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, Long.class),
                        AssetForm.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getBoolean(12),
                        rs.getObject(13, LocalDate.class)))
                .list();
        return new RegisterSnapshot(
                day, entries, id -> catalogue.scheme(id).orElse(catalogue.active()), zones.all(), managedUnits(day));
    }

    /**
     * Whether a unit has a 情報セキュリティ管理者 on the day (held for it, a unit above it, or the whole
     * body), answered from the holders' grants read once: a few set queries whatever the number of
     * units, not a query per unit and level (the office's picture checks the whole register).
     */
    private java.util.function.LongPredicate managedUnits(LocalDate day) {
        List<Long> holders = directory.holders(Role.SECURITY_MANAGER, day).stream()
                .map(jp.mamori.organization.PersonSummary::id)
                .toList();
        if (holders.isEmpty()) {
            return unit -> false;
        }
        Set<Long> covered = new java.util.HashSet<>();
        for (List<jp.mamori.shared.RoleGrant> grants :
                directory.grantsOn(holders, day).values()) {
            for (jp.mamori.shared.RoleGrant g : grants) {
                if (g.role() != Role.SECURITY_MANAGER) {
                    continue;
                }
                if (g.isBodyWide()) {
                    return unit -> true;
                }
                covered.addAll(units.selfAndDescendants(java.util.Objects.requireNonNull(g.unitId())));
            }
        }
        return covered::contains;
    }

    /** Every finding on the assets of the visible units (null: all units). */
    @Transactional(readOnly = true)
    public List<Finding> findings(@Nullable Set<Long> visibleUnits) {
        RegisterSnapshot register = snapshot(LocalDate.now(clock));
        List<Finding> findings = new ArrayList<>();
        for (RegisterEntry entry : register.entries()) {
            if (visibleUnits == null || visibleUnits.contains(entry.unitId())) {
                findings.addAll(check(entry, register));
            }
        }
        return findings;
    }

    /** The findings on one asset (none for a disposed one). */
    public static List<Finding> check(RegisterEntry entry, RegisterSnapshot register) {
        List<Finding> findings = new ArrayList<>();
        for (RegisterRule rule : RegisterRule.ALL) {
            rule.check(entry, register).ifPresent(findings::add);
        }
        return findings;
    }
}
