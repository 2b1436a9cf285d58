package jp.mamori.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and builds a record by the names of its components, so that a field table (a module's list
 * of fields with their column, type and Excel header) can store, read and copy a record without
 * naming each component again. Used by the asset register and the policy revisions.
 *
 * @param <R> the record type
 */
public final class RecordFields<R extends Record> {
    private final Class<R> type;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;
    /** The accessors, looked up once: finding one is a reflective search, done per value it was slow. */
    private final java.lang.reflect.Method[] accessors;
    /** Each component's place by its name: a field table asks by name for every value it reads. */
    private final Map<String, Integer> index = new HashMap<>();

    private RecordFields(Class<R> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.accessors = new java.lang.reflect.Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            index.put(components[i].getName(), i);
        }
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
        }
        constructor.setAccessible(true);
    }

    /** The fields of this record type. */
    public static <R extends Record> RecordFields<R> of(Class<R> type) {
        return new RecordFields<>(type);
    }

    /** True when the record has a component of this name. */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** The names of the components, in the record's order. */
    public java.util.List<String> names() {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    /** The declared type of the named component. */
    public Class<?> type(String name) {
        return components[place(name)].getType();
    }

    /** The value of the named component. */
    public @Nullable Object get(R record, String name) {
        return read(accessors[place(name)], record);
    }

    private int place(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
        }
        return i;
    }

    /** A new record, each component's value given by its name. */
    public R build(Function<String, @Nullable Object> valueByName) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = valueByName.apply(components[i].getName());
            args[i] = value == null ? nothing(components[i].getType()) : value;
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the record with the named component replaced. */
    public R with(R record, String name, @Nullable Object value) {
        if (!has(name)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
        }
        return build(n -> n.equals(name) ? value : get(record, n));
    }

    private static @Nullable Object read(java.lang.reflect.Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null for objects; the zero of a primitive (a record cannot take null there). */
    private static @Nullable Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
