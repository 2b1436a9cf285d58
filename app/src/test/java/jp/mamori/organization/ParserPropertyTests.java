package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import jp.mamori.shared.Wareki;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips over generated inputs (fixed seeds, so a failure can be replayed). */
class ParserPropertyTests {
    static Stream<LocalDate> days() {
        Random random = new Random(20240401);
        long first = LocalDate.of(1989, 1, 8).toEpochDay();
        long last = LocalDate.of(2099, 12, 31).toEpochDay();
        return Stream.generate(() -> LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first))))
                .limit(300);
    }

    @ParameterizedTest
    @MethodSource("days")
    void every_date_shown_in_wareki_reads_back_as_the_same_date(LocalDate day) {
        assertThat(DateText.parse(Wareki.japanese(day))).contains(day);
    }

    @ParameterizedTest
    @MethodSource("days")
    void every_date_in_the_short_era_form_reads_back_in_half_and_full_width(LocalDate day) {
        JapaneseDate jd = JapaneseDate.from(day);
        String letter = jd.getEra().getDisplayName(java.time.format.TextStyle.NARROW, java.util.Locale.ENGLISH);
        String shortForm =
                letter + jd.get(ChronoField.YEAR_OF_ERA) + "." + day.getMonthValue() + "." + day.getDayOfMonth();
        assertThat(DateText.parse(shortForm)).contains(day);
        assertThat(DateText.parse(fullWidth(shortForm))).contains(day);
        assertThat(DateText.parse(day.toString().replace('-', '/'))).contains(day);
    }

    static Stream<List<List<String>>> tables() {
        Random random = new Random(7);
        String alphabet = "ab,\"\n\r 部署コード職員ｶﾅ、。";
        return Stream.generate(() -> {
                    List<List<String>> rows = new ArrayList<>();
                    int columns = 1 + random.nextInt(4);
                    for (int r = 0; r < 1 + random.nextInt(5); r++) {
                        List<String> row = new ArrayList<>();
                        for (int c = 0; c < columns; c++) {
                            StringBuilder cell = new StringBuilder();
                            for (int i = 0; i < random.nextInt(6); i++) {
                                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                            }
                            row.add(cell.toString());
                        }
                        rows.add(row);
                    }
                    return rows;
                })
                .limit(200);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void any_cells_written_as_quoted_csv_read_back_unchanged(List<List<String>> rows) throws Exception {
        List<String> header = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            header.add("列" + c);
        }
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            csv.append(String.join(
                            ",",
                            row.stream()
                                    .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                                    .toList()))
                    .append("\r\n");
        }
        Table table = TableReader.csv("t.csv", csv.toString());
        assertThat(table.rows()).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                assertThat(table.rows().get(r).cells().get(header.get(c)))
                        .isEqualTo(rows.get(r).get(c));
            }
        }
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}
