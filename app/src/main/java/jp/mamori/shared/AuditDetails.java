package jp.mamori.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Derives an audit entry's subject id, actor and details from an event record's components, once
 * for every module: the component marked {@link AuditableEvent.Subject} is the subject, the one
 * named {@code actor} the actor, one named {@code subjectType} (an event whose kind of subject
 * varies) its kind, and each other component is a detail under its name (its value as text; a
 * {@code Map} component adds its own entries, for events that carry old → new changes).
 */
final class AuditDetails {
    private AuditDetails() {}

    static String subjectId(AuditableEvent event) {
        for (RecordComponent component : components(event)) {
            if (component.isAnnotationPresent(AuditableEvent.Subject.class)) {
                return String.valueOf(value(event, component));
            }
        }
        return "";
    }

    static String actor(AuditableEvent event) {
        for (RecordComponent component : components(event)) {
            if (component.getName().equals("actor")) {
                return String.valueOf(value(event, component));
            }
        }
        throw new IllegalStateException(event.getClass().getName() + " has no actor component: override actor()");
    }

    static Map<String, String> of(AuditableEvent event) {
        Map<String, String> details = new LinkedHashMap<>();
        for (RecordComponent component : components(event)) {
            if (component.getName().equals("actor")
                    || component.getName().equals("subjectType")
                    || component.isAnnotationPresent(AuditableEvent.Subject.class)) {
                continue;
            }
            Object value = value(event, component);
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> details.put(String.valueOf(k), String.valueOf(v)));
            } else {
                details.put(component.getName(), String.valueOf(Objects.requireNonNull(value, component.getName())));
            }
        }
        return Collections.unmodifiableMap(details);
    }

    private static RecordComponent[] components(AuditableEvent event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(event.getClass().getName() + " is not a record");
        }
        return components;
    }

    private static Object value(AuditableEvent event, RecordComponent component) {
        Method accessor = component.getAccessor();
        try {
            accessor.setAccessible(true); // events of a module may be package-private
            return accessor.invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event.getClass(), e);
        }
    }
}
