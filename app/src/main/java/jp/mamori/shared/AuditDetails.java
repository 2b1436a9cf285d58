package jp.mamori.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Derives an audit entry from an event record, once for every module: the action and a fixed actor
 * from its {@link AuditableEvent.Action}, the kind of subject from its (or its family's)
 * {@link AuditableEvent.SubjectType}; the component marked {@link AuditableEvent.Subject} is the
 * subject, the one marked {@link AuditableEvent.Actor} or named {@code actor} the actor, one named
 * {@code subjectType} (an event whose kind of subject varies) its kind, and each other component is
 * a detail under its name (its value as text; a {@code Map} component adds its own entries, for
 * events that carry old → new changes). What an event class declares is looked up once and kept.
 */
final class AuditDetails {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private AuditDetails() {}

    static String action(AuditableEvent event) {
        AuditableEvent.Action action = shape(event).action();
        if (action == null) {
            throw new IllegalStateException(
                    event.getClass().getName() + " names no action: annotate it with @AuditableEvent.Action");
        }
        return action.value();
    }

    static String subjectType(AuditableEvent event) {
        String subjectType = shape(event).subjectType();
        if (subjectType == null) {
            throw new IllegalStateException(event.getClass().getName()
                    + " names no subject type: annotate it or its family with @AuditableEvent.SubjectType");
        }
        return subjectType;
    }

    static String subjectId(AuditableEvent event) {
        Part subject = shape(event).subject();
        return subject == null ? "" : String.valueOf(subject.read(event));
    }

    static String actor(AuditableEvent event) {
        Shape shape = shape(event);
        if (shape.action() != null && !shape.action().actor().isEmpty()) {
            return shape.action().actor();
        }
        if (shape.actor() == null) {
            throw new IllegalStateException(event.getClass().getName()
                    + " has no actor component: call it actor, mark it @AuditableEvent.Actor"
                    + " or name a fixed actor in @AuditableEvent.Action");
        }
        return String.valueOf(shape.actor().read(event));
    }

    static Map<String, String> of(AuditableEvent event) {
        Map<String, String> details = new LinkedHashMap<>();
        for (Part part : shape(event).details()) {
            Object value = part.read(event);
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> details.put(String.valueOf(k), String.valueOf(v)));
            } else {
                details.put(part.name(), String.valueOf(Objects.requireNonNull(value, part.name())));
            }
        }
        return Collections.unmodifiableMap(details);
    }

    private static Shape shape(AuditableEvent event) {
        return SHAPES.get(event.getClass());
    }

    /** What an event class declares: its annotations, and its components by their role. */
    private record Shape(
            AuditableEvent.@Nullable Action action,
            @Nullable String subjectType,
            @Nullable Part subject,
            @Nullable Part actor,
            List<Part> details) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalStateException(type.getName() + " is not a record");
            }
            Part subject = null;
            Part named = null;
            Part marked = null;
            List<Part> details = new ArrayList<>();
            for (RecordComponent component : components) {
                Part part = Part.of(component);
                boolean isSubject = component.isAnnotationPresent(AuditableEvent.Subject.class);
                boolean isActor = component.isAnnotationPresent(AuditableEvent.Actor.class);
                if (isSubject) {
                    subject = part;
                }
                if (isActor) {
                    marked = part;
                }
                if (component.getName().equals("actor")) {
                    named = part;
                }
                if (!isSubject
                        && !isActor
                        && !component.getName().equals("actor")
                        && !component.getName().equals("subjectType")) {
                    details.add(part);
                }
            }
            return new Shape(
                    type.getAnnotation(AuditableEvent.Action.class),
                    subjectType(type),
                    subject,
                    marked != null ? marked : named,
                    List.copyOf(details));
        }

        /** The record's own subject type, else the nearest one among the interfaces it implements. */
        private static @Nullable String subjectType(Class<?> type) {
            Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
            while (!types.isEmpty()) {
                Class<?> next = types.removeFirst();
                AuditableEvent.SubjectType subjectType = next.getAnnotation(AuditableEvent.SubjectType.class);
                if (subjectType != null) {
                    return subjectType.value();
                }
                types.addAll(List.of(next.getInterfaces()));
            }
            return null;
        }
    }

    /** A record component and its accessor, made readable once (events of a module may be package-private). */
    private record Part(String name, Method accessor) {
        static Part of(RecordComponent component) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return new Part(component.getName(), accessor);
        }

        @Nullable
        Object read(AuditableEvent event) {
            try {
                return accessor.invoke(event);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + event.getClass(), e);
            }
        }
    }
}
