package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@MamoriSpringTest
class NoticesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long lastNoticeOf(long personId) {
        return jdbc.sql("select max(id) from ntf_notice where person_id = :p")
                .param("p", personId)
                .query(Long.class)
                .single();
    }

    @Test
    void a_notice_is_shown_to_its_person_and_opening_it_marks_it_read_and_follows_its_link() throws Exception {
        long person = TestPeople.person(jdbc, "tsuchi@kakuu-kyosai.example.jp");
        CurrentUser me = TestPeople.signedIn(person);
        notifications.send(
                new Notice(person, "incident.escalated", "インシデント第12号の報告", "保険課から報告がありました。", "/incidents/12"));
        long id = lastNoticeOf(person);

        mvc.perform(get("/notifications").with(TestUsers.as(me)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("インシデント第12号の報告")))
                .andExpect(content().string(Matchers.containsString("保険課から報告がありました。")))
                .andExpect(content().string(Matchers.containsString("未読 1 件")))
                .andExpect(content().string(Matchers.containsString("class=\"nav-badge\"")))
                // no SMTP in this context: the notice says it was not mailed
                .andExpect(content().string(Matchers.containsString("メール送信なし")));

        mvc.perform(post("/notifications/{id}/open", id).with(TestUsers.as(me)).with(csrf()))
                .andExpect(redirectedUrl("/incidents/12"));

        mvc.perform(get("/notifications").with(TestUsers.as(me)).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("未読 0 件")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("class=\"nav-badge\""))));
    }

    @Test
    void nobody_sees_or_opens_another_persons_notice() throws Exception {
        long owner = TestPeople.person(jdbc, "");
        long other = TestPeople.person(jdbc, "");
        notifications.send(new Notice(owner, "policy.approval.requested", "決裁の依頼：対策基準", "", ""));
        long id = lastNoticeOf(owner);

        mvc.perform(get("/notifications")
                        .with(TestUsers.as(TestPeople.signedIn(other)))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("決裁の依頼：対策基準"))));
        mvc.perform(post("/notifications/{id}/open", id)
                        .with(TestUsers.as(TestPeople.signedIn(other)))
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/{id}/read", id)
                        .with(TestUsers.as(TestPeople.signedIn(other)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // even a body-wide manager without this person behind the account
        mvc.perform(post("/api/v1/notifications/{id}/read", id)
                        .with(TestUsers.ciso())
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select read_at from ntf_notice where id = :id")
                        .param("id", id)
                        .query(java.time.OffsetDateTime.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void the_api_lists_my_notices_newest_first_and_marks_one_read() throws Exception {
        long person = TestPeople.person(jdbc, "");
        CurrentUser me = TestPeople.signedIn(person);
        notifications.send(new Notice(person, "t.one", "一件目", "本文一", ""));
        notifications.send(new Notice(person, "t.two", "二件目", "本文二", "/policies/3"));
        long newest = lastNoticeOf(person);

        mvc.perform(get("/api/v1/notifications").with(TestUsers.as(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.items[0].title").value("二件目"))
                .andExpect(jsonPath("$.items[0].link").value("/policies/3"))
                .andExpect(jsonPath("$.items[0].mail").value("NONE"))
                .andExpect(jsonPath("$.items[1].title").value("一件目"));

        mvc.perform(post("/api/v1/notifications/{id}/read", newest)
                        .with(TestUsers.as(me))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        mvc.perform(get("/api/v1/notifications").with(TestUsers.as(me)))
                .andExpect(jsonPath("$.unread").value(1));

        mvc.perform(post("/notifications/read-all").with(TestUsers.as(me)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/api/v1/notifications").with(TestUsers.as(me)))
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void a_notice_sent_in_a_transaction_that_rolls_back_is_gone_with_it() {
        long person = TestPeople.person(jdbc, "");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    notifications.send(new Notice(person, "t.rollback", "取り消される通知", "", ""));
                    throw new IllegalStateException("the business change failed");
                }))
                .hasMessage("the business change failed");

        assertThat(jdbc.sql("select count(*) from ntf_notice where person_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_page_needs_a_signed_in_user() throws Exception {
        mvc.perform(get("/notifications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }
}
