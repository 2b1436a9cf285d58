package jp.mamori.netcheck.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats of the command line ({@code --format}). */
public enum ReportFormat {
    /** For people: one block per finding, in the chosen language. */
    TEXT,
    /** For programs: the JSON shape of docs/netcheck.md. */
    JSON,
    /** For code-scanning tools: SARIF 2.1.0. */
    SARIF;

    /** Renders the report; messages inside findings are already in their language. */
    public String render(Report report, Messages messages) {
        return switch (this) {
            case TEXT -> TextReport.render(report, messages);
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report, messages);
        };
    }

    /** The format for a {@code --format} value (text, json, sarif), case-insensitive. */
    public static Optional<ReportFormat> byName(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
