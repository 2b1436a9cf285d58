package jp.mamori.network.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored report and comparison read back for the run page. */
final class RunView {
    private static final JsonMapper JSON = JsonMapper.shared();

    private RunView() {}

    /** One finding as the page shows it. */
    record Finding(
            String kind,
            String severity,
            String device,
            String rule,
            String file,
            int line,
            String from,
            String to,
            String cell,
            String example,
            long count,
            String message) {}

    /** One line not understood. */
    record Unsupported(String file, long line, String text, String reason) {}

    record Report(
            long rules,
            long findings,
            long violations,
            long linesRead,
            long linesUnderstood,
            List<Finding> items,
            List<Unsupported> unsupported) {}

    record Comparison(@Nullable Long previousRun, List<Finding> added, List<Finding> fixed) {}

    static Report report(String json) {
        JsonNode root = JSON.readTree(json);
        JsonNode s = root.get("summary");
        List<Unsupported> unsupported = new ArrayList<>();
        for (JsonNode u : root.get("unsupported")) {
            unsupported.add(new Unsupported(
                    text(u.get("file")), u.get("line").asLong(), text(u.get("text")), text(u.get("reason"))));
        }
        return new Report(
                s.get("rules").asLong(),
                s.get("findings").asLong(),
                s.get("violations").asLong(),
                s.get("linesRead").asLong(),
                s.get("linesUnderstood").asLong(),
                findings(root.get("findings")),
                unsupported);
    }

    static Comparison comparison(String json) {
        JsonNode root = JSON.readTree(json);
        JsonNode p = root.get("previousRun");
        return new Comparison(
                p == null || p.isNull() ? null : p.asLong(), findings(root.get("new")), findings(root.get("fixed")));
    }

    private static List<Finding> findings(@Nullable JsonNode list) {
        List<Finding> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (JsonNode f : list) {
            JsonNode e = f.get("example");
            String example = e == null || e.isNull()
                    ? ""
                    : text(e.get("proto")) + " " + text(e.get("src")) + " → " + text(e.get("dst"))
                            + (e.get("dstPort").asInt() == 0
                                    ? ""
                                    : ":" + e.get("dstPort").asInt());
            out.add(new Finding(
                    text(f.get("kind")),
                    text(f.get("severity")),
                    text(f.get("device")),
                    text(f.get("rule")),
                    text(f.get("file")),
                    f.get("line").asInt(),
                    text(f.get("from")),
                    text(f.get("to")),
                    text(f.get("cell")),
                    example,
                    f.get("count").asLong(),
                    text(f.get("message"))));
        }
        return out;
    }

    private static String text(@Nullable JsonNode n) {
        return n == null || n.isNull() ? "" : n.asString();
    }
}
