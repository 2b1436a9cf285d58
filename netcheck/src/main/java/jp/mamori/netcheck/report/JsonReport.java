package jp.mamori.netcheck.report;

import java.io.StringWriter;
import jp.mamori.netcheck.model.Unsupported;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report in the shape fixed by issue 4 (documented in docs/netcheck.md). Every key is
 * always written, null when unknown; flow findings add {@code bytes}, {@code firstSeen}, {@code
 * lastSeen} and {@code samples} after the common keys.
 */
final class JsonReport {
    private static final ObjectWriter PRETTY = JsonMapper.shared().writerWithDefaultPrettyPrinter();

    private JsonReport() {}

    static String render(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = PRETTY.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("summary");
            g.writeStartObject();
            g.writeNumberProperty("rules", report.rules());
            g.writeNumberProperty("findings", report.findings().size());
            g.writeNumberProperty("violations", report.violations());
            g.writeNumberProperty("linesRead", report.linesRead());
            g.writeNumberProperty("linesUnderstood", report.linesUnderstood());
            g.writeEndObject();
            g.writeName("findings");
            g.writeStartArray();
            for (Finding f : report.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeName("unsupported");
            g.writeStartArray();
            for (Unsupported u : report.unsupported()) {
                g.writeStartObject();
                g.writeStringProperty("file", u.file());
                g.writeNumberProperty("line", u.line());
                g.writeStringProperty("text", u.text());
                g.writeStringProperty("reason", u.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString() + "\n";
    }

    private static void finding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("kind", f.kind().name());
        g.writeStringProperty("severity", f.severity());
        string(g, "device", f.device());
        string(g, "filter", f.filter());
        string(g, "rule", f.rule());
        string(g, "file", f.file());
        g.writeNumberProperty("line", f.line());
        string(g, "from", f.from());
        string(g, "to", f.to());
        string(g, "cell", f.cell());
        g.writeName("example");
        packet(g, f.example());
        g.writeNumberProperty("count", f.count());
        g.writeStringProperty("message", f.message());
        Finding.FlowFacts flow = f.flow();
        if (flow != null) {
            g.writeNumberProperty("bytes", flow.bytes());
            string(g, "firstSeen", flow.firstSeen());
            string(g, "lastSeen", flow.lastSeen());
            g.writeName("samples");
            g.writeStartArray();
            for (Finding.Packet p : flow.samples()) {
                packet(g, p);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void packet(JsonGenerator g, Finding.@Nullable Packet p) {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("src", p.src());
        g.writeStringProperty("dst", p.dst());
        g.writeStringProperty("proto", p.proto());
        g.writeNumberProperty("dstPort", p.dstPort());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, @Nullable String value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }
}
