package jp.mamori.supplier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the register repositories share in their tables: a parent row (contract, cloud service, SNS
 * account) with child rows (its assets, files, deputies, incidents), read for one parent or for all
 * at once; the unit a record belongs to; the list of assets it names; the file rows.
 */
final class RegisterTables {
    private RegisterTables() {}

    /**
     * The child rows of one parent ({@code only}) or of every parent (null), grouped by the parent's
     * id, in the order given.
     *
     * @param select {@code select … from <table>}, selecting the parent column
     */
    static <T> Map<Long, List<T>> children(
            JdbcClient jdbc,
            String select,
            String parentColumn,
            @Nullable Long only,
            String orderBy,
            RowMapper<T> row) {
        Map<Long, List<T>> children = new HashMap<>();
        jdbc.sql(select + " where (cast(:only as bigint) is null or " + parentColumn + " = :only) order by " + orderBy)
                .param("only", only)
                .query(rs -> {
                    children.computeIfAbsent(rs.getLong(parentColumn), k -> new ArrayList<>())
                            .add(row.mapRow(rs, 0));
                });
        return children;
    }

    /** The unit of the record in the table ({@code unit_id}), empty when there is no such record. */
    static Optional<Long> unitOf(JdbcClient jdbc, String table, long id) {
        return jdbc.sql("select unit_id from " + table + " where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** Replaces the 管理番号 the record names in its asset table. */
    static void replaceAssets(JdbcClient jdbc, String table, String parentColumn, long id, List<String> numbers) {
        jdbc.sql("delete from " + table + " where " + parentColumn + " = :id")
                .param("id", id)
                .update();
        for (String n : numbers) {
            jdbc.sql("insert into " + table + " (" + parentColumn + ", asset_number) values (:id, :n)")
                    .param("id", id)
                    .param("n", n)
                    .update();
        }
    }
}
