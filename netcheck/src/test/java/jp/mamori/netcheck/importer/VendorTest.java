package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VendorTest {
    @Test
    void everyVendorHasAnImporterFoundByNameInAnyCase() {
        for (Vendor v : Vendor.values()) {
            assertThat(Vendor.byName(v.cliName())).contains(v);
            assertThat(Vendor.byName(" " + v.cliName().toUpperCase() + " ")).contains(v);
            assertThat(v.importer()).isNotNull();
            assertThat(v.importer()).isNotSameAs(v.importer());
        }
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        assertThat(Vendor.byName("checkpoint")).isEmpty();
        assertThatThrownBy(() -> Vendor.forName("checkpoint"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checkpoint")
                .hasMessageContaining(Vendor.names());
    }

    @Test
    void theDocumentationListsExactlyTheVendorsWithTheirLines() throws IOException {
        String doc = Files.readString(Path.of("../docs/netcheck.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9]+)` \\| ([^|]+) \\|$").matcher(doc);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2).strip());
        }
        List<String> expected = new ArrayList<>();
        for (Vendor v : Vendor.values()) {
            expected.add(v.cliName() + " " + v.description());
            assertThat(doc).contains("\n### " + v.cliName() + "\n");
        }
        assertThat(rows).containsAll(expected);
        Matcher listed = Pattern.compile("Vendors: ((?:`[a-z0-9]+`(?:, )?)+)").matcher(doc);
        assertThat(listed.find()).isTrue();
        assertThat(listed.group(1).replace("`", "")).isEqualTo(Vendor.names());
    }
}
