package jp.mamori.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Maps a row to a record whose components are named after the columns in snake_case
 * ({@code changedAt} ← {@code changed_at}): the house way for a row that is its record one to one
 * (docs/adr/0047-rows-mapped-to-records.md). A row that is not (a component computed, a child list)
 * keeps a mapper written by hand.
 *
 * <p>Values are read and converted as Spring's {@code DataClassRowMapper} does ({@code
 * JdbcUtils.getResultSetValue}, then the default conversion service): a {@code null} column gives
 * {@code null} for a wrapper or {@code 0}/{@code false} for a primitive, an enum is read from its
 * name, {@code LocalDate} and {@code OffsetDateTime} through the driver. Unlike that class it finds
 * the columns once per result set instead of once per row and component (which throws and catches a
 * driver exception for every component with two words, on every row). A new mapper per query:
 * {@code .query(RecordRowMapper.of(Finding.class))}.
 *
 * @param <R> the record type
 */
public final class RecordRowMapper<R extends Record> implements RowMapper<R> {
    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private static final ClassValue<Shape<?>> SHAPES = new ClassValue<>() {
        @Override
        protected Shape<?> computeValue(Class<?> type) {
            return new Shape<>(type.asSubclass(Record.class));
        }
    };

    private final Shape<R> shape;
    private @Nullable ResultSet seen;
    private int[] columns = new int[0];

    private RecordRowMapper(Shape<R> shape) {
        this.shape = shape;
    }

    /** A mapper for one query's rows into this record. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordRowMapper<R> of(Class<R> type) {
        return new RecordRowMapper<>((Shape<R>) SHAPES.get(type));
    }

    @Override
    public R mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != seen) {
            columns = shape.columnsIn(rs.getMetaData());
            seen = rs;
        }
        Object[] args = new Object[columns.length];
        for (int i = 0; i < args.length; i++) {
            Object value = JdbcUtils.getResultSetValue(rs, columns[i], shape.types[i]);
            args[i] = value == null || ClassUtils.isAssignableValue(shape.types[i], value)
                    ? value
                    : CONVERSION.convert(value, shape.types[i]);
        }
        // instantiateClass puts 0 or false for a null given to a primitive component
        return BeanUtils.instantiateClass(shape.constructor, args);
    }

    /** What is known of a record type once: its constructor and each component's column and type. */
    private static final class Shape<R extends Record> {
        final Class<R> type;
        final Constructor<R> constructor;
        final String[] columnNames;
        final Class<?>[] types;

        Shape(Class<R> type) {
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            this.columnNames = Arrays.stream(components)
                    .map(c -> JdbcUtils.convertPropertyNameToUnderscoreName(c.getName()))
                    .toArray(String[]::new);
            this.types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                this.constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }

        /** The result set's column index of each component; the first of two columns of one name. */
        int[] columnsIn(ResultSetMetaData meta) throws SQLException {
            Map<String, Integer> byName = new HashMap<>();
            for (int c = meta.getColumnCount(); c >= 1; c--) {
                byName.put(JdbcUtils.lookupColumnName(meta, c).toLowerCase(Locale.ROOT), c);
            }
            int[] indexes = new int[columnNames.length];
            for (int i = 0; i < indexes.length; i++) {
                Integer index = byName.get(columnNames[i]);
                if (index == null) {
                    throw new IllegalStateException(
                            "the query has no column " + columnNames[i] + " for " + type.getSimpleName());
                }
                indexes[i] = index;
            }
            return indexes;
        }
    }
}
