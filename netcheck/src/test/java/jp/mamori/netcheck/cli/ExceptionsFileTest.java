package jp.mamori.netcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.netcheck.zone.ZoneModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --exceptions FILE}: a file holding only {@code exceptions:} (as mamori's register exports
 * them) adds its exceptions to those of the zone file, for rules and flows alike. "Today" is
 * 2026-04-01.
 */
class ExceptionsFileTest {
    static final String ZONES = """
            default: deny
            zones:
              - {id: mynumber, kind: MY_NUMBER, networks: [10.10.0.0/16]}
              - {id: lgwan,    kind: LGWAN,     networks: [10.20.0.0/16]}
              - {id: internet, kind: INTERNET,  networks: [10.30.0.0/16]}
            policy:
              - {from: mynumber, to: "*", access: deny, severity: critical}
              - {from: lgwan, to: internet, access: allow}
            exceptions:
              - {id: EX-Z1, from: 10.10.9.9, to: 10.20.9.9, services: [tcp/443], justification: 既存, owner: 課長, expires: 2027-03-31}
            """;
    // rule 2 lets the My Number zone reach LGWAN on tcp/22: a violation without an exception
    static final String RULES = """
            filter,seq,action,src,dst,service
            fw,1,permit,10.20.0.0/16,10.30.0.0/16,tcp/443
            fw,2,permit,10.10.1.5,10.20.1.7,tcp/22
            """;

    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        return CommandRun.file(dir, name, text);
    }

    CommandRun rules(String... exceptionsFiles) throws Exception {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "rules",
                "--zones",
                file("zones.yaml", ZONES).toString(),
                "--rules",
                file("rules.csv", RULES).toString(),
                "--vendor",
                "csv",
                "--format",
                "json"));
        for (String f : exceptionsFiles) {
            args.add("--exceptions");
            args.add(f);
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void withoutTheFileTheRuleIsAViolation() throws Exception {
        CommandRun r = rules();
        assertThat(r.code()).isEqualTo(1);
        assertThat(JsonMapper.shared()
                        .readTree(r.out())
                        .get("findings")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("VIOLATION");
    }

    @Test
    void anApprovedExceptionInTheFileForgivesExactlyItsTraffic() throws Exception {
        Path ex = file("exceptions.yaml", """
                # written by mamori exceptions export --netcheck
                exceptions:
                  - id: EX-2026-0001
                    from: [10.10.1.5/32]
                    to: [10.20.1.7/32]
                    services: [tcp/22]
                    justification: 保守端末からの接続
                    owner: 保険課 情報セキュリティ管理者
                    expires: 2026-04-01
                """);
        CommandRun r = rules(ex.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(JsonMapper.shared()
                        .readTree(r.out())
                        .get("summary")
                        .get("violations")
                        .asInt())
                .isZero();

        // tcp/23 is not covered: still a violation
        Path narrower = file("narrow.yaml", """
                exceptions:
                  - {id: EX-2026-0002, from: 10.10.1.5, to: 10.20.1.7, services: [tcp/23], justification: 別, owner: 課長, expires: 2026-12-31}
                """);
        assertThat(rules(narrower.toString()).code()).isEqualTo(1);
    }

    @Test
    void anExpiredExceptionOfTheFileIsReportedAtItsLineInThatFile() throws Exception {
        Path ex = file("exceptions.yaml", """
                exceptions:
                  - {id: EX-2026-0003, from: 10.10.1.5, to: 10.20.1.7, services: [tcp/22], justification: 移行, owner: 課長, expires: 2026-03-31}
                """);
        CommandRun r = rules(ex.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode expired = null;
        for (JsonNode f : JsonMapper.shared().readTree(r.out()).get("findings")) {
            if (f.get("kind").asString().equals("EXPIRED_EXCEPTION")) {
                expired = f;
            }
        }
        assertThat(expired).isNotNull();
        assertThat(expired.get("rule").asString()).isEqualTo("EX-2026-0003");
        assertThat(expired.get("file").asString()).isEqualTo(ex.toString());
        assertThat(expired.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void flowsAreForgivenByTheFileToo() throws Exception {
        Path zones = file("zones.yaml", ZONES);
        Path flows = file(
                "flows.csv",
                CommandRun.flowCsv("2026-03-01T09:00:00+09:00,10.10.1.5,10.20.1.7,tcp,50000,22,1200,4,permit,fw,2"));
        assertThat(CommandRun.flows(zones, flows).code()).isEqualTo(1);
        Path ex = file("exceptions.yaml", """
                exceptions:
                  - {id: EX-2026-0004, from: 10.10.1.5, to: 10.20.1.7, services: [tcp/22], justification: 保守, owner: 課長, expires: 2026-06-30}
                """);
        CommandRun r = CommandRun.flows(zones, flows, "--exceptions", ex.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void anIdTheZoneFileAlreadyUsesIsRefusedWithFileAndLine() throws Exception {
        Path ex = file("exceptions.yaml", """
                exceptions:
                  - {id: EX-Z1, from: 10.10.1.5, to: 10.20.1.7, services: [tcp/22], justification: 重複, owner: 課長, expires: 2026-06-30}
                """);
        CommandRun r = rules(ex.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(ex + ":2").contains("EX-Z1");
    }

    @Test
    void anExceptionsFileHoldsNothingButExceptions() throws Exception {
        Path ex = file("exceptions.yaml", """
                exceptions: []
                zones:
                  - {id: x, kind: OTHER, networks: [10.99.0.0/16]}
                """);
        CommandRun r = rules(ex.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(ex + ":2").contains("zones");
    }

    @Test
    void theLibraryAddsTheFileToAModelAndKeepsTheZoneFileAsItWas() {
        ZoneModel model = ZoneModel.parse("zones.yaml", ZONES, CommandRun.CLOCK);
        ZoneModel more = model.withExceptions("ex.yaml", """
                exceptions:
                  - {id: EX-9, from: 10.10.1.5, to: 10.20.1.7, justification: 保守, owner: 課長, expires: 2026-06-30}
                """);
        assertThat(model.exemptions()).extracting(x -> x.id()).containsExactly("EX-Z1");
        assertThat(more.exemptions()).extracting(x -> x.id()).containsExactly("EX-Z1", "EX-9");
        assertThat(more.exemptions().get(1).file()).isEqualTo("ex.yaml");
        assertThat(more.exemptions().get(0).file()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> model.withExceptions("bad.yaml", "exceptions:\n  - {id: EX-9}\n"))
                .isInstanceOf(ZoneModelException.class)
                .hasMessageContaining("bad.yaml:2");
    }
}
