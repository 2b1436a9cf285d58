package jp.mamori.control.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** {@code mamori controls import/export}: exit codes, lines named in errors, all or nothing. */
@MamoriSpringTest
class ControlCommandsTests {
    @Autowired
    Catalogues catalogues;

    @Autowired
    MessageSource messages;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int importing(Path file, boolean dryRun) {
        ControlCommands.Import command = new ControlCommands.Import();
        command.file = file;
        command.dryRun.on = dryRun;
        return command.run(catalogues, messages, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void an_export_imports_again_as_a_dry_run() throws Exception {
        Path file = dir.resolve("catalogue.yaml");
        ControlCommands.Export export = new ControlCommands.Export();
        export.file = file;
        assertThat(export.run(catalogues, messages, new PrintWriter(out), new PrintWriter(err)))
                .isZero();
        assertThat(Files.readString(file)).contains("measures:", "id: \"1.1.1\"");
        int versions = catalogues.versions().size();
        assertThat(importing(file, true)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("--dry-run");
        assertThat(catalogues.versions()).hasSize(versions);
    }

    @Test
    void problems_name_the_line_and_exit_1_writing_nothing() throws Exception {
        String text = new String(CatalogueFile.write(ShippedCatalogue.read()), StandardCharsets.UTF_8)
                .replaceFirst("role: \"CISO\"", "role: \"MAYOR\"");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        int versions = catalogues.versions().size();
        assertThat(importing(file, false)).isEqualTo(1);
        int line = 0;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("id: \"1.1.1\"")) {
                line = i + 1;
            }
        }
        assertThat(err.toString()).contains("bad.yaml:" + line + ": 1.1.1 role:", "MAYOR");
        assertThat(catalogues.versions()).hasSize(versions);
    }

    @Test
    void a_file_that_is_not_yaml_exits_2_and_a_missing_file_too() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "catalogue:\n  key: [oops\n");
        assertThat(importing(file, false)).isEqualTo(2);
        assertThat(err.toString()).contains("broken.yaml:");
        assertThat(importing(dir.resolve("missing.yaml"), false)).isEqualTo(2);
    }
}
