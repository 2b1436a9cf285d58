package jp.mamori.netcheck.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Broken zone files must fail with a {@link ZoneModelException} and a line, never anything else. */
class ZoneFileFuzzTest {
    @Test
    void mutatedZoneFilesEitherLoadOrFailWithAZoneModelException() {
        String valid = ZoneModelTest.ISSUE_EXAMPLE;
        Random r = new Random(2026);
        String alphabet = "{}[]:,-\"'#*&!|>% \n\tabz019./";
        int refused = 0;
        for (int i = 0; i < 800; i++) {
            StringBuilder sb = new StringBuilder(valid);
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            try {
                ZoneModel.parse("fuzz.yaml", sb.toString());
            } catch (ZoneModelException e) {
                refused++;
                assertThat(e.getMessage()).startsWith("fuzz.yaml:");
                assertThat(e.line()).isBetween(0, sb.toString().split("\n", -1).length + 1);
            }
        }
        assertThat(refused).isGreaterThan(200);
    }

    @Test
    void randomBytesAreRefusedWithAZoneModelException() {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            try {
                ZoneModel.parse("junk.yaml", text);
            } catch (ZoneModelException e) {
                assertThat(e.file()).isEqualTo("junk.yaml");
            }
        }
    }
}
