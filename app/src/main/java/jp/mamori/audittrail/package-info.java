/**
 * The tamper-evident audit trail: every {@code AuditableEvent} is appended, in the publisher's
 * transaction, to one SHA-256 hash chain in the database; the chain can be browsed by
 * administrators and auditors and verified from the command line ({@code mamori audit-trail verify}).
 * Nobody calls this module: it listens.
 */
@NullMarked
package jp.mamori.audittrail;

import org.jspecify.annotations.NullMarked;
