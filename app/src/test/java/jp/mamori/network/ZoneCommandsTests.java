package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code mamori zones export} and {@code mamori zones import}: the exported file is netcheck's zone
 * file of the model in force and reads back as a new draft; a bad file changes nothing and names
 * its line (exit 1); a file that is not YAML or not there is exit 2.
 */
@MamoriSpringTest
class ZoneCommandsTests {
    @Autowired
    ZoneModels models;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void empty() {
        NetworkTestData.reset(jdbc);
    }

    int export(Path file, Integer version) {
        ZoneCommands.Export c = new ZoneCommands.Export();
        c.file = file;
        c.version.number = version;
        return c.run(models, messages, new PrintWriter(out), new PrintWriter(err));
    }

    int importFile(Path file, boolean dryRun) {
        ZoneCommands.Import c = new ZoneCommands.Import();
        c.file = file;
        c.dryRun.on = dryRun;
        return c.run(models, messages, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void export_writes_the_model_in_force_and_import_reads_it_back_as_a_draft() throws Exception {
        Path file = dir.resolve("zones.yaml");
        assertThat(export(file, null)).isEqualTo(2);
        assertThat(err.toString()).contains("承認済みのゾーンモデルがありません");

        ZoneVersion approved = NetworkTestData.approvedSample(models);
        assertThat(export(file, null)).isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("# mamori ゾーンモデル 第" + approved.number() + "版")
                .contains("  - {id: PATH-1, from: [10.10.1.5/32], to: [10.20.9.9/32], services: [tcp/443]")
                .contains("  FGT-MIDORI-01: {port1: mynumber, port2: lgwan, port3: lgwan, port4: internet}");
        // netcheck reads it as it is
        assertThat(jp.mamori.netcheck.zone.ZoneModel.load(file).zones()).hasSize(4);

        assertThat(importFile(file, true)).isZero();
        assertThat(out.toString()).contains("ゾーン 4、ポリシー 5、無害化中継 1、恒久的な許可経路 1、インターフェース 4", "--dry-run");
        assertThat(models.open()).isEmpty();

        assertThat(importFile(file, false)).isZero();
        ZoneVersion draft = models.open().orElseThrow();
        assertThat(draft.number()).isEqualTo(approved.number() + 1);
        assertThat(draft.state()).isEqualTo(ZoneVersionState.DRAFT);
        assertThat(models.document(draft)).isEqualTo(models.document(approved));
    }

    @Test
    void a_file_with_problems_changes_nothing_and_names_the_line() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(
                file,
                NetworkTestData.resource("zones-kaku.yaml").replace("method: MAIL_TEXT", "method: EMAIL"),
                StandardCharsets.UTF_8);
        assertThat(importFile(file, false)).isEqualTo(1);
        assertThat(err.toString()).contains("bad.yaml:9:", "EMAIL", "何も書き込んでいません");
        assertThat(models.versions()).isEmpty();
    }

    @Test
    void a_file_that_is_not_yaml_or_not_there_is_bad_usage() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "zones: [\n  {id: a\n", StandardCharsets.UTF_8);
        assertThat(importFile(file, false)).isEqualTo(2);
        assertThat(err.toString()).contains("broken.yaml:", "YAML として読めません");
        assertThat(importFile(dir.resolve("none.yaml"), false)).isEqualTo(2);
        assertThat(export(dir.resolve("x.yaml"), 99)).isEqualTo(2);
        assertThat(err.toString()).contains("第99版はありません");
        assertThat(models.versions()).isEmpty();
    }
}
