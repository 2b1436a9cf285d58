package jp.mamori.audittrail;

import jp.mamori.shared.AuditableEvent;

/** The day's anchor was taken: the head it published (entry number and hash) and the file it went to. */
record AuditTrailAnchored(String day, long seq, String hash, String file) implements AuditableEvent {
    @Override
    public String action() {
        return "audit-trail.anchored";
    }

    @Override
    public String subjectType() {
        return "audit-trail";
    }

    @Override
    public String subjectId() {
        return "";
    }

    @Override
    public String actor() {
        return "system";
    }
}
