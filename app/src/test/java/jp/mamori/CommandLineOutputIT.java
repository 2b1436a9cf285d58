package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.DatabaseOptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command the README lists, run as an operator runs it: in a JVM of its own, the database
 * ones against a fresh embedded database in a temporary {@code --data} folder. Standard output
 * holds the command's output only (with {@code --format json} or {@code sarif}: exactly one
 * document that parses), and standard error has no warning and no stack trace: the log is quiet
 * unless {@code --verbose} asks for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineOutputIT {
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

    @TempDir
    Path dir;

    Path data;

    record Run(int code, String out, String err) {}

    Run mamori(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Mamori.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        Run run = new Run(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        assertThat(run.err())
                .as("standard error of mamori %s", String.join(" ", args))
                .doesNotContain("WARN")
                .doesNotContain("Exception")
                .doesNotContainPattern("\\n\\s+at [\\w.$]+\\(");
        return run;
    }

    static JsonNode oneDocument(String out) {
        // exactly one document: it parses as a whole, and nothing but white space is around it
        JsonNode node = JsonMapper.builder().build().readTree(out);
        assertThat(out.strip()).startsWith("{").endsWith("}");
        return node;
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    String[] db(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return all.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void org_import_loads_units_into_a_fresh_database() throws Exception {
        data = dir.resolve("data");
        Path units = file("units.csv", "部署コード,部署名,上位部署コード\nK1,架空課,\n");
        Run run = mamori(db("org", "import", "--units", units.toString()));
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("作成 1 件").doesNotContain("WARN").doesNotContain("INFO");
    }

    @Test
    @Order(2)
    void audit_trail_verify_reports_an_intact_chain() throws Exception {
        Run run = mamori(db("audit-trail", "verify"));
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("WARN").doesNotContain("INFO").isNotBlank();
    }

    @Test
    @Order(3)
    void api_token_create_prints_the_token_and_nothing_else() throws Exception {
        // a staff member's account, made by the organisation's and the security module's services on
        // the command's database (the application started here as the commands start it)
        try (ConfigurableApplicationContext application =
                Mamori.boot(DatabaseOptions.embedded(data), WebApplicationType.NONE, Map.of())) {
            var organization = new OrganizationTestData(application);
            long person = organization.person("試験　利用者", organization.unit("コマンド試験課", null));
            new SecurityTestData(application)
                    .account(organization.staffNumber(person), "cli-user", "shuukei-token-pass-42");
        }
        Run run = mamori(db("api-token", "create", "--user", "cli-user", "--name", "集計"));
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).matches("mamori_[A-Za-z0-9_-]+");
    }

    @Test
    @Order(4)
    void assets_export_then_import_as_json() throws Exception {
        Path ledger = dir.resolve("ledger.xlsx");
        Run export = mamori(db("assets", "export", ledger.toString()));
        assertThat(export.code()).isZero();
        assertThat(ledger).isNotEmptyFile();
        assertThat(export.out()).doesNotContain("WARN").doesNotContain("INFO");

        Run json = mamori(db("assets", "import", ledger.toString(), "--dry-run", "--format", "json"));
        assertThat(json.code()).isIn(0, 1);
        assertThat(oneDocument(json.out()).isObject()).isTrue();
    }

    @Test
    @Order(5)
    void netcheck_rules_in_json_and_sarif_flows_in_json_and_init() throws Exception {
        Path zones = file("zones.yaml", ZONES);
        Path rules =
                file("rules.csv", "filter,seq,action,src,dst,service\nfw,1,permit,10.10.0.0/16,10.20.0.0/16,tcp/22\n");
        Path flows = file(
                "flows.csv",
                "time,src,dst,proto,src_port,dst_port,bytes,packets,action,device,rule\n"
                        + "2026-03-01T09:00:00+09:00,10.10.0.5,10.20.0.9,tcp,50000,445,1200,4,permit,fw,9\n");
        String[] common = {"--zones", zones.toString()};

        Run json = mamori(concat(
                "netcheck", "rules", common, "--rules", rules.toString(), "--vendor", "csv", "--format", "json"));
        assertThat(json.code()).isEqualTo(1);
        assertThat(oneDocument(json.out()).isObject()).isTrue();

        Run sarif = mamori(concat(
                "netcheck", "rules", common, "--rules", rules.toString(), "--vendor", "csv", "--format", "sarif"));
        assertThat(oneDocument(sarif.out()).path("version").asString()).isEqualTo("2.1.0");

        Run flowJson = mamori(concat(
                "netcheck", "flows", common, "--flows", flows.toString(), "--flow-format", "csv", "--format", "json"));
        assertThat(flowJson.code()).isEqualTo(1);
        assertThat(oneDocument(flowJson.out()).isObject()).isTrue();

        Run init = mamori("netcheck", "init", "--model", "beta");
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("zones:");
    }

    private static String[] concat(String a, String b, String[] middle, String... rest) {
        List<String> all = new ArrayList<>(List.of(a, b));
        all.addAll(List.of(middle));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
