package jp.mamori.shared;

import java.util.Map;

/**
 * A domain event that belongs in the tamper-evident audit trail. Modules publish these with
 * {@code ApplicationEventPublisher} inside their transaction; the audit trail appends them in the
 * same transaction, so a change and its trail entry commit or roll back together.
 */
public interface AuditableEvent {
    /** What happened, as a stable dotted name such as {@code person.created} or {@code signin.failed}. */
    String action();

    /** The kind of thing it happened to: {@code person}, {@code unit}, {@code user}, {@code role-assignment} … */
    String subjectType();

    /** The identifier of that thing (as text), or an empty string when there is none. */
    String subjectId();

    /** Login of who did it, {@code system} for scheduled or start-up work, {@code anonymous} before sign-in. */
    String actor();

    /** Further facts (old → new values, reasons); never secrets. Keys in a stable order. */
    Map<String, String> details();
}
