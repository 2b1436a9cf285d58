package jp.mamori.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every audit event record of the application (main code, not the tests' own), and a sample of each
 * built from made-up component values, so that a test can check what each one writes to the trail.
 */
final class AuditEventCatalogue {
    private AuditEventCatalogue() {}

    /** The event records of the application's main code, by class name. */
    static List<Class<? extends AuditableEvent>> records() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
        List<Class<? extends AuditableEvent>> records = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("jp.mamori")) {
            Class<?> type = load(candidate.getBeanClassName());
            if (type.isRecord() && !fromTests(type)) {
                records.add(type.asSubclass(AuditableEvent.class));
            }
        }
        records.sort(Comparator.comparing(Class::getName));
        return records;
    }

    /** A line per record: action, subject type, subject id, actor and details of a sample of it. */
    static String table() {
        StringBuilder table = new StringBuilder();
        for (Class<? extends AuditableEvent> type : records()) {
            table.append(type.getName()).append(" | ").append(describe(type)).append('\n');
        }
        return table.toString();
    }

    private static String describe(Class<? extends AuditableEvent> type) {
        try {
            AuditableEvent event = sample(type);
            return String.join(
                    " | ",
                    event.action(),
                    event.subjectType(),
                    event.subjectId(),
                    event.actor(),
                    event.details().toString());
        } catch (RuntimeException e) {
            return "fails: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** A sample of the event, its components made-up values of their types. */
    static AuditableEvent sample(Class<? extends AuditableEvent> type) {
        return (AuditableEvent) build(type);
    }

    /** The records a sealed family permits, through its sealed sub-families. */
    static List<Class<?>> members(Class<?> family) {
        List<Class<?>> members = new ArrayList<>();
        for (Class<?> permitted : family.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                members.addAll(members(permitted));
            } else {
                members.add(permitted);
            }
        }
        return members;
    }

    private static Object build(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getType(), components[i].getName());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName() + ": " + e.getCause(), e);
        }
    }

    private static Object value(Class<?> type, String name) {
        if (type == String.class) {
            return name;
        } else if (type == int.class || type == Integer.class) {
            return 3;
        } else if (type == long.class || type == Long.class) {
            return 4L;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == double.class || type == Double.class) {
            return 1.5;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 4, 1);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.of(2026, 4, 1, 9, 30);
        } else if (type == LocalTime.class) {
            return LocalTime.of(9, 30);
        } else if (type == Instant.class) {
            return Instant.parse("2026-04-01T00:30:00Z");
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 4, 1, 9, 30, 0, 0, ZoneOffset.ofHours(9));
        } else if (type == YearMonth.class) {
            return YearMonth.of(2026, 4);
        } else if (type == Year.class) {
            return Year.of(2026);
        } else if (type == Duration.class) {
            return Duration.ofMinutes(90);
        } else if (type == UUID.class) {
            return UUID.fromString("00000000-0000-0000-0000-000000000007");
        } else if (Map.class.isAssignableFrom(type)) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put(name + ".a", "1 → 2");
            map.put(name + ".b", "x");
            return map;
        } else if (List.class.isAssignableFrom(type)) {
            return List.of();
        } else if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type.isRecord()) {
            return build(type);
        }
        return null;
    }

    private static boolean fromTests(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuditEventCatalogue.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
