package jp.mamori.audittrail;

import jp.mamori.shared.AuditableEvent;

/** The day's anchor was taken: the head it published (entry number and hash) and the file it went to. */
@AuditableEvent.SubjectType("audit-trail")
@AuditableEvent.Action(value = "audit-trail.anchored", actor = "system")
record AuditTrailAnchored(String day, long seq, String hash, String file) implements AuditableEvent {}
