package jp.mamori.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;

/**
 * A record's components as named SQL parameters, for an insert or update that writes a record's
 * values: {@code .params(RecordParams.of(values)).param("actor", actor)} binds {@code :contactName}
 * to {@code values.contactName()} (docs/adr/0047-rows-mapped-to-records.md). An enum is bound by its
 * name, as the tables store it. Spring's {@code paramSource(record)} does neither: it cannot be
 * mixed with {@code .param(…)} for the values that are not the record's (who, when, the id), and it
 * hands an enum to the driver as an object.
 */
public final class RecordParams {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                ReflectionUtils.makeAccessible(accessors[i]);
            }
            return accessors;
        }
    };

    private RecordParams() {}

    /** Each component under its name; an enum as its name. */
    public static Map<String, @Nullable Object> of(Record values) {
        Method[] accessors = ACCESSORS.get(values.getClass());
        Map<String, @Nullable Object> params = new HashMap<>();
        for (Method accessor : accessors) {
            Object value = ReflectionUtils.invokeMethod(accessor, values);
            params.put(accessor.getName(), value instanceof Enum<?> e ? e.name() : value);
        }
        return params;
    }
}
