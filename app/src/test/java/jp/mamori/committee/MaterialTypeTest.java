package jp.mamori.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaterialTypeTest {
    @Test
    void pdf_images_office_files_and_utf8_text_are_recognised_from_their_content() {
        assertThat(MaterialType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "資料.pdf"))
                .contains(MaterialType.PDF);
        assertThat(MaterialType.sniff(new byte[] {'P', 'K', 3, 4, 0, 0}, "予算.xlsx"))
                .contains(MaterialType.XLSX);
        assertThat(MaterialType.sniff("議題一覧\n1. 基本方針の改正\n".getBytes(StandardCharsets.UTF_8), "議題.txt"))
                .contains(MaterialType.TEXT);
        // the name does not make a PDF: its content does
        assertThat(MaterialType.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "renamed.exe"))
                .contains(MaterialType.PDF);
    }

    @Test
    void executables_renamed_files_zips_and_text_with_control_characters_are_refused() {
        assertThat(MaterialType.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0}, "資料.pdf"))
                .isEmpty();
        assertThat(MaterialType.sniff(new byte[] {'P', 'K', 3, 4}, "archive.zip"))
                .isEmpty();
        assertThat(MaterialType.sniff(new byte[] {'a', 0, 'b'}, "memo.txt")).isEmpty();
        assertThat(MaterialType.sniff(new byte[] {(byte) 0x82, (byte) 0xa0}, "sjis.txt"))
                .isEmpty();
        assertThat(MaterialType.sniff("plain".getBytes(StandardCharsets.UTF_8), "script.js"))
                .isEmpty();
    }

    @Test
    void a_stored_file_name_has_no_path_nor_control_characters() {
        assertThat(Committee.safeName("..\\..\\windows\\資料1.pdf")).isEqualTo("資料1.pdf");
        assertThat(Committee.safeName("/etc/passwd")).isEqualTo("passwd");
        assertThat(Committee.safeName("a\u0000b<c>.txt")).isEqualTo("ab_c_.txt");
        assertThat(Committee.safeName("..")).isEqualTo("material");
    }
}
