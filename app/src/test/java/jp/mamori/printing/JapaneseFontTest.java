package jp.mamori.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseFontTest {
    private static final String IPAEX = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    @Test
    void embedsTheFirstReadableFontAndTheTextReadsBack() throws Exception {
        assumeTrue(Files.isReadable(Path.of(IPAEX)), "fonts-ipaexfont is installed by .ci/run");
        JapaneseFont font = new JapaneseFont(List.of("/nowhere/none.ttf", IPAEX));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("情報セキュリティ基本方針　令和７年４月１日施行", font.font(12, 0)));
        document.close();

        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("情報セキュリティ基本方針");
        assertThat(font.available()).isTrue();
    }

    @Test
    void refusesWithEveryPlaceItLookedAt(@TempDir Path dir) throws Exception {
        Path notAFont = Files.writeString(dir.resolve("fake.ttf"), "this is not a font");
        JapaneseFont font = new JapaneseFont(List.of("/nowhere/none.ttf", notAFont.toString()));

        assertThat(font.available()).isFalse();
        assertThatThrownBy(font::baseFont)
                .isInstanceOf(FontMissingException.class)
                .hasMessageContaining("fonts-ipaexfont")
                .hasMessageContaining("mamori.pdf.font")
                .hasMessageContaining("/nowhere/none.ttf")
                .hasMessageContaining("fake.ttf");
    }

    @Test
    void aConfiguredFontComesFirst() {
        assertThat(JapaneseFont.candidates(" /opt/fonts/body.ttf ", List.of("/usr/a.ttf")))
                .containsExactly("/opt/fonts/body.ttf", "/usr/a.ttf");
        assertThat(JapaneseFont.candidates("", List.of("/usr/a.ttf"))).containsExactly("/usr/a.ttf");
    }
}
