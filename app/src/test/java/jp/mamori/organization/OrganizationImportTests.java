package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.mamori.testing.MamoriSpringTest;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code mamori org import} with real files built here: encodings, xlsx, bad rows, dry run, all or nothing. */
@MamoriSpringTest
class OrganizationImportTests {
    static final Charset SJIS = Charset.forName("windows-31j");
    static final String UNIT_HEADER = "部署コード,部署名,上位部署コード\r\n";
    static final String PEOPLE_HEADER = "職員番号,氏名,フリガナ,メールアドレス,雇用区分,所属部署コード,着任日,離任日\r\n";

    @Autowired
    OrganizationImport importer;

    @Autowired
    People people;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Path unitFile, Path peopleFile, boolean dryRun) {
        OrganizationCommands.Import command = new OrganizationCommands.Import();
        command.units = unitFile;
        command.people = peopleFile;
        command.dryRun.on = dryRun;
        return command.run(importer, new PrintWriter(out), new PrintWriter(err));
    }

    Path write(String name, String text, Charset charset, boolean bom) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(file)) {
            if (bom) {
                o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            o.write(text.getBytes(charset));
        }
        return file;
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void utf8_with_bom_creates_units_in_any_order_and_people_and_a_second_run_changes_nothing() throws Exception {
        String p = OrgFixtures.unique("K");
        // the child comes before its parent in the file
        Path unitFile = write(
                "units.csv",
                UNIT_HEADER + p + "-2,保険課," + p + "-1\r\n" + p + "-1,事務局,\r\n",
                StandardCharsets.UTF_8,
                true);
        Path peopleFile = write(
                "people.csv",
                PEOPLE_HEADER + p + "01,見本 太郎,ﾐﾎﾝ ﾀﾛｳ,taro@example.jp,職員," + p + "-2,令和6年4月1日,\r\n" + p
                        + "02,試験 花子,しけん はなこ,hanako@example.jp,会計年度任用職員," + p + "-2,２０２４／４／１,R7.3.31\r\n",
                StandardCharsets.UTF_8,
                true);
        assertThat(run(unitFile, peopleFile, false)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("units.csv: 作成 2 件、更新 0 件、変更なし 0 件").contains("people.csv: 作成 2 件");

        Unit section = units.findByCode(p + "-2").orElseThrow();
        assertThat(section.parentId())
                .isEqualTo(units.findByCode(p + "-1").orElseThrow().id());
        Person hanako = people.byStaffNumber(p + "02").orElseThrow();
        assertThat(hanako.kana()).isEqualTo("シケン\u3000ハナコ");
        assertThat(hanako.inPostFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(hanako.inPostTo()).isEqualTo(LocalDate.of(2025, 3, 31));

        out.getBuffer().setLength(0);
        assertThat(run(unitFile, peopleFile, false)).isZero();
        assertThat(out.toString())
                .contains("units.csv: 作成 0 件、更新 0 件、変更なし 2 件")
                .contains("people.csv: 作成 0 件、更新 0 件、変更なし 2 件");
    }

    @Test
    void shift_jis_as_excel_writes_it_is_read_and_an_existing_staff_number_is_updated() throws Exception {
        String p = OrgFixtures.unique("J");
        Path unitFile = write("units.csv", UNIT_HEADER + p + ",年金課,\r\n", SJIS, false);
        Path first = write(
                "people.csv",
                PEOPLE_HEADER + p + "01,模擬 一郎,モギ イチロウ,ichiro@example.jp,派遣職員," + p + ",2024/4/1,\r\n",
                SJIS,
                false);
        assertThat(run(unitFile, first, false)).as(err.toString()).isZero();
        assertThat(units.findByCode(p).orElseThrow().name()).isEqualTo("年金課");

        Path second = write(
                "people2.csv",
                PEOPLE_HEADER + p + "01,模擬 一郎,モギ イチロウ,ichiro@example.jp,嘱託職員," + p + ",2024/4/1,2025/3/31\r\n",
                SJIS,
                false);
        out.getBuffer().setLength(0);
        assertThat(run(unitFile, second, false)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("people2.csv: 作成 0 件、更新 1 件");
        Person ichiro = people.byStaffNumber(p + "01").orElseThrow();
        assertThat(ichiro.category()).isEqualTo("嘱託職員");
        assertThat(ichiro.inPostTo()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void xlsx_with_date_cells_numbers_and_cached_formula_values_is_read() throws Exception {
        String p = OrgFixtures.unique("X");
        Path unitFile = dir.resolve("units.xlsx");
        Path peopleFile = dir.resolve("people.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("部署");
            row(sheet, 0, "部署コード", "部署名", "上位部署コード");
            row(sheet, 1, p, "福祉課", "");
            try (OutputStream o = Files.newOutputStream(unitFile)) {
                book.write(o);
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("職員");
            row(sheet, 0, "職員番号", "氏名", "フリガナ", "メールアドレス", "雇用区分", "所属部署コード", "着任日", "離任日");
            Row r = row(sheet, 1, p + "01", "標本 三郎", "ヒョウホン サブロウ", "", "臨時職員", p, "", "");
            // the mail address is a formula whose cached value is used, never evaluated
            r.getCell(3).setCellFormula("\"saburo\"&\"@example.jp\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(3));
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            r.getCell(6).setCellValue(LocalDate.of(2024, 10, 1));
            r.getCell(6).setCellStyle(dateStyle);
            try (OutputStream o = Files.newOutputStream(peopleFile)) {
                book.write(o);
            }
        }
        assertThat(run(unitFile, peopleFile, false)).as(err.toString()).isZero();
        Person saburo = people.byStaffNumber(p + "01").orElseThrow();
        assertThat(saburo.email()).isEqualTo("saburo@example.jp");
        assertThat(saburo.inPostFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(saburo.category()).isEqualTo("臨時職員");
    }

    @Test
    void bad_rows_are_named_by_file_row_and_column_and_nothing_is_written() throws Exception {
        String p = OrgFixtures.unique("B");
        long unitsBefore = rows("org_unit");
        long peopleBefore = rows("org_person");
        Path unitFile = write(
                "units.csv", UNIT_HEADER + p + ",総務課,\r\n" + p + "-9,企画経理課,NOPE\r\n", StandardCharsets.UTF_8, false);
        Path peopleFile = write(
                "people.csv",
                PEOPLE_HEADER
                        + p + "01,見本 太郎,ミホン タロウ,taro@example.jp,職員," + p + ",2024-04-01,\r\n"
                        + p + "02,見本 次郎,Jiro,jiro@example.jp,職員," + p + ",2024-04-01,\r\n"
                        + p + "03,見本 三郎,ミホン サブロウ,saburo@example.jp,職員," + p + ",2024-04-31,\r\n"
                        + p + "04,見本 四郎,ミホン シロウ,shiro@example.jp,正職員," + p + ",2024-04-01,\r\n"
                        + p + "01,見本 五郎,ミホン ゴロウ,goro@example.jp,職員," + p + ",2024-04-01,\r\n",
                StandardCharsets.UTF_8,
                false);
        assertThat(run(unitFile, peopleFile, false)).isEqualTo(1);
        assertThat(err.toString())
                .contains("units.csv 行3 列「上位部署コード」: 上位部署コード「NOPE」の部署はファイルにもデータベースにもありません")
                .contains("people.csv 行3 列「フリガナ」: フリガナはカタカナで入力してください。")
                .contains("people.csv 行4 列「着任日」: 「2024-04-31」は日付として読めません")
                .contains("people.csv 行5 列「雇用区分」: 「正職員」は登録されていない雇用区分です")
                .contains("people.csv 行6 列「職員番号」: 「" + p + "01」はこのファイルの行2にもあります")
                .contains("何も書き込んでいません");
        assertThat(rows("org_unit")).isEqualTo(unitsBefore);
        assertThat(rows("org_person")).isEqualTo(peopleBefore);
    }

    @Test
    void a_unit_cycle_in_the_file_is_an_error() throws Exception {
        String p = OrgFixtures.unique("C");
        Path unitFile = write(
                "units.csv",
                UNIT_HEADER + p + "-1,甲課," + p + "-2\r\n" + p + "-2,乙課," + p + "-1\r\n",
                StandardCharsets.UTF_8,
                false);
        assertThat(run(unitFile, null, false)).isEqualTo(1);
        assertThat(err.toString()).contains("units.csv 行2 列「上位部署コード」").contains("循環");
    }

    @Test
    void a_missing_column_is_an_error_naming_the_column() throws Exception {
        Path unitFile = write("units.csv", "部署コード,名前\r\nA,B\r\n", StandardCharsets.UTF_8, false);
        assertThat(run(unitFile, null, false)).isEqualTo(1);
        assertThat(err.toString()).contains("units.csv: 列「部署名」がありません").contains("列「名前」は使えない列名です");
    }

    @Test
    void a_dry_run_checks_everything_and_writes_nothing() throws Exception {
        String p = OrgFixtures.unique("D");
        long unitsBefore = rows("org_unit");
        long peopleBefore = rows("org_person");
        Path unitFile = write("units.csv", UNIT_HEADER + p + ",情報システム係,\r\n", StandardCharsets.UTF_8, false);
        Path peopleFile = write(
                "people.csv",
                PEOPLE_HEADER + p + "01,見本 太郎,ミホン タロウ,taro@example.jp,職員," + p + ",2024-04-01,\r\n",
                StandardCharsets.UTF_8,
                false);
        assertThat(run(unitFile, peopleFile, true)).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("units.csv: 作成 1 件")
                .contains("people.csv: 作成 1 件")
                .contains("--dry-run");
        assertThat(rows("org_unit")).isEqualTo(unitsBefore);
        assertThat(rows("org_person")).isEqualTo(peopleBefore);
    }

    @Test
    void a_crash_half_way_writes_nothing() throws Exception {
        String p = OrgFixtures.unique("F");
        long unitsBefore = rows("org_unit");
        long peopleBefore = rows("org_person");
        Table unitTable = TableReader.csv("units.csv", UNIT_HEADER + p + ",総務課,\r\n");
        Table peopleTable = TableReader.csv(
                "people.csv",
                PEOPLE_HEADER + p + "01,見本 太郎,ミホン タロウ,taro@example.jp,職員," + p + ",2024-04-01,\r\n" + p
                        + "02,見本 次郎,ミホン ジロウ,jiro@example.jp,職員," + p + ",2024-04-01,\r\n");
        assertThatThrownBy(() -> importer.run(unitTable, peopleTable, false, "test", (file, row) -> {
                    if (file.equals("people.csv") && row == 3) {
                        throw new IllegalStateException("disk full");
                    }
                }))
                .hasMessage("disk full");
        assertThat(rows("org_unit")).isEqualTo(unitsBefore);
        assertThat(rows("org_person")).isEqualTo(peopleBefore);
    }

    @Test
    void an_unreadable_file_is_exit_code_2() throws Exception {
        assertThat(run(dir.resolve("missing.csv"), null, false)).isEqualTo(2);
        assertThat(err.toString()).contains("missing.csv");
        Path notXlsx = write("broken.xlsx", "not a workbook", StandardCharsets.UTF_8, false);
        assertThat(run(notXlsx, null, false)).isEqualTo(2);
    }

    @Test
    void a_value_beyond_column_100_of_a_workbook_is_refused_with_exit_2_naming_the_cell() throws Exception {
        Path unitFile = dir.resolve("wide.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("部署");
            row(sheet, 0, "部署コード", "部署名", "上位部署コード");
            Row r = row(sheet, 1, OrgFixtures.unique("W"), "福祉課", "");
            r.createCell(100).setCellValue("はみ出した値");
            try (OutputStream o = Files.newOutputStream(unitFile)) {
                book.write(o);
            }
        }
        assertThat(run(unitFile, null, false)).isEqualTo(2);
        assertThat(err.toString()).contains("wide.xlsx").contains("2 行目 CW 列").doesNotContain("Exception");
    }

    @Test
    void utf8_without_bom_and_shift_jis_are_told_apart() {
        byte[] sjis = "部署コード".getBytes(SJIS);
        assertThat(TableReader.decode(sjis)).isEqualTo("部署コード");
        assertThat(TableReader.decode("部署コード".getBytes(StandardCharsets.UTF_8))).isEqualTo("部署コード");
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }
}
