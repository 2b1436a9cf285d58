package jp.mamori.netcheck.report;

import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as SARIF 2.1.0, so code-scanning tools can show findings next to the configuration
 * lines. One SARIF rule per finding kind; severities map to levels: critical and high to {@code
 * error}, medium to {@code warning}, low and info to {@code note}. The zone-specific fields go into
 * each result's {@code properties}.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    static String render(Report report, Messages messages) {
        StringWriter out = new StringWriter();
        List<Finding.Kind> kinds = List.of(Finding.Kind.values());
        try (JsonGenerator g =
                JsonMapper.shared().writerWithDefaultPrettyPrinter().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA);
            g.writeStringProperty("version", "2.1.0");
            g.writeName("runs");
            g.writeStartArray();
            g.writeStartObject();
            g.writeName("tool");
            g.writeStartObject();
            g.writeName("driver");
            g.writeStartObject();
            g.writeStringProperty("name", "netcheck");
            g.writeStringProperty("informationUri", "https://github.com/mamori/mamori/blob/main/docs/netcheck.md");
            g.writeName("rules");
            g.writeStartArray();
            for (Finding.Kind k : kinds) {
                g.writeStartObject();
                g.writeStringProperty("id", k.name());
                g.writeName("shortDescription");
                g.writeStartObject();
                g.writeStringProperty("text", messages.format("sarif.rule." + k.name()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeName("results");
            g.writeStartArray();
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringProperty("ruleId", f.kind().name());
                g.writeNumberProperty("ruleIndex", kinds.indexOf(f.kind()));
                g.writeStringProperty("level", level(f.severity()));
                g.writeName("message");
                g.writeStartObject();
                g.writeStringProperty("text", f.message());
                g.writeEndObject();
                if (f.file() != null && !f.file().isEmpty()) {
                    g.writeName("locations");
                    g.writeStartArray();
                    g.writeStartObject();
                    g.writeName("physicalLocation");
                    g.writeStartObject();
                    g.writeName("artifactLocation");
                    g.writeStartObject();
                    g.writeStringProperty("uri", uri(f.file()));
                    g.writeEndObject();
                    g.writeName("region");
                    g.writeStartObject();
                    // SARIF lines start at 1; findings without a line (default action, binary logs) point at the top
                    g.writeNumberProperty("startLine", Math.max(1, f.line()));
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndArray();
                }
                g.writeName("properties");
                g.writeStartObject();
                g.writeStringProperty("severity", f.severity());
                List<String[]> props = new ArrayList<>();
                props.add(new String[] {"device", f.device()});
                props.add(new String[] {"filter", f.filter()});
                props.add(new String[] {"rule", f.rule()});
                props.add(new String[] {"from", f.from()});
                props.add(new String[] {"to", f.to()});
                props.add(new String[] {"cell", f.cell()});
                for (String[] p : props) {
                    if (p[1] != null) {
                        g.writeStringProperty(p[0], p[1]);
                    }
                }
                g.writeNumberProperty("count", f.count());
                Finding.Packet e = f.example();
                if (e != null) {
                    g.writeName("example");
                    g.writeStartObject();
                    g.writeStringProperty("src", e.src());
                    g.writeStringProperty("dst", e.dst());
                    g.writeStringProperty("proto", e.proto());
                    g.writeNumberProperty("dstPort", e.dstPort());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString() + "\n";
    }

    static String level(String severity) {
        return switch (severity) {
            case "critical", "high" -> "error";
            case "medium" -> "warning";
            default -> "note";
        };
    }

    // a relative path stays relative; characters such as spaces are escaped as the URI format needs
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
