package jp.mamori.netcheck.zone;

import java.util.Locale;

/** How serious breaking a cell is; the JSON report writes the lower-case name. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO;

    /** The lower-case name used in the zone file and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
