package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail as people read it: entries in words with names, form labels, 和暦 and links; filters by
 * person, kind, thing and period; CSV and Excel of the filtered list, the export itself recorded —
 * while the stored entries stay the codes the chain was computed over.
 */
@MamoriSpringTest
class AuditTrailReadingTests {
    record Happened(String actor, String action, String subjectType, String subjectId, Map<String, String> details)
            implements AuditableEvent {}

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    MockMvc mvc;

    String login;
    long unit;
    long person;
    String unitName;

    @BeforeEach
    void world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        unitName = "証跡確認課" + tag;
        unit = organization.unit("AT" + tag, unitName, null);
        person = organization.person(new OrganizationTestData.PersonSpec("証跡　花子", unit)
                .staffNumber("AT" + tag)
                .kana("ショウセキ")
                .email(tag + "@example.jp"));
        login = "at" + tag;
        SecurityTestData.of(jdbc).administrator(login, "監査 確認者", "audit-trail-reading-42");
    }

    private long lastSeq() {
        return jdbc.sql("select last_seq from audit_chain_head where id = 1")
                .query(Long.class)
                .single();
    }

    private void publish(AuditableEvent event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_entry_reads_in_japanese_with_names_form_labels_wareki_and_a_link() throws Exception {
        publish(new Happened(
                login,
                "person.created",
                "person",
                Long.toString(person),
                Map.of("unitId", Long.toString(unit), "inPostFrom", "2025-04-01", "staffNumber", "P-1")));
        publish(new Happened(
                login,
                "asset.changed",
                "asset",
                "IA-999999",
                Map.of(
                        "form",
                        "ELECTRONIC → PAPER",
                        "ownerUnitId",
                        Long.toString(unit),
                        "personalInfo",
                        "false → true")));
        long seq = lastSeq();
        publish(new Happened(login, "signin.succeeded", "user", login, Map.of("factors", "password+totp")));

        String html = page(get("/audit-trail").param("actor", login));
        String table = html.substring(html.indexOf("<tbody>"));
        assertThat(table)
                .contains("監査 確認者（" + login + "）")
                .contains(">職員を登録<")
                .contains("href=\"/people/" + person + "\">職員 証跡　花子</a>")
                .contains("<dt>所属部署</dt>")
                .contains("<dd>" + unitName + "</dd>")
                .contains("<dt>着任日</dt>")
                .contains("<dd>令和7年4月1日</dd>")
                .contains(">情報資産を変更<")
                .contains("href=\"/assets/IA-999999\"")
                .contains("<dt>形態</dt>")
                .contains("<dd>電子 → 紙</dd>")
                .contains("<dt>管理部署</dt>")
                .contains("<dd>いいえ → はい</dd>")
                .contains(">サインイン<")
                .contains("<dt>認証の要素</dt>")
                .contains("<dd>パスワードと認証アプリ</dd>")
                .doesNotContain("ownerUnitId")
                .doesNotContain(">person.created<");

        // the stored entry keeps its codes: reading changed, the chain did not
        assertThat(jdbc.sql("select details from audit_entry where seq = :s")
                        .param("s", seq)
                        .query(String.class)
                        .single())
                .contains("\"ownerUnitId\":\"" + unit + "\"")
                .contains("ELECTRONIC → PAPER");
        assertThat(verifier.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void the_filters_offer_people_kinds_and_things_by_name_and_filter_in_sql() throws Exception {
        publish(new Happened(login, "unit.changed", "unit", Long.toString(unit), Map.of("name", "旧 → 新")));
        publish(new Happened("someone-else", "unit.changed", "unit", Long.toString(unit), Map.of()));

        String html = page(get("/audit-trail")
                .param("actor", login)
                .param("action", "unit.changed")
                .param("subjectType", "unit")
                .param("subjectId", Long.toString(unit))
                .param("from", "2000-01-01")
                .param("to", "2999-12-31"));
        assertThat(html)
                .contains("<option value=\"" + login + "\" selected=\"selected\">監査 確認者（" + login + "）</option>")
                .contains("<option value=\"unit.changed\" selected=\"selected\">部署を変更</option>")
                .contains("<option value=\"unit\" selected=\"selected\">部署</option>")
                .contains("該当 1 件");
        assertThat(html.substring(html.indexOf("<tbody>"))).doesNotContain("someone-else");
    }

    @Test
    void the_filtered_list_exports_to_csv_and_excel_and_each_export_is_recorded() throws Exception {
        publish(new Happened(
                login, "person.deactivated", "person", Long.toString(person), Map.of("inPostTo", "2026-03-31")));
        long before = lastSeq();

        var csv = mvc.perform(get("/audit-trail/export")
                        .param("format", "csv")
                        .param("actor", login)
                        .param("action", "person.deactivated")
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("\"番号\",\"日時\",\"実行者\",\"操作\"");
        assertThat(text).contains("\"離任処理\"").contains("離任日: 令和8年3月31日").contains("\"person.deactivated\"");

        assertThat(lastSeq()).isEqualTo(before + 1);
        Map<String, Object> recorded = jdbc.sql("select * from audit_entry where seq = :s")
                .param("s", before + 1)
                .query()
                .singleRow();
        assertThat(recorded).containsEntry("action", "audit-trail.exported").containsEntry("actor", "test-auditor");
        assertThat((String) recorded.get("details"))
                .contains("\"format\":\"csv\"")
                .contains("\"count\":\"1\"");

        byte[] xlsx = mvc.perform(get("/audit-trail/export")
                        .param("format", "xlsx")
                        .param("actor", login)
                        .param("action", "person.deactivated")
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("操作");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("離任処理");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("離任日: 令和8年3月31日");
        }
        assertThat(lastSeq()).isEqualTo(before + 2);
    }
}
