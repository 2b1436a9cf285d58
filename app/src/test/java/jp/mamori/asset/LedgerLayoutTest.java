package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding the header of a ledger sheet and the field of each column. */
class LedgerLayoutTest {
    private static LedgerSheet sheet(List<List<String>> rows) {
        List<LedgerSheet.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells =
                    rows.get(i).stream().map(c -> c == null ? "" : c).toList();
            out.add(new LedgerSheet.Row(i + 1, cells));
        }
        return new LedgerSheet("台帳", out);
    }

    private static LedgerLayout detect(List<List<String>> rows) {
        return LedgerLayout.detect(sheet(rows), Map.of()).orElseThrow();
    }

    @Test
    void the_standard_header_in_the_first_row_maps_every_column_in_order() {
        LedgerLayout layout = detect(List.of(LedgerWorkbooks.STANDARD_HEADER, List.of("", "住民基本台帳")));
        assertThat(layout.headerRows()).containsExactly(1);
        for (int c = 0; c < LedgerWorkbooks.STANDARD_HEADER.size(); c++) {
            assertThat(layout.columns()).containsEntry(LedgerColumn.values()[c], c);
        }
        assertThat(layout.unknown()).isEmpty();
        assertThat(layout.dataRows()).extracting(LedgerSheet.Row::number).containsExactly(2);
    }

    @Test
    void title_rows_above_the_header_are_skipped_and_blank_rows_dropped() {
        LedgerLayout layout = detect(List.of(
                List.of("情報資産管理台帳"),
                List.of("", "", "", "", "作成日", "令和6年4月1日"),
                List.of(),
                List.of("管理番号", "資産名", "管理部署", "機密性"),
                List.of("", "住民票", "市民課", "3"),
                List.of(),
                List.of("", "", ""),
                List.of("", "戸籍", "市民課", "3")));
        assertThat(layout.headerRows()).containsExactly(4);
        assertThat(layout.dataRows()).extracting(LedgerSheet.Row::number).containsExactly(5, 8);
    }

    @Test
    void a_two_row_header_with_a_grade_cell_over_the_three_axes_is_joined() {
        // as the reader gives it: merged cells repeat their text over the area they cover
        LedgerLayout layout = detect(List.of(
                List.of("情報資産管理台帳（架空市職員共済組合）"),
                List.of("No.", "管理番号", "資産名", "管理部署", "格付", "格付", "格付", "個人情報の取扱い", "個人情報の取扱い", "備考"),
                List.of("No.", "管理番号", "資産名", "管理部署", "機密性", "完全性", "可用性", "個人情報", "特定個人情報", "備考"),
                List.of("1", "IA-000001", "住民票", "市民課", "3", "2", "2", "有", "有", "")));
        assertThat(layout.headerRows()).containsExactly(2, 3);
        assertThat(layout.columns())
                .containsEntry(LedgerColumn.NUMBER, 1)
                .containsEntry(LedgerColumn.NAME, 2)
                .containsEntry(LedgerColumn.OWNER_UNIT, 3)
                .containsEntry(LedgerColumn.CONFIDENTIALITY, 4)
                .containsEntry(LedgerColumn.INTEGRITY, 5)
                .containsEntry(LedgerColumn.AVAILABILITY, 6)
                .containsEntry(LedgerColumn.PERSONAL_INFO, 7)
                .containsEntry(LedgerColumn.SPECIFIC_INFO, 8)
                .containsEntry(LedgerColumn.NOTE, 9);
        // No. is a variant of 管理番号, but the file has 管理番号 itself: No. is just a running number
        assertThat(layout.unknown()).containsExactly(new LedgerLayout.Header(0, "No."));
        assertThat(layout.dataRows()).extracting(LedgerSheet.Row::number).containsExactly(4);
    }

    @Test
    void a_two_row_header_without_merged_cells_works_the_same() {
        LedgerLayout layout = detect(List.of(
                Arrays.asList("管理番号", "資産名", "管理部署", "格付", null, null),
                Arrays.asList(null, null, null, "機密性", "完全性", "可用性"),
                List.of("", "住民票", "市民課", "3", "2", "2")));
        assertThat(layout.headerRows()).containsExactly(1, 2);
        assertThat(layout.columns())
                .containsEntry(LedgerColumn.NUMBER, 0)
                .containsEntry(LedgerColumn.CONFIDENTIALITY, 3)
                .containsEntry(LedgerColumn.AVAILABILITY, 5);
        assertThat(layout.unknown()).isEmpty();
    }

    @Test
    void a_first_data_row_is_not_taken_for_a_second_header_row() {
        LedgerLayout layout = detect(List.of(List.of("管理番号", "資産名", "管理部署", "機密性"), List.of("", "住民票", "市民課", "機密性3")));
        assertThat(layout.headerRows()).containsExactly(1);
        assertThat(layout.dataRows()).hasSize(1);
    }

    @Test
    void common_variants_name_the_standard_fields() {
        LedgerLayout layout =
                detect(List.of(List.of("資産番号", "情報資産名", "所管課", "保存場所", "見直し予定日", "件数（概数）", "機密性(3～1)", "※備考", "担当課 ")));
        assertThat(layout.columns())
                .containsEntry(LedgerColumn.NUMBER, 0)
                .containsEntry(LedgerColumn.NAME, 1)
                .containsEntry(LedgerColumn.OWNER_UNIT, 2)
                .containsEntry(LedgerColumn.LOCATION, 3)
                .containsEntry(LedgerColumn.NEXT_REVIEW, 4)
                .containsEntry(LedgerColumn.RECORD_COUNT, 5)
                .containsEntry(LedgerColumn.CONFIDENTIALITY, 6)
                .containsEntry(LedgerColumn.NOTE, 7);
        // a second variant of 管理部署 takes nothing: the first one won
        assertThat(layout.unknown()).containsExactly(new LedgerLayout.Header(8, "担当課"));
    }

    @Test
    void the_better_variant_wins_whatever_the_column_order() {
        LedgerLayout layout = detect(List.of(List.of("No.", "資産番号", "名称", "所管課")));
        assertThat(layout.columns()).containsEntry(LedgerColumn.NUMBER, 1);
        assertThat(layout.unknown()).containsExactly(new LedgerLayout.Header(0, "No."));
    }

    @Test
    void other_variants_map_too() {
        LedgerLayout layout = detect(List.of(List.of("No.", "名称", "担当課", "設置場所")));
        assertThat(layout.columns())
                .containsEntry(LedgerColumn.NUMBER, 0)
                .containsEntry(LedgerColumn.NAME, 1)
                .containsEntry(LedgerColumn.OWNER_UNIT, 2)
                .containsEntry(LedgerColumn.LOCATION, 3);
    }

    @Test
    void a_header_the_ledger_does_not_know_is_listed_and_can_be_mapped_by_the_person() {
        List<List<String>> rows = List.of(List.of("管理番号", "システム名称", "管理部署", "資産区分", "格付（機密）", "更新日"));
        LedgerLayout unmapped = detect(rows);
        assertThat(unmapped.unknown()).extracting(LedgerLayout.Header::text).containsExactly("システム名称", "格付（機密）", "更新日");

        LedgerLayout mapped = LedgerLayout.detect(
                        sheet(rows), Map.of("システム名称", LedgerColumn.NAME, "格付（機密）", LedgerColumn.CONFIDENTIALITY))
                .orElseThrow();
        assertThat(mapped.columns()).containsEntry(LedgerColumn.NAME, 1).containsEntry(LedgerColumn.CONFIDENTIALITY, 4);
        assertThat(mapped.unknown()).extracting(LedgerLayout.Header::text).containsExactly("更新日");
    }

    @Test
    void the_persons_mapping_wins_over_a_standard_name() {
        List<List<String>> rows = List.of(List.of("管理番号", "資産名", "管理部署", "備考", "メモ欄"));
        LedgerLayout layout = LedgerLayout.detect(sheet(rows), Map.of("メモ欄", LedgerColumn.NOTE))
                .orElseThrow();
        assertThat(layout.columns()).containsEntry(LedgerColumn.NOTE, 4);
        assertThat(layout.duplicated()).containsExactly(new LedgerLayout.Header(3, "備考"));
    }

    @Test
    void the_same_standard_header_twice_is_reported() {
        LedgerLayout layout = detect(List.of(List.of("管理番号", "資産名", "管理部署", "機密性", "機密性")));
        assertThat(layout.columns()).containsEntry(LedgerColumn.CONFIDENTIALITY, 3);
        assertThat(layout.duplicated()).containsExactly(new LedgerLayout.Header(4, "機密性"));
    }

    @Test
    void a_sheet_of_notes_has_no_header() {
        assertThat(LedgerLayout.detect(
                        sheet(List.of(List.of("記入要領"), List.of("機密性は 3, 2, 1 で記入する"), List.of("資産名", "説明"))), Map.of()))
                .isEmpty();
        assertThat(LedgerLayout.detect(sheet(List.of()), Map.of())).isEmpty();
    }
}
