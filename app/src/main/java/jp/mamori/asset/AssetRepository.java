package jp.mamori.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Assets in {@code ast_asset}, their restrictions in {@code ast_asset_restriction} and their history
 * in {@code ast_asset_history}. The list pages in SQL ({@code offset … fetch next}) on indexed columns.
 */
@Repository
class AssetRepository {
    /** The columns of the field table, then those the register keeps itself. */
    private static final String COLUMNS =
            stored().stream().map(f -> "a." + f.column()).collect(Collectors.joining(", ")) + """
            , a.id, a.asset_number, a.status, a.parent_id, p.asset_number as parent_number, a.disposal_date,
            a.disposal_method, a.disposal_carried_out_by, a.disposal_requested_by, a.disposal_requested_at,
            a.disposal_approved_by, a.disposal_approved_at, a.created_at, a.created_by, a.updated_at, a.updated_by
            """;

    private static final String SELECT =
            "select " + COLUMNS + " from ast_asset a left join ast_asset p on p.id = a.parent_id";
    private static final String ROW_COLUMNS = """
            select a.id, a.asset_number, a.name, a.kind, a.owner_unit_id, a.zone_code, a.scheme, a.confidentiality,
                   a.integrity, a.availability, a.personal_info, a.sensitive_personal_info, a.specific_personal_info,
                   a.next_review, a.status, a.disposal_requested_by, a.disposal_approved_by
            from ast_asset a
            """;

    /** Rows per statement batch and ids per {@code in (...)} list of the import's set statements. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    AssetRepository(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * The next {@code count} 管理番号 from the sequence, ascending, a thousand per statement (an
     * import of 10,000 new assets asks ten times, not 10,000).
     */
    List<String> nextNumbers(int count) {
        List<Long> values = new ArrayList<>(count);
        for (int left = count; left > 0; left -= 1000) {
            values.addAll(jdbc.sql("""
                            with recursive k(i) as (select 1 union all select i + 1 from k where i < :n)
                            select nextval('ast_asset_number_seq') from k
                            """)
                    .param("n", Math.min(left, 1000))
                    .query(Long.class)
                    .list());
        }
        Collections.sort(values);
        return values.stream().map(Asset::number).toList();
    }

    /** The next 管理番号 from the sequence. */
    String nextNumber() {
        long value = jdbc.sql("select nextval('ast_asset_number_seq')")
                .query(Long.class)
                .single();
        return Asset.number(value);
    }

    Optional<Asset> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .map(this::withRestrictions);
    }

    Optional<Asset> findByNumber(String number) {
        return jdbc.sql(SELECT + " where a.asset_number = :no")
                .param("no", number)
                .query(this::map)
                .optional()
                .map(this::withRestrictions);
    }

    Optional<Long> idByNumber(String number) {
        return jdbc.sql("select id from ast_asset where asset_number = :no")
                .param("no", number)
                .query(Long.class)
                .optional();
    }

    /** Every asset (of the units, when given), by number, with restrictions. */
    List<Asset> all(@Nullable Set<Long> unitIds) {
        String where = unitIds == null ? "" : " where a.owner_unit_id in (:units)";
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql(SELECT + where + " order by a.asset_number");
        if (unitIds != null) {
            spec = spec.param("units", unitIds);
        }
        List<Asset> assets = spec.query(this::map).list();
        Map<Long, List<String>> restrictions = new HashMap<>();
        jdbc.sql("select asset_id, restriction_code from ast_asset_restriction order by restriction_code")
                .query(rs -> {
                    restrictions
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return assets.stream()
                .map(a -> a.restrictionCodes().isEmpty() && restrictions.containsKey(a.id())
                        ? withCodes(a, restrictions.get(a.id()))
                        : a)
                .toList();
    }

    /** The disposed assets of kind ① (network, system, media), by number. */
    List<AssetRow> disposedEquipment() {
        return jdbc.sql(ROW_COLUMNS
                        + " where a.status = 'DISPOSED' and a.kind = 'NETWORK_SYSTEM_MEDIA' order by a.asset_number")
                .query(AssetRepository::row)
                .list();
    }

    /** The assets directly held by this one, by number. */
    List<AssetRow> children(long id) {
        return jdbc.sql(ROW_COLUMNS + " where a.parent_id = :id order by a.asset_number")
                .param("id", id)
                .query(AssetRepository::row)
                .list();
    }

    /** The parent chain's ids from this asset's parent upwards (stops at a repeat). */
    List<Long> ancestors(long id) {
        List<Long> chain = new ArrayList<>();
        Long current = parentOf(id);
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            current = parentOf(current);
        }
        return chain;
    }

    private @Nullable Long parentOf(long id) {
        return jdbc.sql("select parent_id from ast_asset where id = :id")
                .param("id", id)
                .query((rs, n) -> (Long) rs.getObject(1, Long.class))
                .optional()
                .orElse(null);
    }

    /**
     * One page of the list. {@code visibleUnits} null means every unit; {@code unitIds} (the filter's
     * unit with those below it) null means no unit filter.
     */
    Page<AssetRow> page(
            AssetFilter filter, @Nullable Set<Long> visibleUnits, @Nullable Set<Long> unitIds, int page, int size) {
        if ((visibleUnits != null && visibleUnits.isEmpty()) || (unitIds != null && unitIds.isEmpty())) {
            return new Page<>(List.of(), page, size, 0);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, visibleUnits, unitIds, params);
        List<AssetRow> items = jdbc.sql(
                        ROW_COLUMNS + where + orderBy(filter) + " offset :offset rows fetch next :limit rows only")
                .params(params)
                .param("offset", (long) page * size)
                .param("limit", size)
                .query(AssetRepository::row)
                .list();
        long offset = (long) page * size;
        // a page that is not full ends the list, so its total is exact without counting (a filtered
        // list usually fits one page); otherwise count, as the pager shows the exact number
        long total =
                items.size() < size && (!items.isEmpty() || offset == 0) ? offset + items.size() : count(where, params);
        return new Page<>(items, page, size, total);
    }

    /**
     * The number of assets the filter lets through. A plain count over the conditions: H2 answers the
     * list as it opens ({@code status = 'IN_USE'}) from the status index. (A "all less those not in use"
     * variant was tried in session 7: H2 scans the table for {@code <>} and read it from the file on
     * every page, which made the asset list slower under load; docs/benchmarks.md.)
     */
    private long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from ast_asset a" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(
            AssetFilter filter,
            @Nullable Set<Long> visibleUnits,
            @Nullable Set<Long> unitIds,
            Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (visibleUnits != null) {
            conditions.add("a.owner_unit_id in (:visible)");
            params.put("visible", visibleUnits);
        }
        if (unitIds != null) {
            conditions.add("a.owner_unit_id in (:units)");
            params.put("units", unitIds);
        }
        if (filter.zoneCode() != null) {
            conditions.add("a.zone_code = :zone");
            params.put("zone", filter.zoneCode());
        }
        if (filter.kind() != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.confidentiality() != null) {
            conditions.add("a.confidentiality = :conf");
            params.put("conf", filter.confidentiality());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.personalData() != null) {
            conditions.add(
                    switch (filter.personalData()) {
                        case ANY -> "(a.personal_info or a.sensitive_personal_info or a.specific_personal_info)";
                        case PERSONAL -> "a.personal_info";
                        case SENSITIVE -> "a.sensitive_personal_info";
                        case SPECIFIC -> "a.specific_personal_info";
                        case NONE -> "not (a.personal_info or a.sensitive_personal_info or a.specific_personal_info)";
                    });
        }
        if (filter.text() != null) {
            conditions.add("(a.asset_number like :text or lower(a.name) like :text or lower(a.description) like :text"
                    + " or lower(a.location) like :text or lower(a.custodian) like :text)");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String orderBy(AssetFilter filter) {
        return switch (filter.sort()) {
            // With a status filter (the list's default: 使用中), ordering by (status, number) lets the
            // database walk ast_asset_status_ix in order and stop after the page; ordering by the
            // number alone made H2 read and sort every matching row (19,201 of 20,000; issue 17).
            // The status is fixed by the filter, so the order shown is the same.
            case NUMBER -> filter.status() != null ? " order by a.status, a.asset_number" : " order by a.asset_number";
            case NAME -> " order by a.name, a.asset_number";
            case CLASS -> " order by a.confidentiality_rank desc, a.asset_number";
            case REVIEW -> " order by a.next_review, a.asset_number";
            case UPDATED -> " order by a.updated_at desc, a.asset_number";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Inserts the asset and returns its id. */
    long insert(
            String number,
            AssetDraft draft,
            String scheme,
            int confidentialityRank,
            @Nullable Long parentId,
            String actor,
            OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        List<AssetField> fields = stored();
        jdbc.sql("insert into ast_asset (asset_number, "
                        + fields.stream().map(AssetField::column).collect(Collectors.joining(", "))
                        + ", confidentiality_rank, status, parent_id, created_at, created_by, updated_at, updated_by)"
                        + " values (:number, "
                        + fields.stream().map(f -> ":" + f.key()).collect(Collectors.joining(", "))
                        + ", :rank, 'IN_USE', :parent, :at, :actor, :at, :actor)")
                .param("number", number)
                .params(values(draft, scheme, confidentialityRank, parentId, actor, at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        saveRestrictions(id, draft.restrictionCodes());
        return id;
    }

    /** A new asset for {@link #insertAll}: its number from {@link #nextNumbers} and its stored values. */
    record NewAsset(
            String number,
            AssetDraft draft,
            String scheme,
            int confidentialityRank,
            @Nullable Long parentId) {}

    /**
     * Inserts the assets and their restrictions in JDBC batches (the import of a ledger: a round
     * trip per few hundred rows instead of several per row) and returns their ids in the order
     * given. The same rows as {@link #insert} for each.
     */
    List<Long> insertAll(List<NewAsset> assets, String actor, OffsetDateTime at) {
        if (assets.isEmpty()) {
            return List.of();
        }
        List<AssetField> fields = stored();
        String sql = "insert into ast_asset (asset_number, "
                + fields.stream().map(AssetField::column).collect(Collectors.joining(", "))
                + ", confidentiality_rank, status, parent_id, created_at, created_by, updated_at, updated_by)"
                + " values (:number, "
                + fields.stream().map(f -> ":" + f.key()).collect(Collectors.joining(", "))
                + ", :rank, 'IN_USE', :parent, :at, :actor, :at, :actor)";
        for (List<NewAsset> chunk : chunks(assets)) {
            batches.batchUpdate(
                    sql,
                    chunk.stream()
                            .map(a -> {
                                Map<String, Object> values =
                                        values(a.draft(), a.scheme(), a.confidentialityRank(), a.parentId(), actor, at);
                                values.put("number", a.number());
                                return new MapSqlParameterSource(values);
                            })
                            .toArray(MapSqlParameterSource[]::new));
        }
        Map<String, Long> ids = new HashMap<>();
        for (List<NewAsset> chunk : chunks(assets)) {
            jdbc.sql("select id, asset_number from ast_asset where asset_number in (:numbers)")
                    .param("numbers", chunk.stream().map(NewAsset::number).toList())
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1)))
                    .list();
        }
        List<Long> result = assets.stream()
                .map(a -> Objects.requireNonNull(ids.get(a.number()), a.number()))
                .toList();
        List<MapSqlParameterSource> restrictions = new ArrayList<>();
        for (int i = 0; i < assets.size(); i++) {
            for (String code : assets.get(i).draft().restrictionCodes()) {
                restrictions.add(new MapSqlParameterSource()
                        .addValue("id", result.get(i))
                        .addValue("code", code));
            }
        }
        for (List<MapSqlParameterSource> chunk : chunks(restrictions)) {
            batches.batchUpdate(
                    "insert into ast_asset_restriction (asset_id, restriction_code) values (:id, :code)",
                    chunk.toArray(MapSqlParameterSource[]::new));
        }
        return result;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return chunks;
    }

    void update(
            long id,
            AssetDraft draft,
            String scheme,
            int confidentialityRank,
            @Nullable Long parentId,
            String actor,
            OffsetDateTime at) {
        jdbc.sql("update ast_asset set "
                        + stored().stream()
                                .map(f -> f.column() + " = :" + f.key())
                                .collect(Collectors.joining(", "))
                        + ", confidentiality_rank = :rank, parent_id = :parent, updated_at = :at,"
                        + " updated_by = :actor where id = :id")
                .param("id", id)
                .params(values(draft, scheme, confidentialityRank, parentId, actor, at))
                .update();
        jdbc.sql("delete from ast_asset_restriction where asset_id = :id")
                .param("id", id)
                .update();
        saveRestrictions(id, draft.restrictionCodes());
    }

    /** The fields that have a column of their own, in the order of the table. */
    private static List<AssetField> stored() {
        return Arrays.stream(AssetField.values())
                .filter(f -> f.column() != null)
                .toList();
    }

    private static Map<String, Object> values(
            AssetDraft d, String scheme, int rank, @Nullable Long parentId, String actor, OffsetDateTime at) {
        Map<String, Object> values = new HashMap<>();
        for (AssetField field : stored()) {
            values.put(field.key(), field.type().parameter(field.of(d, scheme)));
        }
        values.put("rank", rank);
        values.put("parent", parentId);
        values.put("at", at);
        values.put("actor", actor);
        return values;
    }

    private void saveRestrictions(long id, List<String> codes) {
        for (String code : codes) {
            jdbc.sql("insert into ast_asset_restriction (asset_id, restriction_code) values (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
    }

    /** Stores the disposal record and status the aggregate decided. */
    void saveDisposal(Asset asset, String actor, OffsetDateTime at) {
        Disposal d = asset.disposal();
        jdbc.sql("""
                        update ast_asset set status = :status, disposal_date = :date, disposal_method = :method,
                            disposal_carried_out_by = :by, disposal_requested_by = :requestedBy,
                            disposal_requested_at = :requestedAt, disposal_approved_by = :approvedBy,
                            disposal_approved_at = :approvedAt, updated_at = :at, updated_by = :actor
                        where id = :id
                        """)
                .param("id", asset.id())
                .param("status", asset.status().name())
                .param("date", d == null ? null : d.date())
                .param("method", d == null ? null : d.method())
                .param("by", d == null ? null : d.carriedOutBy())
                .param("requestedBy", d == null ? null : d.requestedBy())
                .param("requestedAt", d == null ? null : d.requestedAt())
                .param("approvedBy", d == null ? null : d.approvedBy())
                .param("approvedAt", d == null ? null : d.approvedAt())
                .param("at", at)
                .param("actor", actor)
                .update();
    }

    /** The same history row as {@code addHistory(id, at, actor, action, List.of())} for each asset, in batches. */
    void addHistoryAll(List<Long> assetIds, OffsetDateTime at, String actor, String action) {
        for (List<Long> chunk : chunks(assetIds)) {
            batches.batchUpdate(
                    """
                    insert into ast_asset_history (asset_id, changed_at, actor, action, field_name, old_value, new_value)
                    values (:asset, :at, :actor, :action, '', '', '')
                    """,
                    chunk.stream()
                            .map(id -> new MapSqlParameterSource()
                                    .addValue("asset", id)
                                    .addValue("at", at)
                                    .addValue("actor", actor)
                                    .addValue("action", action))
                            .toArray(MapSqlParameterSource[]::new));
        }
    }

    void addHistory(long assetId, OffsetDateTime at, String actor, String action, List<AssetChanges.Change> changes) {
        List<AssetChanges.Change> rows = changes.isEmpty() ? List.of(new AssetChanges.Change("", "", "")) : changes;
        for (AssetChanges.Change c : rows) {
            jdbc.sql("""
                            insert into ast_asset_history (asset_id, changed_at, actor, action, field_name,
                                old_value, new_value)
                            values (:asset, :at, :actor, :action, :field, :old, :new)
                            """)
                    .param("asset", assetId)
                    .param("at", at)
                    .param("actor", actor)
                    .param("action", action)
                    .param("field", c.field())
                    .param("old", cut(c.before()))
                    .param("new", cut(c.after()))
                    .update();
        }
    }

    /** The history of an asset, newest first. */
    List<HistoryEntry> history(long assetId) {
        return jdbc.sql("""
                        select changed_at, actor, action, field_name, old_value, new_value from ast_asset_history
                        where asset_id = :asset order by id desc
                        """)
                .param("asset", assetId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("field_name"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from ast_asset").query(Long.class).single();
    }

    private static String cut(String value) {
        return value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }

    private Asset withRestrictions(Asset asset) {
        List<String> codes = jdbc.sql(
                        "select restriction_code from ast_asset_restriction where asset_id = :id order by restriction_code")
                .param("id", asset.id())
                .query(String.class)
                .list();
        return withCodes(asset, codes);
    }

    private static Asset withCodes(Asset a, List<String> codes) {
        return AssetField.ASSET.with(a, "restrictionCodes", codes);
    }

    private Asset map(ResultSet rs, int n) throws SQLException {
        LocalDate disposalDate = rs.getObject("disposal_date", LocalDate.class);
        Disposal disposal = disposalDate == null
                ? null
                : new Disposal(
                        disposalDate,
                        rs.getString("disposal_method"),
                        rs.getString("disposal_carried_out_by"),
                        rs.getString("disposal_requested_by"),
                        rs.getObject("disposal_requested_at", OffsetDateTime.class),
                        rs.getString("disposal_approved_by"),
                        rs.getObject("disposal_approved_at", OffsetDateTime.class));
        String parentNumber = rs.getString("parent_number");
        Map<String, @Nullable Object> values = new HashMap<>();
        for (AssetField field : stored()) {
            values.put(
                    field.component() == null ? field.key() : field.component(),
                    field.type().read(rs, field.column()));
        }
        values.put("id", rs.getLong("id"));
        values.put("number", rs.getString("asset_number"));
        values.put("restrictionCodes", List.of());
        values.put("status", AssetStatus.valueOf(rs.getString("status")));
        values.put("parentId", rs.getObject("parent_id", Long.class));
        values.put("parentNumber", parentNumber == null ? "" : parentNumber);
        values.put("disposal", disposal);
        values.put("createdAt", rs.getObject("created_at", OffsetDateTime.class));
        values.put("createdBy", rs.getString("created_by"));
        values.put("updatedAt", rs.getObject("updated_at", OffsetDateTime.class));
        values.put("updatedBy", rs.getString("updated_by"));
        values.put(AssetField.MORE, AssetField.more(f -> values.get(f.component())));
        return AssetField.asset(values::get);
    }

    private static AssetRow row(ResultSet rs, int n) throws SQLException {
        return new AssetRow(
                rs.getLong("id"),
                rs.getString("asset_number"),
                rs.getString("name"),
                AssetKind.valueOf(rs.getString("kind")),
                rs.getLong("owner_unit_id"),
                rs.getString("zone_code"),
                rs.getString("scheme"),
                rs.getString("confidentiality"),
                rs.getString("integrity"),
                rs.getString("availability"),
                rs.getBoolean("personal_info"),
                rs.getBoolean("sensitive_personal_info"),
                rs.getBoolean("specific_personal_info"),
                rs.getObject("next_review", LocalDate.class),
                AssetStatus.valueOf(rs.getString("status")),
                rs.getString("disposal_requested_by") != null && rs.getString("disposal_approved_by") == null);
    }
}
