package jp.mamori.incident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an event's details in the order given, as the audit trail wants them: stable and unmodifiable. */
final class EventDetails {
    private EventDetails() {}

    static Map<String, String> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details come in key–value pairs");
        }
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i].toString(), keysAndValues[i + 1].toString());
        }
        return Collections.unmodifiableMap(details);
    }
}
