package jp.mamori.audittrail;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * What happened to the audit trail itself, as audit events: one record per kind, the details
 * derived from its components (see docs/architecture.md, "Writing an event").
 */
@AuditableEvent.SubjectType("audit-trail")
public sealed interface AuditTrailEvent extends AuditableEvent {

    /**
     * Audit event {@code audit-trail.exported}: someone exported (part of) the trail. The details are
     * the format, how many entries, then each filter field that was given ({@code from}, {@code to},
     * {@code actor}, {@code action}, {@code subjectType}, {@code subjectId}).
     */
    @AuditableEvent.Action("audit-trail.exported")
    record Exported(String actor, String format, int count, Map<String, String> filter) implements AuditTrailEvent {
        public Exported {
            filter = AuditableEvent.inOrder(filter);
        }

        /** The event for an export of {@code count} entries in {@code format} under {@code applied}. */
        public static Exported of(String actor, String format, int count, AuditFilter applied) {
            Map<String, String> filter = new LinkedHashMap<>();
            putIfGiven(
                    filter,
                    "from",
                    applied.from() == null ? null : applied.from().toString());
            putIfGiven(filter, "to", applied.to() == null ? null : applied.to().toString());
            putIfGiven(filter, "actor", applied.actor());
            putIfGiven(filter, "action", applied.action());
            putIfGiven(filter, "subjectType", applied.subjectType());
            putIfGiven(filter, "subjectId", applied.subjectId());
            return new Exported(actor, format, count, filter);
        }

        private static void putIfGiven(Map<String, String> filter, String key, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                filter.put(key, value.strip());
            }
        }
    }
}
