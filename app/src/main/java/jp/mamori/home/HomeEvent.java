package jp.mamori.home;

import jp.mamori.shared.AuditableEvent;

/** What happened in the home module, for the audit trail: a person's choice about the daily digest. */
@AuditableEvent.SubjectType("person")
public sealed interface HomeEvent extends AuditableEvent {

    /** {@code home.digest-stopped}: the person no longer receives the daily digest. */
    @AuditableEvent.Action("home.digest-stopped")
    record DigestStopped(@AuditableEvent.Subject long personId, String actor) implements HomeEvent {}

    /** {@code home.digest-resumed}: the person receives the daily digest again. */
    @AuditableEvent.Action("home.digest-resumed")
    record DigestResumed(@AuditableEvent.Subject long personId, String actor) implements HomeEvent {}
}
