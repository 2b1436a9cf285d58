package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Periodic checks: the CISO starts a campaign, each running contract gets a questionnaire; the
 * manager of the contract's unit downloads it, and imports the contractor's answers — a workbook with
 * a bad row changes nothing, a good one records every answer — then assesses them; all audited.
 */
@MamoriSpringTest
class CheckPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Contractors contractors;

    /** Fills the 回答 and コメント columns of the questionnaire's question rows. */
    static byte[] fill(byte[] questionnaire, String answer, String comment, int badRow) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(questionnaire));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            boolean questions = false;
            int n = 0;
            for (Row row : sheet) {
                if (questions) {
                    n++;
                    row.createCell(2).setCellValue(n == badRow ? "多分" : answer);
                    row.createCell(3).setCellValue(comment);
                }
                if (row.getCell(0) != null && "番号".equals(row.getCell(0).toString())) {
                    questions = true;
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_periodic_check_is_answered_by_excel_all_or_nothing_and_assessed() throws Exception {
        SupplierFixtures fx = new SupplierFixtures(jdbc);
        long unit = fx.org.unit("定期確認課", null);
        CurrentUser manager = fx.manager(unit);
        long[] ids = new long[2];
        TestUsers.runAs(manager, () -> {
            ids[0] = contractors
                    .register(new ContractorDraft(
                            SupplierFixtures.unique("架空確認株式会社"), "", "窓口 二郎", "", "jiro@kakuu.example.jp", ""))
                    .id();
            ids[1] = contractors
                    .registerContract(
                            ids[0],
                            new ContractDraft(
                                    "住民税システム運用委託",
                                    "",
                                    unit,
                                    "",
                                    TestClock.today().minusMonths(1),
                                    TestClock.today().plusMonths(11),
                                    Place.REMOTE,
                                    "",
                                    List.of()))
                    .id();
        });
        String title = SupplierFixtures.unique("令和8年度定期確認");
        mvc.perform(post("/contractors/checks")
                        .param("title", title)
                        .param("dueOn", TestClock.today().plusDays(30).toString())
                        .param("questions", "目的外に使っていませんか。\n再委託は承認済みですか。")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/contractors/checks")
                        .param("title", title)
                        .param("dueOn", TestClock.today().plusDays(30).toString())
                        .param("questions", "目的外に使っていませんか。\n再委託は承認済みですか。")
                        .with(csrf())
                        .with(TestUsers.as(SupplierFixtures.ciso())))
                .andExpect(status().is3xxRedirection());
        long check = jdbc.sql("""
                        select c.id from sup_check c join sup_check_campaign g on g.id = c.campaign_id
                        where g.title = :t and c.contract_id = :k
                        """)
                .param("t", title)
                .param("k", ids[1])
                .query(Long.class)
                .single();
        byte[] questionnaire = mvc.perform(get("/contractors/checks/" + check + "/questionnaire.xlsx")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        mvc.perform(multipart("/contractors/checks/" + check + "/import")
                        .file(new MockMultipartFile(
                                "file", "回答.xlsx", "application/octet-stream", fill(questionnaire, "はい", "", 2)))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("alert"));
        assertThat(jdbc.sql("select count(*) from sup_check_question where check_id = :c and answer is not null")
                        .param("c", check)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(multipart("/contractors/checks/" + check + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "回答.xlsx",
                                "application/octet-stream",
                                fill(questionnaire, "一部", "年度末に見直します", 0)))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/contractors/checks/" + check)
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("回答済", "年度末に見直します");

        mvc.perform(post("/contractors/checks/" + check + "/assessment")
                        .param("assessment", "NEEDS_IMPROVEMENT")
                        .param("assessmentNote", "再委託の承認手続を改めるよう求めた")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select assessment from sup_check where id = :c")
                        .param("c", check)
                        .query(String.class)
                        .single())
                .isEqualTo("NEEDS_IMPROVEMENT");
        long campaign = jdbc.sql("select campaign_id from sup_check where id = :c")
                .param("c", check)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'contract-check' and subject_id = :g order by seq")
                        .param("g", Long.toString(campaign))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "contract-check.campaign-started", "contract-check.answered", "contract-check.assessed");
        assertThat(jdbc.sql(
                                "select details from audit_entry where action = 'contract-check.answered' and subject_id = :g")
                        .param("g", Long.toString(campaign))
                        .query(String.class)
                        .single())
                .contains("excel");
    }
}
