package jp.mamori.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link AssetRegister} other modules call. */
@Component
class RegisterLookup implements AssetRegister {
    private static final String PROFILE_COLUMNS = """
            a.owner_unit_id, a.kind, z.kind as zone_kind, a.confidentiality_rank, a.integrity, a.availability,
            (a.personal_info or a.sensitive_personal_info) as personal, a.specific_personal_info
            """;

    private final Assets assets;
    private final JdbcClient jdbc;

    RegisterLookup(Assets assets, JdbcClient jdbc) {
        this.assets = assets;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetProfile> profiles(@Nullable Long unitId) {
        return jdbc.sql("select " + PROFILE_COLUMNS + """
                        , min(a.asset_number) as example, count(*) as n
                        from ast_asset a join ast_network_zone z on z.code = a.zone_code
                        where a.status = 'IN_USE' and (cast(:unit as bigint) is null or a.owner_unit_id = :unit)
                        group by a.owner_unit_id, a.kind, z.kind, a.confidentiality_rank, a.integrity, a.availability,
                            (a.personal_info or a.sensitive_personal_info), a.specific_personal_info
                        order by a.owner_unit_id, example
                        """)
                .param("unit", unitId)
                .query((rs, n) -> profile(rs, rs.getString("example"), rs.getLong("n")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InformationSystem> informationSystems() {
        return jdbc.sql("select a.asset_number, a.name, " + PROFILE_COLUMNS + """
                        from ast_asset a join ast_network_zone z on z.code = a.zone_code
                        where a.status = 'IN_USE' and a.kind = 'NETWORK_SYSTEM_MEDIA'
                        order by a.asset_number
                        """)
                .query((rs, n) -> new InformationSystem(
                        rs.getString("asset_number"),
                        rs.getString("name"),
                        rs.getLong("owner_unit_id"),
                        profile(rs, rs.getString("asset_number"), 1)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetProfile> profilesOf(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select a.asset_number, " + PROFILE_COLUMNS + """
                        from ast_asset a join ast_network_zone z on z.code = a.zone_code
                        where a.status = 'IN_USE' and a.asset_number in (:numbers)
                        order by a.asset_number
                        """)
                .param("numbers", List.copyOf(numbers))
                .query((rs, n) -> profile(rs, rs.getString("asset_number"), 1))
                .list();
    }

    private static AssetProfile profile(ResultSet rs, String example, long count) throws SQLException {
        String zoneKind = rs.getString("zone_kind");
        return new AssetProfile(
                rs.getLong("owner_unit_id"),
                rs.getString("kind"),
                List.of("MY_NUMBER", "LGWAN", "INTERNET").contains(zoneKind) ? zoneKind : null,
                rs.getInt("confidentiality_rank"),
                rank(rs.getString("integrity")),
                rank(rs.getString("availability")),
                rs.getBoolean("personal"),
                rs.getBoolean("specific_personal_info"),
                example,
                count);
    }

    /** Integrity and availability codes are the ranks themselves ("2", "1") in every scheme. */
    private static int rank(String code) {
        try {
            return Integer.parseInt(code.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetPersonalData> personalDataOf(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.asset_number, a.name, a.personal_info, a.sensitive_personal_info,
                            a.specific_personal_info, a.record_count, z.kind as zone_kind
                        from ast_asset a join ast_network_zone z on z.code = a.zone_code
                        where a.asset_number in (:numbers)
                        order by a.asset_number
                        """)
                .param("numbers", numbers.stream().map(RegisterLookup::fold).toList())
                .query((rs, n) -> new AssetPersonalData(
                        rs.getString("asset_number"),
                        rs.getString("name"),
                        rs.getBoolean("personal_info"),
                        rs.getBoolean("sensitive_personal_info"),
                        rs.getBoolean("specific_personal_info"),
                        rs.getObject("record_count", Integer.class),
                        "MY_NUMBER".equals(rs.getString("zone_kind"))))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetSummary> disposedEquipment() {
        return assets.disposedEquipment().stream().map(this::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetSummary> byNumber(String number) {
        return assets.byNumber(fold(number)).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetSummary> search(String text, int limit) {
        AssetFilter filter = new AssetFilter(null, null, null, null, null, text, null, AssetFilter.Sort.NUMBER);
        return assets.page(filter, null, 0, Math.min(100, Math.max(1, limit))).items().stream()
                .map(this::summary)
                .toList();
    }

    private AssetSummary summary(Asset a) {
        ClassificationScheme scheme = assets.schemeOf(a.scheme());
        return new AssetSummary(
                a.number(),
                a.name(),
                a.ownerUnitId(),
                label(scheme, Axis.CONFIDENTIALITY, a.classification().confidentiality()),
                label(scheme, Axis.INTEGRITY, a.classification().integrity()),
                label(scheme, Axis.AVAILABILITY, a.classification().availability()),
                a.disposed());
    }

    private AssetSummary summary(AssetRow a) {
        ClassificationScheme scheme = assets.schemeOf(a.scheme());
        return new AssetSummary(
                a.number(),
                a.name(),
                a.ownerUnitId(),
                label(scheme, Axis.CONFIDENTIALITY, a.confidentiality()),
                label(scheme, Axis.INTEGRITY, a.integrity()),
                label(scheme, Axis.AVAILABILITY, a.availability()),
                a.status() == AssetStatus.DISPOSED);
    }

    private static String label(ClassificationScheme scheme, Axis axis, String code) {
        return scheme.level(axis, code).map(ClassLevel::label).orElse(axis.japanese() + code);
    }

    private static String fold(String number) {
        return Normalizer.normalize(number, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }
}
