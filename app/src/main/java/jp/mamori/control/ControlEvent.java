package jp.mamori.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Something that happened in the control module, for the audit trail: a catalogue version was
 * drafted, tailored, submitted, approved or returned; a statement of applicability entry changed; an
 * exception was requested, decided, closed or lapsed.
 */
public sealed interface ControlEvent extends AuditableEvent
        permits ControlEvent.CatalogueVersionChanged, ControlEvent.ApplicabilityChanged, ControlEvent.ExceptionChanged {

    /** Details in the order given: stable and unmodifiable. */
    static Map<String, String> details(Object... keysAndValues) {
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i].toString(), String.valueOf(keysAndValues[i + 1]));
        }
        return Collections.unmodifiableMap(details);
    }

    /** {@code control.catalogue.*}: loaded, imported, drafted, tailored, submitted, approved, returned. */
    record CatalogueVersionChanged(String action, int versionNumber, String actor, Map<String, String> details)
            implements ControlEvent {
        public CatalogueVersionChanged {
            details = Map.copyOf(details);
        }

        @Override
        public String subjectType() {
            return "control-catalogue";
        }

        @Override
        public String subjectId() {
            return Integer.toString(versionNumber);
        }
    }

    /** {@code control.soa.*}: status recorded, evidence added, not applicable requested or approved, system type declared. */
    record ApplicabilityChanged(
            String action, String scopeKey, String measureId, String actor, Map<String, String> details)
            implements ControlEvent {
        public ApplicabilityChanged {
            details = Map.copyOf(details);
        }

        @Override
        public String subjectType() {
            return "control-soa";
        }

        @Override
        public String subjectId() {
            return scopeKey + "/" + measureId;
        }
    }

    /** {@code control.exception.*}: requested, approved, rejected, closed, expired, reminded. */
    record ExceptionChanged(String action, String reference, String actor, Map<String, String> details)
            implements ControlEvent {
        public ExceptionChanged {
            details = Map.copyOf(details);
        }

        @Override
        public String subjectType() {
            return "control-exception";
        }

        @Override
        public String subjectId() {
            return reference;
        }
    }
}
