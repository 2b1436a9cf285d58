package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A periodic check reaches the contractor's contact by mail, end to end (the campaign → the
 * notification outbox → a real in-process GreenMail server): the questionnaire notice when the
 * campaign starts, with the questions and the due date and no link into mamori, and the check's
 * questionnaire workbook attached (the officer's download, its Japanese name encoded as RFC 2231 says); a reminder a week
 * before the due date (the contact only), and once overdue the contact and the official in charge, at
 * most once a week; an answered check is no longer reminded and stops being a finding.
 */
class CheckMailTests extends SupplierMailTestSupport {
    @Autowired
    SupplierChecks checks;

    @Autowired
    MockMvc mvc;

    @Test
    void the_contact_is_mailed_the_questionnaire_notice_and_reminded_weekly_until_it_answers() throws Exception {
        Office office = office("定期確認メール課", "係員 確認");
        String officialAddress = office.officialAddress();
        CurrentUser manager = office.manager();
        String contact = OrganizationTestData.unique("madoguchi") + "@kakuu-joho.example.jp";
        long[] ids = register(
                office,
                new ContractorDraft(OrganizationTestData.unique("架空情報処理株式会社"), "", "窓口 三郎", "", contact, ""),
                new ContractDraft(
                        "税務システム保守委託",
                        "",
                        office.unit(),
                        office.officialStaffNumber(),
                        TestClock.today().minusMonths(2),
                        TestClock.today().plusMonths(10),
                        Place.REMOTE,
                        "機密性2",
                        List.of()));
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        String title = OrganizationTestData.unique("令和8年度下期確認");
        TestUsers.runAs(
                SupplierFixtures.ciso(),
                () -> checks.start(
                        title, TestClock.today().plusDays(10), List.of("預けた情報を目的のほかに使っていませんか。", "再委託はすべて承認済みですか。")));
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> notice = to(contact);
        assertThat(notice).hasSize(1);
        assertThat(subject(notice.get(0))).isEqualTo("【定期確認のお願い】" + title + "(契約「税務システム保守委託」)");
        assertThat(plainText(notice.get(0)))
                .contains("窓口 三郎 様", "定期確認メール課", "1. 預けた情報を目的のほかに使っていませんか。", "2. 再委託はすべて承認済みですか。")
                .contains(Wareki.japanese(TestClock.today().plusDays(10)))
                .contains("担当:定期確認メール課 係員\u3000確認")
                .doesNotContain("mamori で開く", "https://");
        // the questionnaire travels with the notice: the workbook the officer downloads, under the same name
        long check = jdbc.sql("""
                        select c.id from sup_check c join sup_check_campaign g on g.id = c.campaign_id
                        where g.title = :t and c.contract_id = :k
                        """)
                .param("t", title)
                .param("k", ids[1])
                .query(Long.class)
                .single();
        String fileName = "定期確認-" + check + ".xlsx";
        assertThat(notice.get(0).getContentType()).startsWith("multipart/mixed");
        assertThat(plainText(notice.get(0))).contains(fileName);
        List<MimeBodyPart> files = attachments(notice.get(0));
        assertThat(files).hasSize(1);
        MimeBodyPart file = files.get(0);
        assertThat(file.getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo(fileName);
        String disposition =
                String.join("", file.getHeader("Content-Disposition")).replaceAll("\\s", "");
        assertThat(disposition)
                .contains("filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .doesNotContain("=?");
        byte[] attached = file.getInputStream().readAllBytes();
        byte[] downloaded = mvc.perform(get("/contractors/checks/" + check + "/questionnaire.xlsx")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> attachedCells = cells(attached);
        assertThat(attachedCells)
                .contains(title, "税務システム保守委託", "預けた情報を目的のほかに使っていませんか。", "再委託はすべて承認済みですか。")
                .isEqualTo(cells(downloaded));
        assertThat(jdbc.sql("select count(*) from ntf_mail_attachment a join ntf_notice n on n.id = a.notice_id"
                                + " where n.mail_to = :to and a.file_name = :f")
                        .param("to", contact)
                        .param("f", fileName)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select details from audit_entry where action = 'contract-check.campaign-started'"
                                        + " and subject_id = (select cast(campaign_id as varchar) from sup_check where id = :c)")
                        .param("c", check)
                        .query(String.class)
                        .single())
                .contains("mailed");

        // a week before the due date: the contact only, once
        MAIL.purgeEmailFromAllMailboxes();
        reminders.runDue(reminder, TestClock.today().plusDays(2));
        reminders.runDue(reminder, TestClock.today().plusDays(7));
        reminders.runDue(reminder, TestClock.today().plusDays(8));
        deliverOutbox();
        assertThat(to(contact))
                .extracting(SupplierMailTestSupport::subject)
                .containsExactly("【定期確認の回答のお願い】" + title + "(契約「税務システム保守委託」)");
        assertThat(to(officialAddress)).isEmpty();

        // overdue: a week after the last reminder, the contact and the official in charge
        MAIL.purgeEmailFromAllMailboxes();
        reminders.runDue(reminder, TestClock.today().plusDays(14));
        deliverOutbox();
        assertThat(to(contact))
                .extracting(SupplierMailTestSupport::subject)
                .containsExactly("【定期確認の回答が期限を過ぎています】" + title + "(契約「税務システム保守委託」)");
        assertThat(to(officialAddress))
                .extracting(SupplierMailTestSupport::subject)
                .containsExactly("委託契約「税務システム保守委託」の定期確認の回答が届いていません");

        // answered: no more reminders
        jdbc.sql("update sup_check set answered_at = current_timestamp, answered_by = 'test' where id = :c")
                .param("c", check)
                .update();
        assertThat(reminder.due(TestClock.today().plusDays(21)))
                .extracting(SupplierReminder.Due::key)
                .doesNotContain("check:" + check);
    }

    @Test
    void a_check_past_its_due_date_without_answers_is_a_finding_until_answered() throws Exception {
        Office office = office("回答遅れ課", "係員 遅れ");
        CurrentUser manager = office.manager();
        String contract = OrganizationTestData.unique("窓口受付委託");
        long[] ids = register(
                office,
                new ContractorDraft(OrganizationTestData.unique("架空受付株式会社"), "", "窓口 四郎", "000-0000-0000", "", ""),
                new ContractDraft(
                        contract,
                        "",
                        office.unit(),
                        "",
                        TestClock.today().minusMonths(2),
                        TestClock.today().plusMonths(10),
                        Place.ON_SITE,
                        "",
                        List.of()));
        String title = OrganizationTestData.unique("臨時確認");
        TestUsers.runAs(
                SupplierFixtures.ciso(),
                () -> checks.start(title, TestClock.today().plusDays(3), List.of("事故はありませんでしたか。")));
        long check = jdbc.sql("""
                        select c.id from sup_check c join sup_check_campaign g on g.id = c.campaign_id
                        where g.title = :t and c.contract_id = :k
                        """)
                .param("t", title)
                .param("k", ids[1])
                .query(Long.class)
                .single();
        TestUsers.runAs(manager, () -> assertThat(overdue(check)).isEmpty());

        jdbc.sql("update sup_check_campaign set due_on = :d where title = :t")
                .param("d", TestClock.today().minusDays(1))
                .param("t", title)
                .update();
        TestUsers.runAs(manager, () -> {
            assertThat(overdue(check)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo(contract);
                assertThat(f.measureId()).isEqualTo("8.1.4");
                assertThat(f.args())
                        .containsExactly(
                                title, Wareki.japanese(TestClock.today().minusDays(1)));
            });
            assertThat(contractors.details(ids[0]).contracts().get(0).findings())
                    .extracting(SupplierFinding::rule)
                    .contains("CHECK_OVERDUE");
        });
        // shown where the module's findings are shown: the findings page (linking the check) and the check
        assertThat(html(get("/contractors/findings").with(TestUsers.as(manager))))
                .contains("定期確認の回答遅れ", "href=\"/contractors/checks/" + check + "\"");
        assertThat(html(get("/contractors/checks/" + check).with(TestUsers.as(manager))))
                .contains("data-rule=\"CHECK_OVERDUE\"");

        jdbc.sql("update sup_check set answered_at = current_timestamp, answered_by = 'test' where id = :c")
                .param("c", check)
                .update();
        TestUsers.runAs(manager, () -> assertThat(overdue(check)).isEmpty());
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<SupplierFinding> overdue(long check) {
        return contractors.findings().stream()
                .filter(f -> f.rule().equals("CHECK_OVERDUE") && f.link().equals("/contractors/checks/" + check))
                .toList();
    }

    /** The mail's text: the whole body, or the text part of a mail with files. */
    private static String plainText(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equals(part.getDisposition())) {
                        return part.getContent().toString();
                    }
                }
                throw new AssertionError("a mail with files has no text part");
            }
            return content.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeBodyPart> attachments(MimeMessage message) throws MessagingException, IOException {
        List<MimeBodyPart> files = new ArrayList<>();
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i) instanceof MimeBodyPart part
                        && Part.ATTACHMENT.equals(part.getDisposition())) {
                    files.add(part);
                }
            }
        }
        return files;
    }

    /** Every cell of the workbook's sheets as text, in order (a check that two workbooks say the same). */
    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }
}
