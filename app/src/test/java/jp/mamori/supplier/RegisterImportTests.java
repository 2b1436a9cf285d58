package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Excel import of the registers through the page: a workbook with a bad row keeps nothing and names
 * each problem by row and column in Japanese; a dry run checks and keeps nothing; the import registers
 * new records and changes those of the same name, audited; hostile files (too large, not a workbook,
 * a value far to the right) are refused before anything is read into the register.
 */
@MamoriSpringTest
class RegisterImportTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SupplierFixtures fx;
    long unit;
    String unitCode;
    CurrentUser manager;

    @BeforeEach
    void data() {
        fx = new SupplierFixtures(jdbc);
        unit = fx.org.unit("取込試験課", null);
        unitCode = fx.org.unitCode(unit);
        manager = fx.manager(unit);
    }

    static byte[] workbook(List<String> headers, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("台帳");
            sheet.createRow(0).createCell(0).setCellValue("外部サービス台帳(架空市)");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            int r = 3;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    ResultActions upload(String register, byte[] bytes, boolean dryRun, CurrentUser user) throws Exception {
        return mvc.perform(multipart("/" + register + "/import")
                .file(new MockMultipartFile("file", "台帳.xlsx", "application/octet-stream", bytes))
                .param("dryRun", Boolean.toString(dryRun))
                .with(csrf())
                .with(TestUsers.as(user)));
    }

    String page(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long services(String name) {
        return jdbc.sql("select count(*) from sup_cloud_service where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    static final List<String> CLOUD = List.of("サービス名", "事業者", "ISMAP有効期限", "扱える格付の上限", "所管課", "ISMAP登録番号", "指摘");

    @Test
    void cloud_services_are_imported_all_or_nothing_with_a_dry_run_and_audited() throws Exception {
        String a = SupplierFixtures.unique("架空文書クラウド");
        String b = SupplierFixtures.unique("架空会議サービス");
        byte[] bad = workbook(
                CLOUD,
                List.of(
                        List.of(a, "架空クラウド株式会社", "令和9年3月31日", "機密性2", unitCode, "C-0001", "読み飛ばす列"),
                        List.of(b, "", "2027/13/40", "4", "存在しない課", "", "")));
        String refused = page(upload("cloud-services", bad, false, manager));
        assertThat(refused)
                .contains("取り込めませんでした(3 件の誤り)")
                .contains("5 行目「ISMAP有効期限」:「2027/13/40」は日付として読めません")
                .contains("5 行目「扱える格付の上限」")
                .contains("5 行目「所管課」:所管課「存在しない課」が見つかりません");
        assertThat(services(a)).as("the good row is not kept either").isZero();

        byte[] good = workbook(
                CLOUD,
                List.of(
                        List.of(a, "架空クラウド株式会社", "令和9年3月31日", "機密性2", unitCode, "C-0001", ""),
                        List.of(b, "架空会議株式会社", "", "1", unitCode, "", "")));
        String checked = page(upload("cloud-services", good, true, manager));
        assertThat(checked).contains("2 行を確認しました。誤りはありません。取り込むと 2 件を登録し、0 件を変更します");
        assertThat(services(a) + services(b)).as("a dry run keeps nothing").isZero();

        upload("cloud-services", good, false, manager)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cloud-services"));
        assertThat(jdbc.sql("select max_confidentiality from sup_cloud_service where name = :n")
                        .param("n", a)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from sup_cloud_service where name = :n and approved_by is null")
                        .param("n", a)
                        .query(Long.class)
                        .single())
                .as("an import never approves")
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'cloud-service.registered' and details like :n")
                        .param("n", "%" + a + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        byte[] changed = workbook(CLOUD, List.of(List.of(a, "架空クラウド合同会社", "令和9年3月31日", "2", unitCode, "C-0001", "")));
        upload("cloud-services", changed, false, manager).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select provider from sup_cloud_service where name = :n")
                        .param("n", a)
                        .query(String.class)
                        .single())
                .isEqualTo("架空クラウド合同会社");
        assertThat(jdbc.sql("select details from audit_entry where action = 'supplier.imported' order by seq desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .contains("changed", "sha256");
    }

    @Test
    void sns_accounts_and_contractors_are_imported_and_a_row_of_another_unit_is_refused() throws Exception {
        long responsible = fx.org.person("広報 太郎", unit);
        long deputy = fx.org.person("広報 花子", unit);
        String account = "@" + SupplierFixtures.unique("kakuu_city");
        byte[] sns = workbook(
                List.of("サービス", "アカウント", "運用手順", "所管課", "責任者の職員番号", "代理の職員番号", "二要素認証", "公式である旨の告知"),
                List.of(List.of(
                        "X",
                        account,
                        "SNS運用手順",
                        unitCode,
                        fx.org.staffNumber(responsible),
                        fx.org.staffNumber(deputy),
                        "有効",
                        "市ホームページ")));
        upload("sns-accounts", sns, false, manager).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select second_factor from sup_sns_account where account = :a")
                        .param("a", account)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        long other = fx.org.unit("他課", null);
        byte[] foreign = workbook(
                List.of("サービス", "アカウント", "運用手順", "所管課", "責任者の職員番号", "二要素認証"),
                List.of(
                        List.of(
                                "X",
                                account + "2",
                                "SNS運用手順",
                                fx.org.unitCode(other),
                                fx.org.staffNumber(responsible),
                                "無効"),
                        List.of("X", account + "3", "SNS運用手順", unitCode, fx.org.staffNumber(responsible), "まあまあ")));
        assertThat(page(upload("sns-accounts", foreign, false, manager)))
                .contains("4 行目:この所管課の台帳を変更する権限がありません。")
                .contains("5 行目「二要素認証」:有効か無効(はい・いいえ)で書いてください。");

        String company = SupplierFixtures.unique("架空委託株式会社");
        byte[] contractors = workbook(
                List.of("委託先", "連絡先の担当者", "電話番号", "メールアドレス"),
                List.of(
                        List.of(company, "窓口 五郎", "000-0000-0000", "goro@kakuu.example.jp"),
                        List.of(company, "窓口 六郎", "", "")));
        assertThat(page(upload("contractors", contractors, false, manager))).contains("5 行目:4 行目と同じものです。");
        byte[] once = workbook(
                List.of("委託先", "連絡先の担当者", "電話番号", "メールアドレス"),
                List.of(List.of(company, "窓口 五郎", "000-0000-0000", "goro@kakuu.example.jp")));
        upload("contractors", once, false, manager).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select contact_email from sup_contractor where name = :n")
                        .param("n", company)
                        .query(String.class)
                        .single())
                .isEqualTo("goro@kakuu.example.jp");
    }

    @Test
    void hostile_files_are_refused_and_only_registrars_may_import() throws Exception {
        byte[] oversized = new byte[RegisterImport.MAX_BYTES + 1];
        oversized[0] = 'P';
        oversized[1] = 'K';
        assertThat(page(upload("cloud-services", oversized, false, manager))).contains("ファイルは 5MB までです。");

        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(page(upload("cloud-services", pdf, false, manager))).contains("Excel ブック(.xlsx)ではありません。");

        byte[] broken = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 200);
        assertThat(page(upload("cloud-services", broken, false, manager))).contains("ファイルが壊れているか、Excel ブックではありません。");

        List<String> wide = new java.util.ArrayList<>(CLOUD);
        while (wide.size() < 40) {
            wide.add("列" + wide.size());
        }
        assertThat(page(upload("cloud-services", workbook(wide, List.of()), false, manager)))
                .contains("列に値があります(30 列まで)");

        assertThat(page(upload(
                        "cloud-services", workbook(List.of("名前", "事業者"), List.of(List.of("x", "y"))), false, manager)))
                .contains("見出し行が見つかりません。サービス名・事業者・扱える格付の上限・所管課 の列が必要です。");

        CurrentUser staff = TestUsers.user(SupplierFixtures.unique("staff"), new RoleGrant(Role.STAFF, unit));
        mvc.perform(get("/cloud-services/import").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        upload("cloud-services", workbook(CLOUD, List.of()), false, staff).andExpect(status().isForbidden());
    }
}
