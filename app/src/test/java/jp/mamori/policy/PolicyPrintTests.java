package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mamori.policy.web.PolicyWebForTests;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;

/** Print view, PDF (text read back), the zip export and the Markdown import. */
@MamoriSpringTest
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
class PolicyPrintTests {
    static final String BODY = """
            ## 第1条（目的）

            この基準は、架空市職員共済組合の<script>alert(1)</script>情報資産を守る。

            1. 分類する。
            2. 取り扱う。

            | 区分 | 内容 |
            |---|---|
            | 機密性3 | 個人番号 |
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Revisions revisions;

    @Autowired
    PolicyPdf pdf;

    AcknowledgementFixtures fx;
    InForce doc;
    String title;

    @BeforeEach
    void setUp() {
        fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        title = PolicyTestData.unique("情報セキュリティ対策基準");
        doc = fx.data.documentInForce(PolicyTier.STANDARD, title, Visibility.open(Audience.ALL_STAFF), BODY);
    }

    String revisionPath() {
        return "/policies/" + doc.document().id() + "/revisions/"
                + doc.revision().id();
    }

    @Test
    void the_print_view_shows_title_number_wareki_dates_body_and_provisions_with_html_escaped() throws Exception {
        String page = mvc.perform(get(revisionPath() + "/print")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(title)
                .contains("テスト第1号")
                .contains("令和6年4月1日")
                .contains("令和2年4月1日")
                .contains("附則")
                .contains("この規程は、公表の日から施行する。")
                .contains("<table>")
                .contains("<ol>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert")
                .containsPattern("/css/policy-print-[0-9a-f]{32}\\.css")
                .doesNotContain("style=");
    }

    @Test
    void the_pdf_embeds_a_japanese_font_and_its_text_reads_back_with_title_and_document_number() throws Exception {
        byte[] bytes = mvc.perform(get(revisionPath() + "/pdf").with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString())
                .contains(title)
                .contains("テスト第1号")
                .contains("令和6年4月1日")
                .contains("第1条（目的）")
                .contains("個人番号")
                .contains("附則");
        assertThat(reader.getInfo().get("Title")).isEqualTo(title);
        assertThat(embeddedFontFiles(reader))
                .as("a TrueType font file embedded in the PDF")
                .isPositive();
    }

    @Autowired
    PolicyPrintouts printouts;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void without_a_font_the_pdf_link_answers_503_with_the_reason_and_the_print_view() {
        JapaneseFont missing = org.mockito.Mockito.mock(JapaneseFont.class);
        org.mockito.Mockito.when(missing.available()).thenReturn(false);
        org.mockito.Mockito.when(missing.baseFont()).thenThrow(jp.mamori.printing.FontMissingException.class);
        PolicyPdf pdfWithoutFont = new PolicyPdf(missing, messages);

        AtomicReference<Object> answer = new AtomicReference<>();
        TestUsers.runAs(
                AcknowledgementFixtures.staff(fx.person("印刷 職員", fx.unit("印刷課", null)), 1L),
                () -> answer.set(PolicyWebForTests.pdf(
                        printouts,
                        pdfWithoutFont,
                        doc.document().id(),
                        doc.revision().id())));

        assertThat(answer.get()).isInstanceOfSatisfying(ModelAndView.class, page -> {
            assertThat(page.getViewName()).isEqualTo("policy/pdf-unavailable");
            assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(page.getModel())
                    .containsEntry("revisionId", doc.revision().id());
        });
    }

    @Test
    void a_restricted_document_is_a_404_in_print_and_pdf_for_someone_who_may_not_read_it() throws Exception {
        InForce secret = fx.data.documentInForce(
                PolicyTier.PROCEDURE,
                PolicyTestData.unique("秘密の手順"),
                Visibility.restricted(Set.of(), Set.of(fx.unit("限定課", null))),
                "本文");
        String path = "/policies/" + secret.document().id() + "/revisions/"
                + secret.revision().id();
        mvc.perform(get(path + "/print").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path + "/pdf").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_export_zip_holds_markdown_and_pdf_of_the_readable_documents_in_force_under_stable_names()
            throws Exception {
        InForce secret = fx.data.documentInForce(
                PolicyTier.PROCEDURE,
                PolicyTestData.unique("限定手順"),
                Visibility.restricted(Set.of(), Set.of(fx.unit("限定課", null))),
                "限定の本文");
        byte[] zip = mvc.perform(get("/policies/export.zip").with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> entries = unzip(zip);
        String name = "2-" + String.format("%04d", doc.document().id()) + "-" + PolicyExport.safe(title);
        assertThat(entries).containsKeys(name + ".md", name + ".pdf", PolicyExport.INDEX);
        String md = new String(entries.get(name + ".md"), StandardCharsets.UTF_8);
        assertThat(md)
                .startsWith("# " + title)
                .contains("文書番号: テスト第1号")
                .contains(doc.revision().contentHash())
                .contains("## 附則");
        assertThat(new String(entries.get(PolicyExport.INDEX), StandardCharsets.UTF_8))
                .contains(name);
        assertThat(entries.keySet())
                .noneMatch(
                        k -> k.contains(String.format("%04d", secret.document().id()) + "-"));
        assertThat(new PdfTextExtractor(new PdfReader(entries.get(name + ".pdf"))).getTextFromPage(1))
                .contains(title);

        // the same state exports the same names again
        assertThat(unzip(mvc.perform(get("/policies/export.zip").with(TestUsers.staff()))
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray())
                        .keySet())
                .containsAll(entries.keySet());
    }

    @Test
    void a_markdown_file_becomes_the_body_of_a_new_draft_and_a_binary_file_is_refused() throws Exception {
        CurrentUser ciso = AcknowledgementFixtures.CISO;
        byte[] text = ("\uFEFF# 改正案\r\n\r\n第2条を改める。\r\n").getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(
                        multipart("/policies/{id}/import", doc.document().id())
                                .file(new MockMultipartFile("file", "kaisei.md", "text/markdown", text))
                                .with(csrf())
                                .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location)
                .startsWith("/policies/" + doc.document().id() + "/revisions/")
                .endsWith("/edit");
        Revision draft = revisions.revisions(doc.document().id()).stream()
                .filter(r -> r.recordedState() == RevisionState.DRAFT)
                .findFirst()
                .orElseThrow();
        assertThat(draft.body()).isEqualTo("# 改正案\n\n第2条を改める。\n");
        assertThat(draft.documentNumber()).isEqualTo("テスト第1号");
        assertThat(draft.enactedOn()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(draft.effectiveOn()).isNull();

        String refused = mvc.perform(multipart(
                                "/policies/{id}/import", doc.document().id())
                        .file(new MockMultipartFile(
                                "file", "image.md", "text/markdown", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                        .with(csrf())
                        .with(TestUsers.as(ciso))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("UTF-8 ではありません");

        mvc.perform(multipart("/policies/{id}/import", doc.document().id())
                        .file(new MockMultipartFile("file", "a.md", "text/markdown", text))
                        .with(csrf())
                        .with(TestUsers.staff())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    /** How many fonts on the first page carry their font file (FontFile2: embedded TrueType outlines). */
    static int embeddedFontFiles(PdfReader reader) {
        com.lowagie.text.pdf.PdfDictionary fonts = reader.getPageN(1)
                .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
                .getAsDict(com.lowagie.text.pdf.PdfName.FONT);
        int embedded = 0;
        for (com.lowagie.text.pdf.PdfName key : fonts.getKeys()) {
            com.lowagie.text.pdf.PdfDictionary font = fonts.getAsDict(key);
            com.lowagie.text.pdf.PdfArray descendants = font.getAsArray(com.lowagie.text.pdf.PdfName.DESCENDANTFONTS);
            com.lowagie.text.pdf.PdfDictionary cid = descendants == null ? font : descendants.getAsDict(0);
            com.lowagie.text.pdf.PdfDictionary descriptor = cid.getAsDict(com.lowagie.text.pdf.PdfName.FONTDESCRIPTOR);
            if (descriptor != null && descriptor.get(com.lowagie.text.pdf.PdfName.FONTFILE2) != null) {
                embedded++;
            }
        }
        return embedded;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
