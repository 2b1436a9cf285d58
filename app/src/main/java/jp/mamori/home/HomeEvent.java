package jp.mamori.home;

import jp.mamori.shared.AuditableEvent;

/** What happened in the home module, for the audit trail: a person's choice about the daily digest. */
public sealed interface HomeEvent extends AuditableEvent {
    @Override
    default String subjectType() {
        return "person";
    }

    /** {@code home.digest-stopped}: the person no longer receives the daily digest. */
    record DigestStopped(@AuditableEvent.Subject long personId, String actor) implements HomeEvent {
        @Override
        public String action() {
            return "home.digest-stopped";
        }
    }

    /** {@code home.digest-resumed}: the person receives the daily digest again. */
    record DigestResumed(@AuditableEvent.Subject long personId, String actor) implements HomeEvent {
        @Override
        public String action() {
            return "home.digest-resumed";
        }
    }
}
