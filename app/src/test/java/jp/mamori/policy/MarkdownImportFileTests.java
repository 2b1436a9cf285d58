package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.mamori.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The Markdown upload treats the file as hostile: strict UTF-8, no binary, a size limit. */
class MarkdownImportFileTests {
    static final String TEXT = "# 第1条 目的\r\n\r\nこの基準は、架空市職員共済組合の情報資産を守る。\r\n";

    @Test
    void utf8_with_a_byte_order_mark_loses_the_mark_and_the_carriage_returns() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        assertThat(MarkdownImportFile.read("kijun.md", file)).isEqualTo("# 第1条 目的\n\nこの基準は、架空市職員共済組合の情報資産を守る。\n");
    }

    @Test
    void utf8_without_a_mark_reads_the_same() {
        assertThat(MarkdownImportFile.read("KIJUN.MD", TEXT.getBytes(StandardCharsets.UTF_8)))
                .startsWith("# 第1条 目的\n");
    }

    @Test
    void shift_jis_is_refused_as_not_utf8() {
        byte[] sjis = TEXT.getBytes(Charset.forName("windows-31j"));
        assertProblem("a.md", sjis, "policy.import.notUtf8");
    }

    @Test
    void a_binary_file_renamed_to_md_is_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> MarkdownImportFile.read("image.md", png)).isInstanceOf(InvalidInputException.class);
        byte[] zipLike = "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.UTF_8);
        assertProblem("doc.md", zipLike, "policy.import.binary");
    }

    @Test
    void only_markdown_or_text_names_are_taken() {
        assertProblem("policy.docx", TEXT.getBytes(StandardCharsets.UTF_8), "policy.import.notMarkdown");
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertProblem("a.md", new byte[0], "policy.import.empty");
        assertProblem("a.md", "\uFEFF \n\n".getBytes(StandardCharsets.UTF_8), "policy.import.empty");
        byte[] big = "あ".repeat(MarkdownImportFile.MAX_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8);
        assertProblem("a.md", big, "policy.import.tooLarge");
    }

    private static void assertProblem(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> MarkdownImportFile.read(name, bytes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("file");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(key);
                });
    }
}
