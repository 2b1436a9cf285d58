package jp.mamori.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A domain event that belongs in the tamper-evident audit trail. Modules publish these with
 * {@code ApplicationEventPublisher} inside their transaction; the audit trail appends them in the
 * same transaction, so a change and its trail entry commit or roll back together.
 *
 * <p>Write an event as a record with typed fields, in its module's one sealed event family (as
 * {@code IncidentEvent}), and declare the rest with annotations instead of methods:
 *
 * <pre>{@code
 * @AuditableEvent.SubjectType("user")                // the family's kind of subject
 * public sealed interface SecurityEvent extends AuditableEvent {
 *     @AuditableEvent.Action("account.unlocked")
 *     record AccountUnlocked(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {}
 *
 *     @AuditableEvent.Action(value = "account.locked", actor = "system")
 *     record AccountLocked(@AuditableEvent.Subject String login, int failedAttempts) implements SecurityEvent {}
 *
 *     @AuditableEvent.Action("signout")
 *     record SignedOut(@AuditableEvent.Subject @AuditableEvent.Actor String login) implements SecurityEvent {}
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link Action} names the record's action (required) and, for work nobody signed in did, a
 *       fixed actor such as {@code system} or {@code anonymous};
 *   <li>{@link SubjectType} on the family gives its kind of subject, on a record one that differs;
 *   <li>the component marked {@link Subject} is the subject id; the component called {@code actor},
 *       or the one marked {@link Actor}, is the actor;
 *   <li>every other component is a detail under its name (see {@link AuditDetails}).
 * </ul>
 *
 * <p>The annotations are read once per event class. A record without {@link Action} fails when it is
 * published, and {@code AuditEventsTests} walks every event record of the application so that it
 * fails in the build first. Overriding a method remains possible for what the annotations cannot say
 * (a subject type computed from the action, a fixed subject id).
 */
public interface AuditableEvent {
    /**
     * What happened, as a stable dotted name such as {@code person.created} or {@code signin.failed}.
     * By default the record's {@link Action}.
     */
    default String action() {
        return AuditDetails.action(this);
    }

    /**
     * The kind of thing it happened to: {@code person}, {@code unit}, {@code user}, {@code role-assignment} …
     * By default the record's {@link SubjectType}, else its family's.
     */
    default String subjectType() {
        return AuditDetails.subjectType(this);
    }

    /**
     * The identifier of that thing (as text), or an empty string when there is none. By default
     * the record component marked {@link Subject}.
     */
    default String subjectId() {
        return AuditDetails.subjectId(this);
    }

    /**
     * Login of who did it, {@code system} for scheduled or start-up work, {@code anonymous} before
     * sign-in. By default the fixed actor of the record's {@link Action}, else the record component
     * marked {@link Actor}, else the one called {@code actor}.
     */
    default String actor() {
        return AuditDetails.actor(this);
    }

    /**
     * Further facts (old → new values, reasons); never secrets. By default every other record
     * component, under its name, with a {@code Map} component's entries taken as they are.
     */
    default Map<String, String> details() {
        return AuditDetails.of(this);
    }

    /**
     * A copy of the changes (or other map of details) an event carries, in the caller's order and
     * unmodifiable: what a record's compact constructor keeps, so that the trail lists them as given.
     */
    static Map<String, String> inOrder(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Names an event record's action and, when nobody signed in did it, its fixed actor. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Action {
        /** The action, a stable dotted name such as {@code account.changed}. */
        String value();

        /** A fixed actor ({@code system}, {@code anonymous}) for an event without an actor component. */
        String actor() default "";
    }

    /** The kind of subject: on an event family, of all its records; on a record, of that record. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface SubjectType {
        String value();
    }

    /** Marks the record component that identifies the event's subject. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @interface Subject {}

    /** Marks the record component that is the actor, where it is not called {@code actor}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @interface Actor {}
}
