package jp.mamori.netcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.netcheck.model.Unsupported;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFormatTest {
    static final Finding.Packet PACKET = new Finding.Packet("10.10.0.1", "10.20.0.1", "tcp", 22);

    static Finding ruleFinding() {
        return new Finding(
                Finding.Kind.VIOLATION,
                "critical",
                "fw1",
                "policy",
                "7",
                "fw1.conf",
                42,
                "mynumber",
                "lgwan",
                "mynumber→* deny",
                PACKET,
                1,
                "msg",
                null);
    }

    static Finding flowFinding() {
        return new Finding(
                Finding.Kind.FLOW_ATTEMPT,
                "medium",
                null,
                null,
                null,
                "flows.csv",
                0,
                "internet",
                "lgwan",
                "internet→lgwan via-relay",
                PACKET,
                12,
                "flow msg",
                new Finding.FlowFacts(3400, "2026-11-20T09:03:00+09:00", null, List.of(PACKET, PACKET)));
    }

    static Report report() {
        return new Report(
                3,
                10,
                9,
                List.of(ruleFinding(), flowFinding()),
                List.of(new Unsupported("fw1.conf", 5, "set foo bar", "未対応の行です")));
    }

    @Test
    void jsonWritesFlowFiguresAfterTheCommonKeys() {
        JsonNode json = JsonMapper.shared().readTree(ReportFormat.JSON.render(report(), Messages.japanese()));
        assertThat(json.get("summary").get("violations").asInt()).isEqualTo(1);
        JsonNode flow = json.get("findings").get(1);
        assertThat(flow.propertyNames())
                .containsExactly(
                        "kind",
                        "severity",
                        "device",
                        "filter",
                        "rule",
                        "file",
                        "line",
                        "from",
                        "to",
                        "cell",
                        "example",
                        "count",
                        "message",
                        "bytes",
                        "firstSeen",
                        "lastSeen",
                        "samples");
        assertThat(flow.get("device").isNull()).isTrue();
        assertThat(flow.get("lastSeen").isNull()).isTrue();
        assertThat(flow.get("samples").size()).isEqualTo(2);
        JsonNode unsupported = json.get("unsupported").get(0);
        assertThat(unsupported.propertyNames()).containsExactly("file", "line", "text", "reason");
        assertThat(unsupported.get("reason").asString()).isEqualTo("未対応の行です");
    }

    @Test
    void sarifPointsFindingsWithoutALineAtTheFirstLineAndMapsSeverityToLevel() {
        JsonNode sarif = JsonMapper.shared().readTree(ReportFormat.SARIF.render(report(), Messages.english()));
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results.get(0).get("level").asString()).isEqualTo("error");
        assertThat(results.get(1).get("level").asString()).isEqualTo("warning");
        assertThat(results.get(1).get("ruleId").asString()).isEqualTo("FLOW_ATTEMPT");
        assertThat(results.get(1)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt())
                .isEqualTo(1);
        assertThat(results.get(0).get("properties").get("cell").asString()).isEqualTo("mynumber→* deny");
        JsonNode rules = sarif.get("runs").get(0).get("tool").get("driver").get("rules");
        assertThat(rules.get(results.get(1).get("ruleIndex").asInt()).get("id").asString())
                .isEqualTo("FLOW_ATTEMPT");
    }

    @Test
    void sarifEscapesSpacesInFileNames() {
        assertThat(SarifReport.uri("configs/fw 1.conf")).isEqualTo("configs/fw%201.conf");
        assertThat(SarifReport.uri("C:\\fw\\a.conf")).doesNotContain("\\");
    }

    @Test
    void textShowsSeverityKindLocationCountAndUnsupportedLinesInJapanese() {
        String text = ReportFormat.TEXT.render(report(), Messages.japanese());
        assertThat(text)
                .contains("ルール 3 件、指摘 2 件（うち違反 1 件）、読み込み行 10 行中 9 行を解釈（90.0%）")
                .contains("[緊急] 違反  fw1.conf:42")
                .contains("[中] 遮断された通信の試行  flows.csv  件数 12")
                .contains("解釈できなかった行 1 行")
                .contains("fw1.conf:5: set foo bar — 未対応の行です");
    }

    @Test
    void textInEnglishUsesTheEnglishBundle() {
        String text = ReportFormat.TEXT.render(report(), Messages.english());
        assertThat(text).contains("3 rules, 2 findings (1 violations)").contains("[critical] violation");
    }

    @Test
    void anEmptyReportSaysThereIsNothing() {
        String text = ReportFormat.TEXT.render(new Report(0, 0, 0, List.of(), List.of()), Messages.english());
        assertThat(text).contains("No findings.");
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        assertThat(ReportFormat.byName("SARIF")).contains(ReportFormat.SARIF);
        assertThat(ReportFormat.byName("xml")).isEmpty();
    }
}
