package jp.mamori.netcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.netcheck.importer.Vendor;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NetcheckCommandTest {
    static final String ZONES = """
            default: deny
            zones:
              - {id: mynumber, kind: MY_NUMBER, networks: [10.10.0.0/16]}
              - {id: lgwan,    kind: LGWAN,     networks: [10.20.0.0/16]}
              - {id: internet, kind: INTERNET,  networks: [10.30.0.0/16]}
              - {id: outside,  kind: EXTERNAL,  networks: [0.0.0.0/0]}
            policy:
              - {from: mynumber, to: "*", access: deny, severity: critical}
              - {from: lgwan, to: internet, access: allow-only, services: [tcp/443], severity: medium}
              - {from: internet, to: outside, access: allow}
            """;
    static final String CLEAN_RULES = """
            filter,seq,action,src,dst,service
            fw,1,permit,10.20.0.0/16,10.30.0.0/16,tcp/443
            fw,2,permit,10.30.0.0/16,203.0.113.0/24,tcp/443
            """;
    static final String BAD_RULES = """
            filter,seq,action,src,dst,service
            fw,1,permit,10.20.0.0/16,10.30.0.0/16,tcp/443
            fw,2,permit,10.10.0.0/16,10.20.0.0/16,tcp/22
            """;
    /** A flow record from the my-number zone to LGWAN (tcp/445): forbidden. */
    static final String FORBIDDEN_FLOW =
            "2026-03-01T09:00:00+09:00,10.10.0.5,10.20.0.9,tcp,50000,445,1200,4,permit,fw,9";
    /** A flow record from LGWAN to the internet zone (tcp/443): allowed. */
    static final String ALLOWED_FLOW = "2026-03-01T09:00:00+09:00,10.20.0.5,10.30.0.9,tcp,50000,443,1200,4,permit,fw,9";

    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        return CommandRun.file(dir, name, text);
    }

    CommandRun rules(String rules, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "rules",
                "--zones",
                file("zones.yaml", ZONES).toString(),
                "--rules",
                file("rules.csv", rules).toString(),
                "--vendor",
                "csv"));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void cleanRulesExitWithZeroAndSayThereIsNothingToReport() throws Exception {
        CommandRun r = rules(CLEAN_RULES);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("指摘はありません");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aViolationExitsWithOneAndTheJsonHasTheFixedShape() throws Exception {
        CommandRun r = rules(BAD_RULES, "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.propertyNames()).containsExactly("summary", "findings", "unsupported");
        assertThat(json.get("summary").propertyNames())
                .containsExactly("rules", "findings", "violations", "linesRead", "linesUnderstood");
        assertThat(json.get("summary").get("rules").asInt()).isEqualTo(2);
        JsonNode v = json.get("findings").get(0);
        assertThat(v.propertyNames())
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
                        "message");
        assertThat(v.get("kind").asString()).isEqualTo("VIOLATION");
        assertThat(v.get("rule").asString()).isEqualTo("2");
        assertThat(v.get("line").asInt()).isEqualTo(3);
        assertThat(v.get("cell").asString()).isEqualTo("mynumber→* deny");
        assertThat(v.get("example").propertyNames()).containsExactly("src", "dst", "proto", "dstPort");
        assertThat(v.get("example").get("dstPort").asInt()).isEqualTo(22);
    }

    @Test
    void anUnresolvedRuleMakesTheRunExitWithOneWithoutCountingAsAViolation() throws Exception {
        Path asa = file(
                "fw.cfg",
                "hostname fw\naccess-list OUT extended permit tcp any object NOWHERE eq 443\n"
                        + "access-group OUT in interface inside\n");
        CommandRun r = CommandRun.of(
                "rules",
                "--zones",
                file("zones.yaml", ZONES).toString(),
                "--rules",
                asa.toString(),
                "--vendor",
                "asa",
                "--format",
                "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.get("summary").get("violations").asInt()).isZero();
        assertThat(json.get("findings").get(0).get("kind").asString()).isEqualTo("UNRESOLVED");
        assertThat(json.get("findings").get(0).get("message").asString()).contains("NOWHERE");
    }

    @Test
    void sarifCarriesTheRequiredFields() throws Exception {
        CommandRun r = rules(BAD_RULES, "--format", "sarif");
        assertThat(r.code()).isEqualTo(1);
        JsonNode s = JsonMapper.shared().readTree(r.out());
        assertThat(s.get("version").asString()).isEqualTo("2.1.0");
        assertThat(s.get("$schema").asString()).contains("sarif-2.1.0");
        JsonNode run = s.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asString()).isEqualTo("netcheck");
        assertThat(run.get("tool").get("driver").get("rules").size()).isEqualTo(Finding.Kind.values().length);
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asString()).isEqualTo("VIOLATION");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.get("message").get("text").asString()).isNotBlank();
        JsonNode loc = result.get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asString()).endsWith("rules.csv");
        assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(3);
    }

    @Test
    void englishTextIsAvailableWithLangEn() throws Exception {
        CommandRun r = rules(BAD_RULES, "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[critical] violation").contains("breaks cell \"mynumber→* deny\"");
    }

    @Test
    void flowFindingsAreInJapaneseByDefaultAndInEnglishWithLangEn() throws Exception {
        Path zones = file("zones.yaml", ZONES);
        Path bad = file("bad.csv", CommandRun.flowCsv(FORBIDDEN_FLOW));

        CommandRun ja = CommandRun.flows(zones, bad);
        assertThat(ja.code()).isEqualTo(1);
        assertThat(ja.out()).contains("tcp/445 の通信が 1 件通過しています").contains("（機器 fw、ルール 9）");

        CommandRun english = CommandRun.flows(zones, bad, "--lang", "en");
        assertThat(english.code()).isEqualTo(1);
        assertThat(english.out())
                .contains("1 flow(s) of tcp/445 from")
                .contains("passed, which breaks cell \"mynumber→* deny\". (device fw, rule 9)")
                .doesNotContain("通過")
                .doesNotContain("機器");
    }

    @Test
    void aBrokenZoneFileExitsWithTwoNamingFileAndLineWithoutAStackTrace() throws Exception {
        Path zones = file("broken.yaml", "zones:\n  - {id: a, kind: NOPE, networks: [10.0.0.0/8]}\n");
        Path rules = file("r.csv", CLEAN_RULES);
        CommandRun r =
                CommandRun.of("rules", "--zones", zones.toString(), "--rules", rules.toString(), "--vendor", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err())
                .contains("broken.yaml:2:")
                .contains("NOPE")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingFileExitsWithTwo() throws Exception {
        CommandRun r = CommandRun.of(
                "rules", "--zones", dir.resolve("nope.yaml").toString(), "--rules", "x.csv", "--vendor", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml").doesNotContain("\tat ");
    }

    @Test
    void anUnknownVendorIsAUsageError() throws Exception {
        CommandRun r = CommandRun.of(
                "rules",
                "--zones",
                file("zones.yaml", ZONES).toString(),
                "--rules",
                file("rules.csv", CLEAN_RULES).toString(),
                "--vendor",
                "juniper");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("juniper").contains(Vendor.names());
    }

    @Test
    void aMissingOptionIsAUsageError() {
        CommandRun r = CommandRun.of("rules", "--vendor", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--zones");
    }

    @Test
    void aBadFormatIsAUsageError() throws Exception {
        CommandRun r = rules(CLEAN_RULES, "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void aGarbageRulesFileNeverPrintsAStackTrace() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path rules = dir.resolve("junk.csv");
        Files.write(rules, junk);
        CommandRun r = CommandRun.of(
                "rules",
                "--zones",
                file("zones.yaml", ZONES).toString(),
                "--rules",
                rules.toString(),
                "--vendor",
                "csv");
        assertThat(r.code()).isIn(0, 2);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alpha", "alpha-prime", "beta", "beta-prime", "β′"})
    void everyPresetPrintsAZoneFileThatLoads(String model) {
        CommandRun r = CommandRun.of("init", "--model", model);
        assertThat(r.code()).isZero();
        ZoneModel m = ZoneModel.parse("preset.yaml", r.out());
        assertThat(m.zones()).extracting(z -> z.id()).contains("mynumber", "lgwan", "internet");
        assertThat(m.cellFor("mynumber", "lgwan").access().label()).isEqualTo("deny");
        assertThat(m.cellFor("internet", "lgwan").access().label()).isEqualTo("via-relay");
    }

    @Test
    void anUnknownPresetIsAUsageError() {
        CommandRun r = CommandRun.of("init", "--model", "gamma");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gamma").contains("alpha-prime");
    }

    @Test
    void aForbiddenFlowExitsWithOneAndCleanFlowsWithZero() throws Exception {
        Path zones = file("zones.yaml", ZONES);
        Path bad = file("bad.csv", CommandRun.flowCsv(FORBIDDEN_FLOW));
        CommandRun r = CommandRun.flows(zones, bad, "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode f = JsonMapper.shared().readTree(r.out()).get("findings").get(0);
        assertThat(f.get("kind").asString()).isEqualTo("FLOW_VIOLATION");
        assertThat(f.get("cell").asString()).isEqualTo("mynumber→* deny");

        Path good = file("good.csv", CommandRun.flowCsv(ALLOWED_FLOW));
        assertThat(CommandRun.flows(zones, good).code()).isZero();
    }

    @Test
    void aFlowRecordThatCouldNotBeReadMakesTheRunExitWithOne() throws Exception {
        // the unreadable line might have been a forbidden flow: the log does not prove the zones apart
        Path zones = file("zones.yaml", ZONES);
        Path log = file(
                "partly.csv",
                CommandRun.flowCsv(
                        ALLOWED_FLOW,
                        "2026-03-01T09:00:01+09:00,10.10.0.5,not-an-address,tcp,50000,443,1200,4,permit,fw,9"));
        CommandRun r = CommandRun.flows(zones, log, "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.get("findings").size()).isZero();
        assertThat(json.get("unsupported").size()).isEqualTo(1);
    }

    @Test
    void anUnknownFlowFormatIsAUsageError() throws Exception {
        CommandRun r = CommandRun.of(
                "flows", "--zones", file("zones.yaml", ZONES).toString(), "--flows", "x.log", "--flow-format", "sflow");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("sflow").doesNotContain("\tat ");
    }

    @Test
    void aGarbageFlowFileNeverPrintsAStackTrace() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(9).nextBytes(junk);
        Path flows = dir.resolve("junk.bin");
        Files.write(flows, junk);
        for (String format : List.of("csv", "netflow5", "ipfix", "zeek")) {
            CommandRun r = CommandRun.of(
                    "flows",
                    "--zones",
                    file("zones.yaml", ZONES).toString(),
                    "--flows",
                    flows.toString(),
                    "--flow-format",
                    format);
            assertThat(r.code()).as(format).isIn(0, 2);
            assertThat(r.err()).as(format).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void noSubcommandPrintsTheUsageOnStandardErrorAndExitsWithTwo() {
        CommandRun r = CommandRun.of();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("rules").contains("flows").contains("init");
    }

    @Test
    void helpExitsWithZero() {
        CommandRun r = CommandRun.of("rules", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--zones").contains("--vendor").contains(Vendor.names());
        for (Vendor v : Vendor.values()) {
            assertThat(r.out()).contains(v.description());
        }
    }
}
