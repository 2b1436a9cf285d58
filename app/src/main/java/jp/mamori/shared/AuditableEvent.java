package jp.mamori.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A domain event that belongs in the tamper-evident audit trail. Modules publish these with
 * {@code ApplicationEventPublisher} inside their transaction; the audit trail appends them in the
 * same transaction, so a change and its trail entry commit or roll back together.
 *
 * <p>Write an event as a record with typed fields, in its module's one sealed event family (as
 * {@code IncidentEvent}). Mark the component that names the subject with {@link Subject} and call
 * the login {@code actor}: the subject id, the actor and the details are then derived from the
 * record (see {@link AuditDetails}); an event only names its {@link #action()} and
 * {@link #subjectType()}.
 */
public interface AuditableEvent {
    /** What happened, as a stable dotted name such as {@code person.created} or {@code signin.failed}. */
    String action();

    /** The kind of thing it happened to: {@code person}, {@code unit}, {@code user}, {@code role-assignment} … */
    String subjectType();

    /**
     * The identifier of that thing (as text), or an empty string when there is none. By default
     * the record component marked {@link Subject}.
     */
    default String subjectId() {
        return AuditDetails.subjectId(this);
    }

    /**
     * Login of who did it, {@code system} for scheduled or start-up work, {@code anonymous} before
     * sign-in. By default the record component {@code actor}.
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

    /** Marks the record component that identifies the event's subject. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @interface Subject {}
}
