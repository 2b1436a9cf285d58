package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorFilesTest {
    static final String H1 = "1".repeat(64);
    static final String H2 = "2".repeat(64);
    static final String H3 = "3".repeat(64);

    static KeyFile key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return new KeyFile(bytes);
    }

    static Anchor anchor(String day, long seq, String hash) {
        return new Anchor(LocalDate.parse(day), Instant.parse(day + "T00:00:01Z"), seq, hash);
    }

    @Test
    void an_anchor_written_is_read_back_with_its_signature(@TempDir Path dir) throws Exception {
        AnchorFiles files = new AnchorFiles(key(1), dir);
        Path file = files.write(anchor("2026-12-06", 42, H1));
        assertThat(file.getFileName()).hasToString("audit-anchor-2026-12-06.txt");
        String text = Files.readString(file);
        assertThat(text)
                .contains("format: mamori-audit-anchor-1", "day: 2026-12-06", "seq: 42", "hash: " + H1, "mac: ");
        assertThat(files.readAll(dir)).containsExactly(new AnchorFiles.Read.Valid(file, anchor("2026-12-06", 42, H1)));
    }

    @Test
    void a_changed_file_or_one_made_with_another_key_is_recognised(@TempDir Path dir) throws Exception {
        AnchorFiles files = new AnchorFiles(key(1), dir);
        Path file = files.write(anchor("2026-12-06", 42, H1));
        Files.writeString(file, Files.readString(file).replace("seq: 42", "seq: 40"), StandardCharsets.UTF_8);
        assertThat(files.read(file)).isEqualTo(new AnchorFiles.Read.Invalid(file, "verify.anchor.mac"));

        Path other = new AnchorFiles(key(2), dir).write(anchor("2026-12-07", 50, H2));
        assertThat(files.read(other)).isEqualTo(new AnchorFiles.Read.Invalid(other, "verify.anchor.mac"));

        Path copied = dir.resolve("audit-anchor-2026-12-08.txt");
        Files.copy(files.write(anchor("2026-12-05", 30, H3)), copied);
        assertThat(files.read(copied)).isEqualTo(new AnchorFiles.Read.Invalid(copied, "verify.anchor.renamed"));

        Path garbage = dir.resolve("audit-anchor-2026-12-09.txt");
        Files.writeString(garbage, "not an anchor");
        assertThat(files.read(garbage)).isEqualTo(new AnchorFiles.Read.Invalid(garbage, "verify.anchor.format"));
    }

    @Test
    void a_missing_folder_holds_no_anchors(@TempDir Path dir) {
        assertThat(new AnchorFiles(key(1), dir).readAll(dir.resolve("none"))).isEmpty();
    }

    // --- the check against the trail

    static final Map<Long, String> TRAIL = Map.of(10L, H1, 20L, H2, 30L, H3);

    static AnchorCheck.Coverage check(List<AnchorFiles.Read> reads, long last, String firstDay, String today) {
        return AnchorCheck.check(
                reads,
                seq -> Optional.ofNullable(TRAIL.get(seq)),
                last,
                Optional.of(LocalDate.parse(firstDay)),
                LocalDate.parse(today));
    }

    static AnchorFiles.Read valid(Anchor a) {
        return new AnchorFiles.Read.Valid(Path.of(AnchorFiles.fileName(a.day())), a);
    }

    @Test
    void anchors_that_fit_cover_their_days_and_the_entries_after_the_newest_are_named() {
        var coverage = check(
                List.of(valid(anchor("2026-12-02", 10, H1)), valid(anchor("2026-12-03", 20, H2))),
                30,
                "2026-12-01",
                "2026-12-03");
        assertThat(coverage.intact()).isTrue();
        assertThat(coverage.fitting()).hasSize(2);
        assertThat(coverage.gaps()).isEmpty();
        assertThat(coverage.firstUncovered()).isEqualTo(21);
        assertThat(coverage.lastEntry()).isEqualTo(30);
    }

    @Test
    void days_without_an_anchor_are_named_as_periods() {
        var coverage = check(
                List.of(valid(anchor("2026-12-02", 10, H1)), valid(anchor("2026-12-06", 30, H3))),
                30,
                "2026-12-01",
                "2026-12-08");
        assertThat(coverage.gaps())
                .containsExactly(
                        new AnchorCheck.Gap(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-05")),
                        new AnchorCheck.Gap(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-08")));
        assertThat(coverage.firstUncovered()).isZero();
    }

    @Test
    void a_rewritten_entry_or_a_cut_tail_does_not_fit_its_anchor() {
        var changed = anchor("2026-12-02", 10, H2);
        var cut = anchor("2026-12-03", 40, H1);
        var coverage = check(
                List.of(valid(changed), valid(cut), new AnchorFiles.Read.Invalid(Path.of("x"), "verify.anchor.mac")),
                30,
                "2026-12-01",
                "2026-12-03");
        assertThat(coverage.intact()).isFalse();
        assertThat(coverage.problems())
                .extracting(AnchorCheck.Problem::reason)
                .containsExactly("verify.anchor.changed", "verify.anchor.missing", "verify.anchor.mac");
        // nothing fits, so every day after the first is a period without an anchor
        assertThat(coverage.gaps())
                .containsExactly(new AnchorCheck.Gap(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-03")));
        assertThat(coverage.firstUncovered()).isEqualTo(1);
    }
}
