package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Contracts imported from Excel ({@code /contractors/contracts/import}, {@link RegisterImport} with
 * {@code CONTRACTS}): the export of the contractor register, imported into a register without those
 * contractors and contracts (the contractors from its 委託先 sheet first), gives the same contracts —
 * period, work, place, unit, official, classes of information, assets, clause marks, 再委託先 and
 * their approval — and exports again as the same rows; a bad row keeps nothing and every problem is
 * named by row and column in Japanese; a dry run keeps nothing; the import is audited; hostile files
 * and people who may not register are refused.
 */
@MamoriSpringTest
class ContractImportTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Contractors contractors;

    @Autowired
    SupplierExports exports;

    @Autowired
    RegisterImport importer;

    SupplierFixtures fx;
    long unit;
    String unitCode;
    CurrentUser manager;

    @BeforeEach
    void data() {
        fx = new SupplierFixtures(jdbc);
        unit = fx.org.unit("契約取込課", null);
        unitCode = fx.org.unitCode(unit);
        manager = fx.manager(unit);
    }

    /** What the import must bring back of a contract (no ids, times or who did it). */
    record Shape(
            String title,
            String work,
            long unitId,
            @Nullable Long responsible,
            String period,
            Place place,
            String information,
            List<String> assets,
            Set<String> clausesPresent,
            List<String> subcontractors) {
        static Shape of(Contract k) {
            return new Shape(
                    k.title(),
                    k.work(),
                    k.unitId(),
                    k.responsiblePersonId(),
                    k.startsOn() + "/" + k.endsOn(),
                    k.place(),
                    k.information(),
                    k.assets().stream().sorted().toList(),
                    k.clauses().entrySet().stream()
                            .filter(Map.Entry::getValue)
                            .map(Map.Entry::getKey)
                            .collect(Collectors.toCollection(TreeSet::new)),
                    k.subcontractors().stream()
                            .map(s -> s.name() + "|" + s.work() + "|" + s.approved())
                            .sorted()
                            .toList());
        }
    }

    @Test
    void the_export_imported_into_a_register_without_it_gives_the_same_contracts() throws Exception {
        long official = fx.org.person("担当 往復", unit);
        String asset1 = fx.assets.informationAsset("往復住民データ", unit, "2");
        String asset2 = fx.assets.informationAsset("往復税務データ", unit, "3");
        String company = SupplierFixtures.unique("架空往復株式会社");
        long[] ids = new long[3];
        TestUsers.runAs(manager, () -> {
            Contractor c = contractors.register(new ContractorDraft(
                    company, "架空市本町2-2", "窓口 往復", "000-0000-0000", "ofuku@kakuu.example.jp", "備考の文"));
            ids[0] = c.id();
            Contract k1 = contractors.registerContract(
                    c.id(),
                    new ContractDraft(
                            "住民情報システム保守委託",
                            "保守と障害対応",
                            unit,
                            fx.org.staffNumber(official),
                            TestClock.today().minusMonths(3),
                            TestClock.today().plusMonths(9),
                            Place.REMOTE,
                            "機密性3、個人情報",
                            List.of(asset1, asset2)));
            ids[1] = k1.id();
            contractors.markClauses(c.id(), k1.id(), Set.of("CONFIDENTIALITY", "PURPOSE_LIMIT", "WORK_PLACE"));
            contractors.addSubcontractor(c.id(), k1.id(), "架空再委託合同会社", "データ入力");
            contractors.addSubcontractor(c.id(), k1.id(), "架空下請株式会社", "");
            Contract k2 = contractors.registerContract(
                    c.id(),
                    new ContractDraft(
                            "窓口案内業務委託",
                            "",
                            unit,
                            "",
                            TestClock.today().minusYears(1),
                            TestClock.today().plusDays(30),
                            Place.ON_SITE,
                            "",
                            List.of()));
            ids[2] = k2.id();
            contractors.markClauses(c.id(), k2.id(), Set.of());
        });
        CurrentUser ciso = SupplierFixtures.ciso();
        TestUsers.runAs(ciso, () -> {
            long sub = contractors.contract(ids[0], ids[1]).subcontractors().stream()
                    .filter(s -> s.name().equals("架空再委託合同会社"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            contractors.approveSubcontractor(ids[0], ids[1], sub);
        });
        Contractor before = SupplierFixtures.as(ciso, () -> contractors.contractor(ids[0]));
        List<Shape> expected = SupplierFixtures.as(ciso, () -> shapes(ids[0]));
        assertThat(expected).hasSize(2);
        byte[] exported = SupplierFixtures.as(ciso, () -> export(company));
        List<List<String>> rowsBefore = contractRows(exported);
        assertThat(rowsBefore).hasSize(2);

        // the register without them: the contractor and its contracts are gone
        jdbc.sql("delete from sup_contract where contractor_id = :c")
                .param("c", ids[0])
                .update();
        jdbc.sql("delete from sup_contractor where id = :c").param("c", ids[0]).update();

        RegisterImport.Outcome companies = SupplierFixtures.as(
                ciso, () -> importer.run(RegisterImport.Register.CONTRACTORS, "委託先台帳.xlsx", exported, false));
        assertThat(companies.created()).isEqualTo(1);
        RegisterImport.Outcome contracts = SupplierFixtures.as(
                ciso, () -> importer.run(RegisterImport.Register.CONTRACTS, "委託先台帳.xlsx", exported, false));
        assertThat(contracts.created()).isEqualTo(2);
        assertThat(contracts.changed()).isZero();

        long again = jdbc.sql("select id from sup_contractor where name = :n")
                .param("n", company)
                .query(Long.class)
                .single();
        Contractor after = SupplierFixtures.as(ciso, () -> contractors.contractor(again));
        assertThat(List.of(
                        after.name(),
                        after.address(),
                        after.contactName(),
                        after.contactPhone(),
                        after.contactEmail(),
                        after.note()))
                .isEqualTo(List.of(
                        before.name(),
                        before.address(),
                        before.contactName(),
                        before.contactPhone(),
                        before.contactEmail(),
                        before.note()));
        assertThat(SupplierFixtures.as(ciso, () -> shapes(again))).isEqualTo(expected);

        // exported again, every row reads the same but the contract number (a new id)
        List<List<String>> rowsAfter = contractRows(SupplierFixtures.as(ciso, () -> export(company)));
        assertThat(withoutNumber(rowsAfter)).isEqualTo(withoutNumber(rowsBefore));

        // imported once more: the same contracts are found and changed, nothing added
        RegisterImport.Outcome twice = SupplierFixtures.as(
                ciso, () -> importer.run(RegisterImport.Register.CONTRACTS, "委託先台帳.xlsx", exported, false));
        assertThat(twice.created()).isZero();
        assertThat(twice.changed()).isEqualTo(2);
        assertThat(SupplierFixtures.as(ciso, () -> shapes(again))).isEqualTo(expected);
    }

    @Test
    void a_bad_row_keeps_nothing_and_every_problem_is_named_by_row_and_column() throws Exception {
        String company = registered(SupplierFixtures.unique("架空検査株式会社"));
        String asset = fx.assets.informationAsset("取込検査データ", unit, "2");
        String good = SupplierFixtures.unique("保守委託");
        byte[] bad = workbook(List.of(
                row(company, good, "令和8年4月1日", "令和9年3月31日", "庁内", asset, "秘密の保持\n目的外利用の禁止", "架空再委託社：入力(未承認)"),
                row("架空存在しない株式会社", "甲", "2026-04-01", "2027-03-31", "庁内", "", "", ""),
                row(company, "乙", "2026-04-01", "2027-03-31", "庁内", "NO-SUCH-ASSET", "", ""),
                row(company, "丙", "2027-04-01", "2026-03-31", "庁内", "", "", ""),
                row(company, "丁", "2026-04-01", "2027-03-31", "庁内", "", "秘密の保持\n存在しない条項", ""),
                row(company, "戊", "2026-04-01", "2027-03-31", "月面", "", "", "")));
        String refused = page(upload(bad, false, manager));
        assertThat(refused)
                .contains("取り込めませんでした(5 件の誤り)")
                .contains("5 行目「委託先」:委託先「架空存在しない株式会社」は台帳にありません")
                .contains("6 行目「情報資産」:管理番号 NO-SUCH-ASSET の情報資産はありません。")
                .contains("7 行目「契約終了日」:契約終了日は契約開始日以後にしてください。")
                .contains("8 行目「契約にある条項」:条項「存在しない条項」はチェックリストにありません")
                .contains("9 行目「作業場所」:「月面」は作業場所として読めません");
        assertThat(contractsNamed(good)).as("the good row is not kept either").isZero();

        byte[] fine = workbook(List.of(
                row(company, good, "令和8年4月1日", "令和9年3月31日", "リモート", asset, "秘密の保持\n目的外利用の禁止", "架空再委託社：入力(未承認)")));
        assertThat(page(upload(fine, true, manager))).contains("1 行を確認しました。誤りはありません。取り込むと 1 件を登録し、0 件を変更します");
        assertThat(contractsNamed(good)).as("a dry run keeps nothing").isZero();

        upload(fine, false, manager).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/contractors"));
        long k = jdbc.sql("select id from sup_contract where title = :t")
                .param("t", good)
                .query(Long.class)
                .single();
        Contract saved = SupplierFixtures.as(
                manager,
                () -> contractors.contract(
                        jdbc.sql("select contractor_id from sup_contract where id = :k")
                                .param("k", k)
                                .query(Long.class)
                                .single(),
                        k));
        assertThat(saved.place()).isEqualTo(Place.REMOTE);
        assertThat(saved.startsOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        assertThat(saved.assets()).containsExactly(asset);
        assertThat(saved.clauses())
                .containsEntry("CONFIDENTIALITY", true)
                .containsEntry("PURPOSE_LIMIT", true)
                .containsEntry("LIABILITY", false);
        assertThat(saved.subcontractors()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("架空再委託社");
            assertThat(s.work()).isEqualTo("入力");
            assertThat(s.approved()).isFalse();
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'contract.registered' and subject_id = :k")
                        .param("k", Long.toString(k))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select subject_id || ' ' || details from audit_entry where action = 'supplier.imported'"
                                + " order by seq desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .startsWith("contracts ")
                .contains("sha256", "created");

        // a unit manager may not import a 再委託先 as approved: that is the CISO level's to decide
        byte[] approved = workbook(
                List.of(row(company, good, "令和8年4月1日", "令和9年3月31日", "リモート", asset, "秘密の保持", "架空再委託社：入力(承認済)")));
        assertThat(page(upload(approved, false, manager)))
                .contains("4 行目「再委託先」:再委託先「架空再委託社」を承認済として取り込むには、再委託を承認する権限が必要です。");
        assertThat(jdbc.sql("select count(*) from sup_subcontractor where contract_id = :k and approved_by is null")
                        .param("k", k)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void hostile_files_are_refused_and_only_registrars_may_import_contracts() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(page(upload(pdf, false, manager))).contains("Excel ブック(.xlsx)ではありません。");
        byte[] broken = java.util.Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 200);
        assertThat(page(upload(broken, false, manager))).contains("ファイルが壊れているか、Excel ブックではありません。");
        assertThat(page(upload(
                        RegisterImportTests.workbook(List.of("委託先", "連絡先の担当者"), List.of(List.of("a", "b"))),
                        false,
                        manager)))
                .contains("見出し行が見つかりません。委託先・契約名・所管課・契約開始日・契約終了日・作業場所 の列が必要です。");
        assertThat(page(mvc.perform(get("/contractors/contracts/import").with(TestUsers.as(manager)))))
                .contains("委託契約の取込み", "契約にある条項", "再委託先");

        CurrentUser staff = TestUsers.user(SupplierFixtures.unique("staff"), new RoleGrant(Role.STAFF, unit));
        mvc.perform(get("/contractors/contracts/import").with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        upload(workbook(List.of()), false, staff).andExpect(status().isForbidden());
    }

    // ---- helpers

    static final List<String> HEADERS =
            List.of("委託先", "契約名", "所管課", "契約開始日", "契約終了日", "作業場所", "情報資産", "契約にある条項", "再委託先");

    List<String> row(
            String company,
            String title,
            String starts,
            String ends,
            String place,
            String assets,
            String clauses,
            String subcontractors) {
        return List.of(company, title, unitCode, starts, ends, place, assets, clauses, subcontractors);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        return RegisterImportTests.workbook(HEADERS, rows);
    }

    String registered(String company) {
        TestUsers.runAs(
                manager,
                () -> contractors.register(new ContractorDraft(company, "", "窓口 検査", "000-0000-0000", "", "")));
        return company;
    }

    long contractsNamed(String title) {
        return jdbc.sql("select count(*) from sup_contract where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    ResultActions upload(byte[] bytes, boolean dryRun, CurrentUser user) throws Exception {
        return mvc.perform(multipart("/contractors/contracts/import")
                .file(new MockMultipartFile("file", "委託先台帳.xlsx", "application/octet-stream", bytes))
                .param("dryRun", Boolean.toString(dryRun))
                .with(csrf())
                .with(TestUsers.as(user)));
    }

    String page(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<Shape> shapes(long contractorId) {
        return contractors.details(contractorId).contracts().stream()
                .map(l -> Shape.of(l.contract()))
                .sorted(Comparator.comparing(Shape::title))
                .toList();
    }

    private byte[] export(String company) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exports.contracts(company, out, f -> f.rule() + " " + f.subject());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The contract sheet's rows below the header, each cell as text, ordered by 契約名. */
    private static List<List<String>> contractRows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("委託先台帳");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("委託先");
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("委託先");
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        rows.sort(Comparator.comparing(r -> r.get(2)));
        return rows;
    }

    private static List<List<String>> withoutNumber(List<List<String>> rows) {
        return rows.stream()
                .map(r -> {
                    List<String> copy = new ArrayList<>(r);
                    copy.remove(1);
                    return copy;
                })
                .toList();
    }
}
