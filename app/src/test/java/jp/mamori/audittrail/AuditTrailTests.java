package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@MamoriSpringTest
class AuditTrailTests {
    record Happened(String action, String subjectId, Map<String, String> details) implements AuditableEvent {
        @Override
        public String subjectType() {
            return "test-thing";
        }

        @Override
        public String actor() {
            return "test-actor";
        }
    }

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

    long lastSeq() {
        return jdbc.sql("select last_seq from audit_chain_head where id = 1")
                .query(Long.class)
                .single();
    }

    Map<String, Object> entry(long seq) {
        return jdbc.sql("select * from audit_entry where seq = :seq")
                .param("seq", seq)
                .query()
                .singleRow();
    }

    @Test
    void an_event_published_in_a_transaction_is_appended_with_its_details() {
        long before = lastSeq();
        tx.executeWithoutResult(s -> events.publishEvent(new Happened("test.created", "1", Map.of("name", "見本"))));
        assertThat(lastSeq()).isEqualTo(before + 1);
        Map<String, Object> row = entry(before + 1);
        assertThat(row)
                .containsEntry("action", "test.created")
                .containsEntry("actor", "test-actor")
                .containsEntry("details", "{\"name\":\"見本\"}");
        assertThat(verifier.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void a_rolled_back_change_leaves_no_entry() {
        long before = lastSeq();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new Happened("test.created", "2", Map.of()));
            s.setRollbackOnly();
        });
        assertThat(lastSeq()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where seq > :seq")
                        .param("seq", before)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_tampered_row_is_found_by_verify_and_named() {
        tx.executeWithoutResult(s -> events.publishEvent(new Happened("test.secret", "3", Map.of("grade", "A"))));
        long seq = lastSeq();
        String original = (String) entry(seq).get("details");
        try {
            jdbc.sql("update audit_entry set details = :d where seq = :seq")
                    .param("d", "{\"grade\":\"B\"}")
                    .param("seq", seq)
                    .update();
            Verification result = verifier.verify();
            assertThat(result).isInstanceOf(Verification.Broken.class);
            Verification.Broken broken = (Verification.Broken) result;
            assertThat(broken.seq()).isEqualTo(seq);
            assertThat(broken.action()).isEqualTo("test.secret");
            assertThat(broken.reason()).isEqualTo("verify.reason.content");
        } finally {
            jdbc.sql("update audit_entry set details = :d where seq = :seq")
                    .param("d", original)
                    .param("seq", seq)
                    .update();
        }
        assertThat(verifier.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void auditors_browse_and_filter_the_trail() throws Exception {
        tx.executeWithoutResult(s -> events.publishEvent(new Happened("test.filtered", "77", Map.of("k", "v"))));
        String html = mvc.perform(get("/audit-trail")
                        .param("action", "test.filtered")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = html.substring(html.indexOf("<tbody>"));
        // the time in 和暦, in the era of the day the test runs on (平成 on 2019-04-30)
        String era = jp.mamori.shared.Wareki.japanese(jp.mamori.testing.TestClock.today())
                .substring(0, 2);
        assertThat(table).contains("test.filtered").contains(era).doesNotContain("test.created");
        // the menu marks where the reader is
        assertThat(html).contains("href=\"/audit-trail\" aria-current=\"page\"");
    }

    @Test
    void a_reversed_period_is_named_on_the_form() throws Exception {
        String html = mvc.perform(get("/audit-trail")
                        .param("from", "2026-05-01")
                        .param("to", "2026-04-01")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("終了日は開始日以降の日付を指定してください。");
    }

    @Test
    void staff_without_rights_get_403_on_the_trail() throws Exception {
        mvc.perform(get("/audit-trail").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }
}
