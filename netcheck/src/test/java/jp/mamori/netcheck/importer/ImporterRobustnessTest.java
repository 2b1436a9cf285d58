package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.RuleImporter;
import jp.mamori.netcheck.model.Unsupported;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and damaged input for every importer: each must return a result that accounts for the
 * lines it read, and never throw. Seeds are fixed so a failure can be replayed.
 */
class ImporterRobustnessTest {
    private static final String[] SAMPLES = {
        "csv", "csv/rules.csv",
        "fortigate", "fortigate/fgt-midori.conf",
        "paloalto", "paloalto/pa-midori.set",
        "yamaha", "yamaha/rtx-shisho.conf",
        "iptables", "iptables/gw-midori.rules",
        "asa", "asa/asa-midori.cfg"
    };
    private static final String[] PUNCTUATION = {"\"", "[", "]", "!", "*", "-", "/", ":", ",", ";", "#", "\\", "{", "}"
    };

    static Stream<Arguments> vendors() {
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < SAMPLES.length; i += 2) {
            out.add(Arguments.of(SAMPLES[i], SAMPLES[i + 1]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void printableGarbage(String vendor, String sample) {
        Random random = new Random(vendor.hashCode());
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = random.nextInt(40);
            for (int l = 0; l < lines; l++) {
                int len = random.nextInt(120);
                for (int c = 0; c < len; c++) {
                    sb.append((char) (32 + random.nextInt(95)));
                }
                sb.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            check(vendor, sb.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void binaryBytes(String vendor, String sample) {
        Random random = new Random(31L * vendor.hashCode());
        for (int round = 0; round < 30; round++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            check(vendor, new String(bytes, StandardCharsets.UTF_8));
            check(vendor, new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void veryLongLines(String vendor, String sample) {
        String text = Samples.text(sample);
        String longWord = "10.20.0.1,".repeat(100_000);
        String longTokens = String.join(" ", text.split("\\s+")).repeat(50);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            check(vendor, longWord);
            check(vendor, longTokens);
            check(vendor, text + "\n" + text.lines().reduce("", (a, b) -> a + " " + b));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void truncatedAndDamagedSamples(String vendor, String sample) {
        String text = Samples.text(sample);
        Random random = new Random(17L * vendor.hashCode());
        for (int round = 0; round < 40; round++) {
            check(vendor, text.substring(0, random.nextInt(text.length() + 1)));
            check(vendor, text.substring(random.nextInt(text.length() + 1)));
            List<String> lines = new ArrayList<>(text.lines().toList());
            int edits = 1 + random.nextInt(5);
            for (int e = 0; e < edits && !lines.isEmpty(); e++) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    case 2 -> {
                        String l = lines.get(at);
                        lines.set(at, l.substring(0, random.nextInt(l.length() + 1)));
                    }
                    default -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                }
            }
            check(vendor, String.join("\n", lines));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void tokenSoup(String vendor, String sample) {
        String text = Samples.text(sample);
        List<String> vocabulary = new ArrayList<>(Arrays.asList(text.split("[\\s,]+")));
        vocabulary.addAll(Arrays.asList(PUNCTUATION));
        vocabulary.addAll(
                List.of("0", "-1", "65536", "99999999999999999999", "255.255.255.256", "::", "1::2::3", "/33", "a-b"));
        Random random = new Random(7L * vendor.hashCode());
        for (int round = 0; round < 100; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + random.nextInt(30);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(3) == 0) {
                    sb.append(text.lines()
                            .skip(random.nextInt((int) text.lines().count()))
                            .findFirst()
                            .orElse(""));
                    sb.append(' ');
                }
                int words = random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    sb.append(vocabulary.get(random.nextInt(vocabulary.size())));
                    sb.append(random.nextInt(8) == 0 ? "," : " ");
                }
                sb.append('\n');
            }
            check(vendor, sb.toString());
        }
    }

    private static void check(String vendor, String text) {
        RuleImporter importer = Vendor.forName(vendor);
        ImportResult r = importer.read("fuzz.txt", text, null);
        assertThat(r).isNotNull();
        assertThat(r.linesUnderstood()).isBetween(0, r.linesRead());
        long physical = text.lines().count() + 1;
        for (Unsupported u : r.unsupported()) {
            assertThat(u.file()).isEqualTo("fuzz.txt");
            assertThat(u.reason()).isNotBlank().doesNotContain("想定外");
            assertThat((long) u.line()).isBetween(0L, physical);
        }
        // whatever was not understood is listed: a line counted as not understood has an entry
        long listed = r.unsupported().stream()
                .map(Unsupported::line)
                .filter(l -> l > 0)
                .distinct()
                .count();
        assertThat(listed).isGreaterThanOrEqualTo(r.linesRead() - r.linesUnderstood());
    }
}
